// Naive predictions measured in the same run as Dramatis, so the comparison holds on any machine.

/** Pairs straight and curly double quotes as a regular expression would: "…" and “…”, nothing else. */
export function doubleQuoteBaseline(text) {
	return [...text.matchAll(/“[^”]*”|"[^"]*"/g)].map(match => ({ start: match.index, end: match.index + match[0].length }));
}
