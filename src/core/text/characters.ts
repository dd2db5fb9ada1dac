// Decides what single characters are, as every pass reads them: a space (the four of ASCII prose and the
// no-break space), the wider spaces typeset quotes carry, and the characters a name is written with
// (letters, digits, and the apostrophes and hyphens inside O’Brien and Mary-Jane).

export function isBlank(code: number): boolean {
	return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0xa0;
}

/** A character of a word at `index`: a hyphen inside `Mary-Jane`, but not the double hyphen of `more--I said`. */
export function isWordCharacter(text: string, index: number): boolean {
	const code = text.charCodeAt(index);
	return isNameCharacter(code) && !(code === 0x2d && (text.charCodeAt(index + 1) === 0x2d || text.charCodeAt(index - 1) === 0x2d));
}

/** Letters, digits and the apostrophes and hyphens inside a name: O’Brien, Mary-Jane. */
export function isNameCharacter(code: number): boolean {
	if (code < 0x80) {
		return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x27 || code === 0x2d;
	}
	return (
		code === 0x2019 ||
		(code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && code < 0x2000) ||
		(code >= 0x3040 && code < 0xd800) ||
		(code >= 0xf900 && code < 0xfe00)
	);
}
