// Whole-process figures for `dramatis analyze` (dist/cli.js, as `npm run bench` builds it): what a writer's
// save hook or a CI step waits for, start-up included. Beside them, in the same rounds: a bare `node -e 0`
// and a process that reads War and Peace and counts its words in one pass, the floors no CLI goes under.
// The budgets are the issue's: 120 ms for a short story, 500 ms for War and Peace, wall time, judged as
// they stand. They were set where a bare node start took 50 ms; where it takes longer (a slower machine,
// or one busy with other work), each figure also gives the budget scaled by that node start, to read the
// figure by, but a figure is within its budget only under the budget itself: scaling would let a loaded
// machine pass what a quiet one fails.
import { spawnSync } from 'child_process';
import * as path from 'path';
import { corpusFile, repoRoot } from './lib/corpus.mjs';
import { median, round } from './lib/measure.mjs';

const BOOK = 'en_curly_war-and-peace.txt';
const ROUNDS = 9;
const QUIET_NODE_START_MS = 50;
const cli = path.join(repoRoot, 'dist/cli.js');
const sample = name => path.join(repoRoot, 'samples', name);

/** One pass over the book's characters counting runs of letters: the least any word count can do. */
const WORD_COUNT = `const t = require('fs').readFileSync(process.argv[1], 'utf8'); let words = 0, inWord = false;
for (let i = 0; i < t.length; i++) { const c = t.charCodeAt(i) | 32; const letter = c >= 97 && c <= 122 || t.charCodeAt(i) > 0xbf;
if (letter && !inWord) words++; inWord = letter; } if (words === 0) process.exit(1);`;

export async function* figures() {
	const book = corpusFile(BOOK);
	const commands = {
		nodeStart: ['-e', '0'],
		wordCount: ['-e', WORD_COUNT, book],
		// Its people are all plain: the cast is decided from the lexicon's word classes alone.
		shortStory: [cli, 'analyze', '--json', sample('02-the-teeth.story')],
		// Two of its names are doubtful (`Gullhaven`, `Mrs. Aldous`): compromise loads to tag their sentences.
		shortStoryTagged: [cli, 'analyze', '--json', sample('01-the-lamp.story')],
		book: [cli, 'analyze', '--json', book],
	};
	const times = Object.fromEntries(Object.keys(commands).map(name => [name, []]));
	// Round by round, so a change in the machine's load falls on every command alike.
	for (let round = 0; round < ROUNDS; round++) {
		for (const [name, args] of Object.entries(commands)) {
			times[name].push(run(args));
		}
	}
	const ms = Object.fromEntries(Object.entries(times).map(([name, runs]) => [name, median(runs)]));
	const load = ms.nodeStart / QUIET_NODE_START_MS;
	const figure = (title, file, measured, budgetMs) => ({
		figure: title,
		file,
		ms: round(measured),
		runs: ROUNDS,
		nodeStartMs: round(ms.nodeStart),
		wordCountProcessMs: round(ms.wordCount),
		budgetMs,
		// For reading the figure on a slow or busy machine only: the budget times how much slower node
		// started here than 50 ms. Not what withinBudget judges.
		scaledBudgetMs: round(budgetMs * Math.max(1, load)),
		withinBudget: measured <= budgetMs,
	});
	yield { figure: 'node -e 0, whole process (the floor)', ms: round(ms.nodeStart), runs: ROUNDS };
	yield { figure: 'one-pass word count, whole process (the floor)', file: BOOK, ms: round(ms.wordCount), runs: ROUNDS };
	yield figure('dramatis analyze --json, whole process, a short story', '02-the-teeth.story', ms.shortStory, 120);
	yield figure('dramatis analyze --json, whole process, a short story with doubtful names', '01-the-lamp.story', ms.shortStoryTagged, 120);
	yield figure('dramatis analyze --json, whole process', BOOK, ms.book, 500);
}

/** Milliseconds from spawning `node args` to its exit, its output thrown away as a hook's would be read. */
function run(args) {
	const start = performance.now();
	const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
	const elapsed = performance.now() - start;
	if (result.status !== 0) {
		throw new Error(`node ${args.slice(0, 3).join(' ')} failed (${result.status ?? result.signal})`);
	}
	return elapsed;
}
