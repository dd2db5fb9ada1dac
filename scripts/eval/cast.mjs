// Cast names against LitBank's people: Dramatis's `characters` beside two naive baselines computed in the
// same run, so the comparison holds on any machine: compromise's people() over each whole text, and every
// capitalised word seen at least three times away from a sentence start.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';

const MEASURES = [
  ['name_lenient', 'names, lenient'],
  ['name_strict', 'names, strict'],
  ['char_entity', 'characters'],
];

export async function evaluate({ documents, predictionsDir, scratch, score }) {
  const rows = [
    ['dramatis', score(predictionsDir)],
    ['compromise people()', score(writePredictions(join(scratch, 'compromise-people'), documents, compromisePeople))],
    ['capitalised x3', score(writePredictions(join(scratch, 'capitalised-x3'), documents, capitalisedWords))],
  ];
  console.log('Cast (LitBank dev, micro-averaged): precision / recall / F1');
  const header = ['', ...MEASURES.map(([, title]) => title)];
  const lines = [header, ...rows.map(([name, micro]) => [name, ...MEASURES.map(([key]) => format(micro[key]))])];
  const widths = header.map((_, column) => Math.max(...lines.map((line) => line[column].length)));
  for (const line of lines) {
    console.log(line.map((cell, column) => cell.padEnd(widths[column])).join('   '));
  }
}

function format({ p, r, f }) {
  return Number.isNaN(f) ? 'n/a' : `${p.toFixed(3)} / ${r.toFixed(3)} / ${f.toFixed(3)}`;
}

function writePredictions(dir, documents, namesOf) {
  mkdirSync(dir, { recursive: true });
  for (const { file, gold } of documents) {
    const characters = [...new Set(namesOf(gold.text))].map((name) => ({ name, aliases: [] }));
    writeFileSync(join(dir, file), JSON.stringify({ quotes: [], characters }));
  }
  return dir;
}

function compromisePeople(text) {
  return nlp(text).people().json().map((match) => match.text.replace(/[\s,.;:!?'"“”‘’]+$/u, '').trim()).filter(Boolean);
}

/** Capitalised words after a lower-case word or a comma (so not a sentence's first word), seen three times. */
function capitalisedWords(text) {
  const counts = new Map();
  for (const [word] of text.matchAll(/(?<=[\p{Ll},;]\s+)\p{Lu}\p{Ll}+\b/gu)) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts].filter(([, count]) => count >= 3).map(([word]) => word);
}
