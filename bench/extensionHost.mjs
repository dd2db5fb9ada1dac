// Figures for the extension as VS Code loads it: bundle size, activation time (loading the bundle
// and running activate() against a stand-in API), and heap growth with War and Peace open.
import * as fs from 'fs';
import * as path from 'path';
import { createRequire } from 'module';
import { readCorpus, repoRoot } from './lib/corpus.mjs';
import { round, time } from './lib/measure.mjs';
import { fakeExtensionContext } from './lib/vscodeStub.mjs';

const BUNDLE = path.join(repoRoot, 'dist/extension.js');
const BUNDLE_BUDGET = 1.5 * 1024 * 1024;
const BOOK = 'en_curly_war-and-peace.txt';

export async function* figures() {
	const bytes = fs.statSync(BUNDLE).size;
	yield { figure: 'bundle size', file: 'dist/extension.js', bytes, budgetBytes: BUNDLE_BUDGET, withinBudget: bytes <= BUNDLE_BUDGET };

	const load = time(() => createRequire(import.meta.url)(BUNDLE));
	const context = fakeExtensionContext();
	const activation = time(() => load.result.activate(context));
	const activationMs = load.ms + activation.ms;
	yield {
		figure: 'extension activation',
		loadMs: round(load.ms),
		activateMs: round(activation.ms),
		ms: round(activationMs),
		budgetMs: 100,
		withinBudget: activationMs <= 100,
	};

	const api = activation.result;
	const text = readCorpus(BOOK);
	const document = {
		uri: { toString: () => `file:///${BOOK}` },
		languageId: 'plaintext',
		version: 1,
		isClosed: false,
		lineCount: text.split('\n').length,
		offsetAt: () => text.length,
		getText: () => text,
	};
	const before = heapAfterCollection();
	// A novel is read in slices after it opens; the figure is the heap once that reading is done.
	const model = await api.whenReady(document);
	const after = heapAfterCollection();
	const growthMb = (after - before) / (1024 * 1024);
	yield {
		figure: 'heap growth with War and Peace open',
		file: BOOK,
		words: model.words,
		megabytes: round(growthMb, 1),
		budgetMegabytes: 150,
		withinBudget: growthMb <= 150,
	};
	for (const disposable of context.subscriptions) {
		disposable.dispose?.();
	}
}

function heapAfterCollection() {
	if (!global.gc) {
		throw new Error('The heap figure needs node --expose-gc (npm run bench passes it).');
	}
	global.gc();
	global.gc();
	return process.memoryUsage().heapUsed;
}
