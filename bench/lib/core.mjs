// The story core bundled exactly as the extension bundles it (esbuild, minified), so the bench
// measures the code writers run, not a debug build.
import * as esbuild from 'esbuild';
import * as path from 'path';
import { createRequire } from 'module';
import { repoRoot } from './corpus.mjs';

const outfile = path.join(repoRoot, '.bench', 'core.cjs');
await esbuild.build({
	entryPoints: [path.join(repoRoot, 'src/core/index.ts')],
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

export const core = createRequire(import.meta.url)(outfile);
