// JSON written a piece at a time, byte for byte as `JSON.stringify(value, null, 2)` would write it, so the
// command line never holds a book's whole report as one string (War and Peace's is 3 MB) and the reader
// gets the first files' reports while the last are still being analysed.

/** Where the pieces go, in order. */
export type Write = (text: string) => void;

/**
 * Writes `value` (plain objects, arrays, strings, numbers, booleans and null, as a report holds) indented
 * by two spaces a level, starting at `indent`. What holds nothing deeper than objects of plain values (the
 * quotes of a book, its scenes) is handed to JSON.stringify whole, several times faster than walking it
 * here; only what holds such lists (a file's report, the list of files) is walked, a piece at a time.
 */
export function writeJson(value: unknown, write: Write, indent = ''): void {
	if (isShallow(value)) {
		write(stringifyAt(value, indent.length / 2));
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

/**
 * `JSON.stringify(value, null, 2)` with every line after the first indented `depth` levels more. Wrapped in
 * `depth` arrays, JSON.stringify indents the value itself; the wrapping is then cut off, so no pass over
 * the text is needed to indent it. (As in an array, an undefined value is written as null.)
 */
function stringifyAt(value: unknown, depth: number): string {
	let wrapped = value;
	let prefix = '';
	let suffix = '';
	for (let level = 1; level <= depth; level++) {
		wrapped = [wrapped];
		prefix += `[\n${'  '.repeat(level)}`;
		suffix = `\n${'  '.repeat(level - 1)}]${suffix}`;
	}
	const text = JSON.stringify(wrapped, null, 2) ?? 'null';
	return text.slice(prefix.length, text.length - suffix.length);
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

/** Whether `value` is flat, or an object or array of flat values. */
function isShallow(value: unknown): boolean {
	if (value === null || typeof value !== 'object') {
		return true;
	}
	for (const item of Array.isArray(value) ? value : Object.values(value)) {
		if (!isFlat(item)) {
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
