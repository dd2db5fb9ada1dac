// `npm run bench`: speed and memory on ../shared/corpus, one JSON line per figure, each with the
// baselines it is judged against measured in the same run, so ratios hold on a noisy machine.
import { spawnSync } from 'child_process';
import { fileURLToPath } from 'url';
import { corpusFile } from './lib/corpus.mjs';

const figureModules = ['commandLine', 'analysis', 'cast', 'extensionHost', 'manuscript', 'stalls', 'typing'];

/**
 * Modules whose figures run in a process of their own (`node bench/run.mjs typing`). A keystroke's p95 is
 * its garbage collections, which grow with the heap: after the figures before it (compromise's people()
 * over the whole book, a 1M-word manuscript, a 20 MB story) it measured 17-22 ms, and 5-9 ms with only War
 * and Peace open, which is the heap a writer's extension host holds while they type.
 */
const ALONE = new Set(['typing']);

const [only] = process.argv.slice(2);
if (only) {
	if (!figureModules.includes(only)) {
		throw new Error(`No figures called ${only}; there are ${figureModules.join(', ')}.`);
	}
	await report(only);
} else {
	if (!corpusFile('en_curly_war-and-peace.txt')) {
		console.log(JSON.stringify({ skipped: 'bench', reason: '../shared/corpus is absent; nothing to measure' }));
		process.exit(0);
	}
	let failed = 0;
	for (const name of figureModules) {
		const figures = ALONE.has(name) ? inAProcessOfItsOwn(name) : await report(name);
		failed += figures.filter(figure => figure.withinBudget === false).length;
	}
	console.log(failed === 0 ? 'every figure is within its budget' : `${failed} figure(s) over budget`);
}

/** Prints the figures of module `name`, measured in this process, and returns them. */
async function report(name) {
	const module = await import(`./${name}.mjs`);
	const figures = [];
	for await (const figure of module.figures()) {
		console.log(JSON.stringify(figure));
		figures.push(figure);
	}
	return figures;
}

/** Prints and returns the figures of module `name`, measured by a fresh node running this script. */
function inAProcessOfItsOwn(name) {
	const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), name], {
		stdio: ['ignore', 'pipe', 'inherit'],
		encoding: 'utf8',
	});
	if (child.status !== 0) {
		throw new Error(`The ${name} figures failed (${child.status ?? child.signal}).`);
	}
	process.stdout.write(child.stdout);
	return child.stdout
		.split('\n')
		.filter(line => line.startsWith('{'))
		.map(line => JSON.parse(line));
}
