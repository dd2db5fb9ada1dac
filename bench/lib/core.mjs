// Source bundled exactly as the extension bundles it (esbuild, minified), so the bench measures the
// code writers run, not a debug build.
import * as esbuild from 'esbuild';
import * as path from 'path';
import { createRequire } from 'module';
import { repoRoot } from './corpus.mjs';

/** `entry` (a path in the repo) bundled and minified as the extension ships it, loaded from .bench/. */
export async function bundled(entry, name) {
	const outfile = path.join(repoRoot, '.bench', name);
	await esbuild.build({
		entryPoints: [path.join(repoRoot, entry)],
		outfile,
		bundle: true,
		minify: true,
		platform: 'node',
		format: 'cjs',
		target: 'es2022',
		// As scripts/build.mjs: jsonc-parser's ESM build, not its UMD main.
		mainFields: ['module', 'main'],
		logLevel: 'warning',
	});
	return createRequire(import.meta.url)(outfile);
}

export const core = await bundled('src/core/index.ts', 'core.cjs');
