// Decides whether a file's bytes are a story's text: UTF-8 without NUL bytes, read as the editor reads it
// (a leading byte-order mark dropped), so offsets into it are the editor's offsets.

/** The file's text, or undefined when it is binary or not UTF-8. */
export function decodeStory(bytes: Uint8Array): string | undefined {
	if (bytes.includes(0)) {
		return undefined;
	}
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return undefined;
	}
}
