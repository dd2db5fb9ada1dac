// Manuscript figures: a 1M-word manuscript of 300 files, built from the corpus novels in a temp folder,
// indexed the way the extension does it (in slices, yielding to the event loop between them), and an edit
// in one open file carried into the index. Budgets: indexed ≤ 2 s, no slice > 50 ms, an edit ≤ 20 ms.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core } from './lib/core.mjs';
import { corpusDir } from './lib/corpus.mjs';
import { median, round } from './lib/measure.mjs';

const FILES = 300;
const WORDS = 1_000_000;
/** What the extension gives each slice before it yields (manuscriptService's SLICE_MS); the budget is what a slice may not exceed. */
const SLICE_TARGET_MS = 20;
const SLICE_BUDGET_MS = 50;
const INDEX_BUDGET_MS = 2000;
const EDIT_BUDGET_MS = 20;
const EDITS = 101;

export async function* figures() {
	const corpus = corpusDir;
	const folder = mkdtempSync(join(tmpdir(), 'dramatis-bench-manuscript-'));
	try {
		const built = buildManuscript(corpus, folder);
		yield await indexFigure(folder, built);
		yield editFigure(folder, built);
		yield bigFileFigure(corpus);
		yield bigFileEditFigure(corpus);
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}

/** Cuts the novels' bodies (no Gutenberg matter) into FILES chapter files of equal length, WORDS words in all. */
function buildManuscript(corpus, folder) {
	const paragraphs = [];
	for (const name of readdirSync(corpus)
		.filter(file => file.endsWith('.txt'))
		.sort()) {
		const text = readFileSync(join(corpus, name), 'utf8');
		const model = core.analyzeStory(text);
		for (const block of model.blocks) {
			if (block.start >= model.body.start && block.end <= model.body.end && !block.analysis.heading && block.analysis.words > 0) {
				paragraphs.push({ text: block.analysis.text, words: block.analysis.words });
			}
		}
	}
	const perFile = Math.ceil(WORDS / FILES);
	const extensions = ['story', 'md', 'txt'];
	const paths = [];
	let next = 0;
	let words = 0;
	for (let file = 1; file <= FILES; file++) {
		const parts = [`Chapter ${file}`];
		let fileWords = 2;
		for (let scene = 0; fileWords < perFile; scene++) {
			if (scene > 0 && scene % 12 === 0) parts.push('* * *');
			const paragraph = paragraphs[next++ % paragraphs.length];
			parts.push(paragraph.text);
			fileWords += paragraph.words;
		}
		const path = `${file}-chapter.${extensions[file % extensions.length]}`;
		writeFileSync(join(folder, path), `${parts.join('\n\n')}\n`);
		paths.push(path);
		words += fileWords;
	}
	return { paths, words };
}

async function indexFigure(folder, { paths }) {
	const index = new core.ManuscriptIndex();
	const slices = [];
	const started = performance.now();
	// Reads overlap the analysis, as in the extension: each file is queued as soon as it has been read,
	// and when the queue runs dry the loop waits for the next read instead of spinning.
	let unread = paths.length;
	let wake = () => {};
	for (const path of paths) {
		readFile(join(folder, path), 'utf8').then(text => {
			index.enqueue({ id: path, path, text, options: optionsFor(path) });
			unread--;
			wake();
		});
	}
	const cpuSlices = [];
	for (;;) {
		const sliceStart = performance.now();
		const cpuStart = process.cpuUsage();
		const idle = index.work(() => performance.now() - sliceStart >= SLICE_TARGET_MS);
		slices.push(performance.now() - sliceStart);
		const cpu = process.cpuUsage(cpuStart);
		cpuSlices.push((cpu.user + cpu.system) / 1000);
		if (idle && unread === 0) break;
		await new Promise(resolve => {
			wake = resolve;
			if (!idle) setImmediate(resolve);
		});
	}
	const elapsed = performance.now() - started;
	const { manuscript } = index;
	const maxSliceCpu = Math.max(...cpuSlices);
	const longestHold = longestHoldMs(slices, cpuSlices);
	return {
		figure: 'manuscript indexed in slices',
		files: manuscript.files.length,
		words: manuscript.words,
		scenes: manuscript.scenes.length,
		ms: round(elapsed, 1),
		budgetMs: INDEX_BUDGET_MS,
		slices: slices.length,
		longestSliceMs: round(longestHold, 1),
		longestSliceCpuMs: round(maxSliceCpu, 1),
		longestSliceWallMs: round(Math.max(...slices), 1),
		budgetSliceMs: SLICE_BUDGET_MS,
		withinBudget: elapsed <= INDEX_BUDGET_MS && longestHold <= SLICE_BUDGET_MS && manuscript.files.length === paths.length,
	};
}

/** One file open in an editor: each keystroke updates its model incrementally and the index takes it. */
function editFigure(folder, { paths }) {
	const index = new core.ManuscriptIndex();
	for (const path of paths) {
		index.enqueue({ id: path, path, text: readFileSync(join(folder, path), 'utf8'), options: optionsFor(path) });
	}
	index.work(() => false);
	const path = paths[Math.floor(paths.length / 2)];
	let text = readFileSync(join(folder, path), 'utf8');
	let model = core.analyzeStory(text, optionsFor(path));
	const times = [];
	for (let edit = 0; edit < EDITS; edit++) {
		const at = Math.floor(((edit + 1) / (EDITS + 1)) * text.length);
		const started = performance.now();
		const edited = `${text.slice(0, at)}x${text.slice(at)}`;
		model = core.updateStory(model, edited, [{ start: at, end: at, text: 'x' }]);
		index.setModel(path, path, edited, model);
		// What a view asks for after a change: the new snapshot and its scene list.
		const { manuscript } = index;
		void manuscript.scenes.length;
		times.push(performance.now() - started);
		text = edited;
	}
	const medianMs = median(times);
	return {
		figure: 'manuscript index updated after an edit in one file',
		files: paths.length,
		edits: EDITS,
		medianMs: round(medianMs, 2),
		maxMs: round(Math.max(...times), 1),
		budgetMs: EDIT_BUDGET_MS,
		withinBudget: medianMs <= EDIT_BUDGET_MS,
	};
}

/** One 3.3 MB book as a single manuscript file: the slices must cut through the file, not only between files. */
function bigFileFigure(corpus) {
	const text = readFileSync(join(corpus, 'en_curly_war-and-peace.txt'), 'utf8');
	const index = new core.ManuscriptIndex();
	index.enqueue({ id: 'war-and-peace.txt', path: 'war-and-peace.txt', text, options: core.DEFAULT_OPTIONS });
	const cpuSlices = [];
	const wallSlices = [];
	let idle = false;
	const started = performance.now();
	while (!idle) {
		const sliceStart = performance.now();
		const cpuStart = process.cpuUsage();
		idle = index.work(() => performance.now() - sliceStart >= SLICE_TARGET_MS);
		const cpu = process.cpuUsage(cpuStart);
		wallSlices.push(performance.now() - sliceStart);
		cpuSlices.push((cpu.user + cpu.system) / 1000);
	}
	const elapsed = performance.now() - started;
	const longestHold = longestHoldMs(wallSlices, cpuSlices);
	return {
		figure: 'manuscript indexed in slices, War and Peace as one file',
		chapters: index.manuscript.files[0].chapters.length,
		ms: round(elapsed, 1),
		slices: cpuSlices.length,
		longestSliceMs: round(longestHold, 1),
		longestSliceCpuMs: round(Math.max(...cpuSlices), 1),
		longestSliceWallMs: round(Math.max(...wallSlices), 1),
		budgetSliceMs: SLICE_BUDGET_MS,
		withinBudget: longestHold <= SLICE_BUDGET_MS,
	};
}

/**
 * The longest a slice held the event loop. Its wall time overstates that when another process had the core,
 * and the process's CPU time overstates it when the garbage collector's threads worked beside it (up to
 * twice the slice on two cores), so each slice counts the lesser of the two, as test/integration/hostPauses.ts does.
 */
function longestHoldMs(wallSlices, cpuSlices) {
	return Math.max(...wallSlices.map((wall, index) => Math.min(wall, cpuSlices[index])));
}

/** War and Peace open in the editor as one file of the manuscript: the index takes each edit's model and re-reads its lines. */
function bigFileEditFigure(corpus) {
	let text = readFileSync(join(corpus, 'en_curly_war-and-peace.txt'), 'utf8');
	const index = new core.ManuscriptIndex();
	let model = core.analyzeStory(text);
	index.setModel('war-and-peace.txt', 'war-and-peace.txt', text, model);
	const times = [];
	for (let edit = 0; edit < EDITS; edit++) {
		const at = Math.floor(((edit + 1) / (EDITS + 1)) * text.length);
		const edited = `${text.slice(0, at)}x${text.slice(at)}`;
		// An editor holds its text flat; joining the harness's slices is not the edit's cost.
		edited.charCodeAt(edited.length >> 1);
		const started = performance.now();
		model = core.updateStory(model, (from, to) => edited.slice(from, to), [{ start: at, end: at, text: 'x' }]);
		index.setModel('war-and-peace.txt', 'war-and-peace.txt', edited, model);
		void index.manuscript.scenes.length;
		times.push(performance.now() - started);
		text = edited;
	}
	const medianMs = median(times);
	return {
		figure: 'manuscript index updated after an edit, War and Peace open',
		edits: EDITS,
		medianMs: round(medianMs, 2),
		maxMs: round(Math.max(...times), 1),
		budgetMs: EDIT_BUDGET_MS,
		withinBudget: medianMs <= EDIT_BUDGET_MS,
	};
}

function optionsFor(path) {
	return path.endsWith('.md') ? { ...core.DEFAULT_OPTIONS, markdown: true } : core.DEFAULT_OPTIONS;
}
