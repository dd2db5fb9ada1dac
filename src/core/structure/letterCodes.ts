// Which character codes are letters and capitals, for the name scan that asks it of every character
// around a capital: ASCII by comparison, the rest of the Basic Multilingual Plane learned from Unicode's
// letter class on first sight and kept in a table.

const LETTER = /[\p{L}\p{M}]/u;
const UPPERCASE = /\p{Lu}/u;

/** Letters of the Basic Multilingual Plane, learned on first sight: 1 letter, 2 not. */
const letterTable = new Uint8Array(0x10000);

export function isLetterCode(code: number): boolean {
	if (code < 0x80) {
		return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
	}
	let known = letterTable[code];
	if (known === 0) {
		known = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
		letterTable[code] = known;
	}
	return known === 1;
}

export function isUppercaseCode(code: number): boolean {
	return code < 0x80 ? code >= 0x41 && code <= 0x5a : isLetterCode(code) && UPPERCASE.test(String.fromCharCode(code));
}

export function isApostrophe(code: number): boolean {
	return code === 0x27 || code === 0x2019;
}
