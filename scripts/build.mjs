// Bundles the extension (Node and web hosts), the CLI and the Statistics webview's script and stylesheet
// with esbuild. compromise is bundled in; `vscode` is provided by the host. `--watch` rebuilds on change.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
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
	{ ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
	// The webview loads only these two files, under its nonce CSP.
	{ ...common, entryPoints: ['media/statistics/main.js'], outfile: 'dist/media/statistics.js', platform: 'browser', format: 'iife' },
	{ ...common, entryPoints: ['media/statistics/statistics.css'], outfile: 'dist/media/statistics.css' },
];

if (watch) {
	for (const options of builds) {
		const context = await esbuild.context(options);
		await context.watch();
	}
	console.log('Watching src/ for changes…');
} else {
	await Promise.all(builds.map(options => esbuild.build(options)));
}
