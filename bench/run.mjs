// `npm run bench`: speed and memory on ../shared/corpus, one JSON line per figure, each with the
// baselines it is judged against measured in the same run, so ratios hold on a noisy machine.
import { corpusFile } from './lib/corpus.mjs';
import * as analysis from './analysis.mjs';
import * as cast from './cast.mjs';
import * as commandLine from './commandLine.mjs';
import * as extensionHost from './extensionHost.mjs';
import * as manuscript from './manuscript.mjs';
import * as stalls from './stalls.mjs';
import * as typing from './typing.mjs';

const figureModules = [commandLine, analysis, cast, extensionHost, manuscript, stalls, typing];

if (!corpusFile('en_curly_war-and-peace.txt')) {
	console.log(JSON.stringify({ skipped: 'bench', reason: '../shared/corpus is absent; nothing to measure' }));
	process.exit(0);
}

let failed = 0;
for (const module of figureModules) {
	for await (const figure of module.figures()) {
		console.log(JSON.stringify(figure));
		if (figure.withinBudget === false) {
			failed++;
		}
	}
}
console.log(failed === 0 ? 'every figure is within its budget' : `${failed} figure(s) over budget`);
