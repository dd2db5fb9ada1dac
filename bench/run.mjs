// `npm run bench`: measures Dramatis against its budgets (PRODUCT.md) and prints one JSON line per figure.
// A small driver: it bundles the core once, then runs each figure module in turn. A figure module exports
// `figures({ core, corpus, scratch })`, an async iterable of { figure, value, unit, budget, ok, … } objects.
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = resolve(repoRoot, '..', 'shared', 'corpus');
const scratch = join(repoRoot, '.bench');
const figureModules = ['./manuscript.mjs'];

if (!existsSync(corpus)) {
  console.log(JSON.stringify({ skipped: 'all figures', reason: `no corpus at ${corpus}; the bench measures against ../shared/corpus` }));
  process.exit(0);
}

mkdirSync(scratch, { recursive: true });
const coreBundle = join(scratch, 'core.cjs');
await esbuild.build({ entryPoints: [join(repoRoot, 'src/core/index.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'es2022', outfile: coreBundle, logLevel: 'warning' });
const core = createRequire(import.meta.url)(coreBundle);

let failed = false;
for (const path of figureModules) {
  const module = await import(path);
  for await (const figure of module.figures({ core, corpus, scratch })) {
    failed ||= figure.ok === false;
    console.log(JSON.stringify(figure));
  }
}
process.exitCode = failed ? 1 : 0;
