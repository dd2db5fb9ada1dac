// Cast names against LitBank's people: Dramatis's `characters` beside two naive baselines computed in the
// same run, so the comparison holds on any machine: compromise's people() over each whole text, and every
// capitalised word seen at least three times away from a sentence start.
import nlp from 'compromise';
import { capitalisedWords } from './baselines.mjs';

const MEASURES = [
	['name_lenient', 'names, lenient'],
	['name_strict', 'names, strict'],
	['char_entity', 'characters'],
];

export function reportCast({ documents, score }) {
	const rows = [
		['dramatis', score(new Map(documents.map(document => [document.id, { characters: document.predicted.characters }]))).micro],
		['compromise people()', score(baselinePredictions(documents, compromisePeople)).micro],
		['capitalised x3', score(new Map(documents.map(({ id, gold }) => [id, { characters: capitalisedWords(gold.text) }]))).micro],
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
