// Cast names against LitBank's people: Dramatis's `characters` beside two naive baselines computed in the
// same run, so the comparison holds on any machine: compromise's people() over each whole text, and every
// capitalised word seen at least three times away from a sentence start.
import nlp from 'compromise';

const MEASURES = [
	['name_lenient', 'names, lenient'],
	['name_strict', 'names, strict'],
	['char_entity', 'characters'],
];

export function reportCast({ documents, score }) {
	const rows = [
		['dramatis', score(new Map(documents.map(document => [document.id, { characters: document.predicted.characters }]))).micro],
		['compromise people()', score(baselinePredictions(documents, compromisePeople)).micro],
		['capitalised x3', score(baselinePredictions(documents, capitalisedWords)).micro],
	];
	console.log('Cast (LitBank dev, micro-averaged): precision / recall / F1');
	const header = ['', ...MEASURES.map(([, title]) => title)];
	const lines = [header, ...rows.map(([name, micro]) => [name, ...MEASURES.map(([key]) => format(micro[key]))])];
	const widths = header.map((_, column) => Math.max(...lines.map(line => line[column].length)));
	for (const line of lines) {
		console.log(line.map((cell, column) => cell.padEnd(widths[column])).join('   '));
	}
}

function format({ p, r, f }) {
	return Number.isNaN(f) ? 'n/a' : `${p.toFixed(3)} / ${r.toFixed(3)} / ${f.toFixed(3)}`;
}

function baselinePredictions(documents, namesOf) {
	return new Map(documents.map(({ id, gold }) => [id, { characters: [...new Set(namesOf(gold.text))].map(name => ({ name, aliases: [] })) }]));
}

function compromisePeople(text) {
	return nlp(text)
		.people()
		.json()
		.map(match => match.text.replace(/[\s,.;:!?'"“”‘’]+$/u, '').trim())
		.filter(Boolean);
}

/** Capitalised words after a lower-case word or a comma (so not a sentence's first word), seen three times. */
function capitalisedWords(text) {
	const counts = new Map();
	for (const [word] of text.matchAll(/(?<=[\p{Ll},;]\s+)\p{Lu}\p{Ll}+\b/gu)) {
		counts.set(word, (counts.get(word) ?? 0) + 1);
	}
	return [...counts].filter(([, count]) => count >= 3).map(([word]) => word);
}
