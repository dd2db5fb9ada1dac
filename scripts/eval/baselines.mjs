// Naive predictions measured in the same run as Dramatis, so the comparison holds on any machine.

/** Pairs straight and curly double quotes as a regular expression would: "…" and “…”, nothing else. */
export function doubleQuoteBaseline(text) {
	return [...text.matchAll(/“[^”]*”|"[^"]*"/g)].map(match => ({ start: match.index, end: match.index + match[0].length }));
}

/**
 * Capitalised words after a lower-case word or a comma (so not a sentence's first word), seen three times,
 * most frequent first, as cast entries with their counts as mentions.
 */
export function capitalisedWords(text) {
	const counts = new Map();
	for (const [word] of text.matchAll(/(?<=[\p{Ll},;]\s+)\p{Lu}\p{Ll}+\b/gu)) {
		counts.set(word, (counts.get(word) ?? 0) + 1);
	}
	return [...counts]
		.filter(([, count]) => count >= 3)
		.sort((a, b) => b[1] - a[1])
		.map(([name, mentions]) => ({ name, aliases: [], mentions }));
}

/**
 * The nearest-name speaker: the first capitalised name (as `capitalisedWords` finds them) in the narration
 * after the quote, up to the next quote or blank line; else the last one in the narration before it.
 */
export function nearestNameSpeakers(text, quotes) {
	const names = new Set(capitalisedWords(text).map(character => character.name));
	const nameIn = (narration, last) => {
		const found = [...narration.matchAll(/\p{Lu}\p{Ll}+/gu)].map(match => match[0]).filter(word => names.has(word));
		return (last ? found.at(-1) : found[0]) ?? null;
	};
	return quotes.map((quote, index) => {
		const nextStart = quotes[index + 1]?.start ?? text.length;
		const previousEnd = quotes[index - 1]?.end ?? 0;
		const after = text.slice(quote.end, nextStart).split(/\n\s*\n/)[0];
		const before = text
			.slice(previousEnd, quote.start)
			.split(/\n\s*\n/)
			.at(-1);
		return { ...quote, speaker: nameIn(after, false) ?? nameIn(before, true) };
	});
}
