// `npm run eval`: scores Dramatis against the LitBank gold in ../shared/eval. Extracts each gold text to a
// scratch folder, runs `dramatis analyze --json` once over all of them, writes one prediction file per gold
// file (the shape score.mjs reads), then lets each measure in scripts/eval/ print its table.
// Without ../shared/eval (a fresh clone on its own) it says so and stops: there is nothing to score.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { repoRoot } from './lib/paths.mjs';

const sharedEval = join(repoRoot, '..', 'shared', 'eval');
const goldDir = join(sharedEval, 'litbank-dev');
const scorer = join(sharedEval, 'score.mjs');

if (!existsSync(goldDir) || !existsSync(scorer)) {
  console.log(`eval skipped: ${goldDir} is not here (it sits beside the repository as ../shared/eval).`);
  process.exit(0);
}

const scratch = mkdtempSync(join(tmpdir(), 'dramatis-eval-'));
try {
  const textsDir = join(scratch, 'texts');
  const predictionsDir = join(scratch, 'predictions');
  mkdirSync(textsDir);
  mkdirSync(predictionsDir);
  const documents = readdirSync(goldDir)
    .filter((file) => file.endsWith('.json') && file !== 'index.json')
    .sort()
    .map((file) => {
      const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8'));
      const textPath = join(textsDir, file.replace(/\.json$/, '.txt'));
      writeFileSync(textPath, gold.text);
      return { id: file.replace(/\.json$/, ''), file, gold, textPath };
    });

  const started = performance.now();
  const output = execFileSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'analyze', '--json', ...documents.map((d) => d.textPath)], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const elapsedMs = performance.now() - started;
  for (const report of JSON.parse(output).files) {
    const file = basename(report.path).replace(/\.txt$/, '.json');
    writeFileSync(join(predictionsDir, file), JSON.stringify({ quotes: report.quotes ?? [], characters: report.characters ?? [] }));
  }
  console.log(`LitBank dev split: ${documents.length} texts, analysed by dramatis in ${Math.round(elapsedMs)} ms (one CLI run)\n`);

  /** What each measure gets: the gold, our predictions, and a way to score a prediction folder. */
  const context = {
    goldDir,
    predictionsDir,
    documents,
    scratch,
    score(predictions) {
      return JSON.parse(execFileSync(process.execPath, [scorer, goldDir, predictions, '--json'], { encoding: 'utf8' })).micro;
    },
  };
  for (const measure of readdirSync(join(repoRoot, 'scripts', 'eval')).filter((file) => file.endsWith('.mjs')).sort()) {
    const { evaluate } = await import(join(repoRoot, 'scripts', 'eval', measure));
    await evaluate(context);
    console.log();
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
