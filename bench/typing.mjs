// The cost of a keystroke in a 500k-word manuscript (War and Peace): the model updated from the edit,
// the day's writing counted, and the status bar's texts worked out (document, scene and goal), the
// work the extension does between a key going down and the status bar showing the new count.
import { bundled, core } from './lib/core.mjs';
import { readCorpus } from './lib/corpus.mjs';
import { median, percentile, round, time } from './lib/measure.mjs';

const BOOK = 'en_curly_war-and-peace.txt';
const SENTENCE = 'The gulls came back at dawn, and nobody in the house spoke of the light again. ';
const KEYSTROKES = 400;
/** A keystroke that takes longer than a frame at 60 Hz is one a writer can feel. */
const FRAME_MS = 16;

const statusBarText = await bundled('src/features/statistics/statusBarText.ts', 'statusBarText.cjs');

export async function* figures() {
	const text = readCorpus(BOOK);
	const times = typingTimes(text);
	const p95 = percentile(times.total, 0.95);
	yield {
		figure: 'keystroke: model update, day count and status bar text',
		file: BOOK,
		words: times.words,
		keystrokes: times.total.length,
		medianMs: round(median(times.total), 3),
		p95Ms: round(p95, 3),
		maxMs: round(Math.max(...times.total), 3),
		statusBarMedianMs: round(median(times.statusBar), 4),
		historyMedianMs: round(median(times.history), 4),
		budgetP95Ms: FRAME_MS,
		withinBudget: p95 <= FRAME_MS,
	};

	const model = core.analyzeStory(text);
	const everything = time(() => statusTexts(model, model.length >> 1, [{ start: 0, end: model.length }], core.EMPTY_TALLY));
	yield { figure: 'status bar text with the whole book selected', file: BOOK, ms: round(everything.ms, 3), selected: everything.result.words?.text };
}

/**
 * Types SENTENCE into the middle of the book a character at a time, with a backspace after every tenth
 * character, as the extension sees it: each keystroke one change, applied to the model in place.
 */
function typingTimes(original) {
	let text = original;
	let model = core.analyzeStory(text);
	let history = core.EMPTY_HISTORY;
	let journal = core.EMPTY_JOURNAL;
	let cursor = paragraphEnd(text, text.length >> 1);
	const total = [];
	const statusBar = [];
	const historyTimes = [];
	for (let index = 0; index < KEYSTROKES; index++) {
		const backspace = index % 10 === 9;
		const change = backspace ? { start: cursor - 1, end: cursor, text: '' } : { start: cursor, end: cursor, text: SENTENCE[index % SENTENCE.length] };
		text = text.slice(0, change.start) + change.text + text.slice(change.end);
		cursor = change.start + change.text.length;
		const edited = text;
		// An editor holds its text flat; flattening the harness's joined string is not the keystroke's cost.
		edited.charCodeAt(edited.length >> 1);
		const before = model;
		const update = time(() => core.updateStory(before, (start, end) => edited.slice(start, end), [change]));
		model = update.result;
		const counted = time(() => core.recordEdit(history, journal, { wordsBefore: before.words, wordsAfter: model.words, source: 'writing' }, '2024-03-04'));
		({ history, journal } = counted.result);
		const today = core.tallyOf(history, '2024-03-04');
		const shown = time(() => statusTexts(model, cursor, [], today));
		total.push(update.ms + counted.ms + shown.ms);
		statusBar.push(shown.ms);
		historyTimes.push(counted.ms);
	}
	return { words: core.analyzeStory(original).words, total, statusBar, history: historyTimes };
}

const formatter = new Intl.NumberFormat('en');

function statusTexts(model, cursor, selections, today) {
	return statusBarText.statusBarTexts({
		model,
		cursor,
		selections,
		today,
		dailyGoal: 1000,
		parts: { documentWords: true, sceneWords: true, selectionWords: true, dailyGoal: true },
		formatCount: count => formatter.format(count),
	});
}

/** Just before the end of the paragraph holding `offset`: where a writer adds to a scene. */
function paragraphEnd(text, offset) {
	const match = /\r?\n[ \t]*\r?\n/g;
	match.lastIndex = offset;
	return match.exec(text)?.index ?? text.length;
}
