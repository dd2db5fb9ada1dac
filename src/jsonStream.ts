// JSON written a piece at a time, byte for byte as `JSON.stringify(value, null, 2)` would write it, so the
// command line never holds a book's whole report as one string (War and Peace's is 3 MB) and the reader
// gets the first files' reports while the last are still being analysed.

/** Where the pieces go, in order. */
export type Write = (text: string) => void;

/**
 * Writes `value` (plain objects, arrays, strings, numbers, booleans and null, as a report holds) indented
 * by two spaces a level, starting at `indent`. An object or array holding no other is handed to
 * JSON.stringify whole (a quote, a chapter, a list of aliases); only what holds them is walked here.
 */
export function writeJson(value: unknown, write: Write, indent = ''): void {
	if (isFlat(value)) {
		// As in an array, JSON.stringify writes an undefined item as null.
		const text = JSON.stringify(value, null, 2) ?? 'null';
		// A string's own line breaks are escaped, so every line break here is the layout's.
		write(indent === '' ? text : text.replace(/\n/g, `\n${indent}`));
		return;
	}
	if (Array.isArray(value)) {
		if (value.length === 0) {
			write('[]');
			return;
		}
		const inner = `${indent}  `;
		write('[\n');
		value.forEach((item, index) => {
			write(inner);
			writeJson(item, write, inner);
			write(index === value.length - 1 ? `\n${indent}]` : ',\n');
		});
		return;
	}
	if (value !== null && typeof value === 'object') {
		const entries = Object.entries(value).filter(([, item]) => item !== undefined && typeof item !== 'function');
		if (entries.length === 0) {
			write('{}');
			return;
		}
		const inner = `${indent}  `;
		write('{\n');
		entries.forEach(([key, item], index) => {
			write(`${inner}${JSON.stringify(key)}: `);
			writeJson(item, write, inner);
			write(index === entries.length - 1 ? `\n${indent}}` : ',\n');
		});
		return;
	}
	write(JSON.stringify(value));
}

/** Whether `value` is a plain value, or an object or array of plain values. */
function isFlat(value: unknown): boolean {
	if (value === null || typeof value !== 'object') {
		return true;
	}
	for (const item of Array.isArray(value) ? value : Object.values(value)) {
		if (item !== null && typeof item === 'object') {
			return false;
		}
	}
	return true;
}

/** Gathers small pieces into chunks of about `size` characters before handing them on. */
export function chunked(write: Write, size = 1 << 16): { write: Write; flush(): void } {
	let pending: string[] = [];
	let length = 0;
	return {
		write(text) {
			pending.push(text);
			length += text.length;
			if (length >= size) {
				write(pending.join(''));
				pending = [];
				length = 0;
			}
		},
		flush() {
			if (length > 0) {
				write(pending.join(''));
				pending = [];
				length = 0;
			}
		},
	};
}
