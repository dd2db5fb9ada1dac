// Bundles the extension (Node and web hosts), the CLI and the Statistics webview's script and stylesheet
// with esbuild. compromise is bundled in; `vscode` is provided by the host. `--watch` rebuilds on change.
// The CLI loads compromise from a file of its own only when a doubtful name needs tagging, and reads the
// lexicon's word classes from dist/wordClasses.txt, worked out here once. Its command, dist/cli.js, starts
// the CLI's bundle (dist/dramatis.js) and compromise from V8 code caches made here by running it on the
// samples (src/cliStart.ts); a watch build makes none, and removes any left over. The CLI's compromise has its
// model expanded here rather than at each start (compromiseExpandedAhead.mjs).
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import { createRequire } from 'module';
import * as path from 'path';
import { compromiseExpandedAhead } from './compromiseExpandedAhead.mjs';

const watch = process.argv.includes('--watch');
// The command line's compromise, its model expanded by this build rather than at each start.
const compromiseForTheCli = compromiseExpandedAhead();
const common = {
	bundle: true,
	minify: true,
	sourcemap: true,
	target: 'es2022',
	external: ['vscode'],
	// jsonc-parser's `main` is a UMD build whose dynamic requires esbuild cannot follow; its ESM build bundles.
	mainFields: ['module', 'main'],
	logLevel: 'warning',
};

const builds = [
	{ ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs' },
	// compromise's worker thread, for the Node host only.
	{ ...common, entryPoints: ['src/taggerWorker.ts'], outfile: 'dist/taggerWorker.js', platform: 'node', format: 'cjs' },
	// worker_threads is required only where the host runs on Node, never in the browser.
	{
		...common,
		entryPoints: ['src/extension.ts'],
		outfile: 'dist/web/extension.js',
		platform: 'browser',
		format: 'cjs',
		external: [...common.external, 'worker_threads'],
	},
	{ ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/dramatis.js', platform: 'node', format: 'cjs', plugins: [compromiseBesideTheCli()] },
	{ ...common, entryPoints: ['src/cliStart.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
	// compromise's thread, for a long book.
	{ ...common, entryPoints: ['src/cliTagger.ts'], outfile: 'dist/cliTagger.js', platform: 'node', format: 'cjs' },
	// From compromise's sources (its exports' `import` condition), which the plugin can change as they load.
	{
		...common,
		stdin: { contents: "module.exports = require('compromise/two').default;", resolveDir: '.', loader: 'js' },
		outfile: 'dist/compromise.js',
		platform: 'node',
		format: 'cjs',
		conditions: ['import'],
		plugins: [compromiseForTheCli.plugin],
	},
	// The webview loads only these two files, under its nonce CSP.
	{ ...common, entryPoints: ['media/statistics/main.js'], outfile: 'dist/media/statistics.js', platform: 'browser', format: 'iife' },
	{ ...common, entryPoints: ['media/statistics/statistics.css'], outfile: 'dist/media/statistics.css' },
];

/** The CLI's `require('compromise/two')` loads dist/compromise.js, so the CLI's own bundle stays small. */
function compromiseBesideTheCli() {
	return {
		name: 'compromise-beside-the-cli',
		setup(build) {
			build.onResolve({ filter: /^compromise\/two$/ }, () => ({ path: './compromise.js', external: true }));
		},
	};
}

/** compromise's lexicon packed as word classes (packWordClasses), for dist/wordClasses.txt. */
async function packedWordClasses() {
	const { outputFiles } = await esbuild.build({
		stdin: {
			contents: `const nlp = require('compromise/two');
				const { packWordClasses } = require('./src/core/cast/wordClasses');
				const model = nlp.model();
				module.exports = packWordClasses({ words: model.one.lexicon, switches: model.two.switches });`,
			resolveDir: '.',
			loader: 'ts',
		},
		bundle: true,
		platform: 'node',
		format: 'cjs',
		write: false,
		logLevel: 'warning',
	});
	const module = { exports: undefined };
	new Function('module', 'require', outputFiles[0].text)(module, () => {
		throw new Error('the word classes need nothing outside their bundle');
	});
	return module.exports;
}

async function writeWordClasses() {
	fs.mkdirSync('dist', { recursive: true });
	fs.writeFileSync('dist/wordClasses.txt', await packedWordClasses());
}

/** The files the CLI's code caches are made from, and the stories it runs on to make them. */
const CACHED_FILES = ['dist/dramatis.js', 'dist/compromise.js'];
// The first has doubtful names, so compromise loads and tags there too.
const WARM_UP_STORIES = ['samples/01-the-lamp.story', 'samples/02-the-teeth.story', 'samples/03-the-tide.story'];

/** Runs the built CLI on the samples (text and JSON) and writes its code caches. */
function writeCodeCaches() {
	const { writeCodeCaches } = createRequire(import.meta.url)(path.resolve('dist/cli.js'));
	writeCodeCaches(path.resolve('dist'), [
		['analyze', ...WARM_UP_STORIES],
		['analyze', '--json', ...WARM_UP_STORIES],
	]);
}

for (const file of CACHED_FILES) {
	fs.rmSync(`${file}.cache`, { force: true });
}
if (watch) {
	for (const options of builds) {
		const context = await esbuild.context(options);
		await context.watch();
	}
	await writeWordClasses();
	console.log('Watching src/ for changes…');
} else {
	await Promise.all([...builds.map(options => esbuild.build(options)), writeWordClasses()]);
	if (!compromiseForTheCli.used()) {
		throw new Error('dist/compromise.js was not built from compromise’s sources: its model was not expanded ahead.');
	}
	writeCodeCaches();
}
