// `npm run test:e2e [-- --repeat N]`: the end-to-end stage of `npm test` alone, N times in a row (once by
// default) on one build and package, to show it passes every time and not just once. Prints each run's
// result as it ends and, last, how many of the N runs were green. Each run's output is also kept in
// test-results/e2e-runs/run-<i>.log, and the screenshots of a run with failures in .../run-<i>-screenshots.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mochaCounts } from './lib/mochaSummary.mjs';
import { repoRoot, screenshotsDir } from './lib/paths.mjs';
import { prepare } from './lib/setup.mjs';

function repeatCount() {
	const flag = process.argv.indexOf('--repeat');
	if (flag < 0) return 1;
	const count = Number(process.argv[flag + 1]);
	if (!Number.isInteger(count) || count < 1) throw new Error(`--repeat takes a whole number of runs, not ${process.argv[flag + 1]}`);
	return count;
}

/** One run of the e2e stage, its output echoed and kept. */
function runE2e(logFile) {
	return new Promise(resolve => {
		const mocha = join(repoRoot, 'node_modules', '.bin', 'mocha');
		const child = spawn(mocha, ['--config', join('test', 'e2e', '.mocharc.json')], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		const keep = stream => chunk => {
			output += chunk;
			stream.write(chunk);
		};
		child.stdout.on('data', keep(process.stdout));
		child.stderr.on('data', keep(process.stderr));
		child.on('error', error => resolve({ code: -1, output: `${output}\n${error.message}\n` }));
		child.on('close', code => {
			writeFileSync(logFile, output);
			resolve({ code, output });
		});
	});
}

async function main() {
	const runs = repeatCount();
	prepare({ browser: true });
	const packaged = spawnSync('npm', ['run', 'package'], { cwd: repoRoot, stdio: 'inherit' });
	if (packaged.status !== 0) throw new Error('npm run package failed; see above.');

	const logDir = join(repoRoot, 'test-results', 'e2e-runs');
	rmSync(logDir, { recursive: true, force: true });
	mkdirSync(logDir, { recursive: true });
	const results = [];
	for (let run = 1; run <= runs; run++) {
		console.log(`\n=== e2e run ${run} of ${runs} ===`);
		rmSync(screenshotsDir, { recursive: true, force: true });
		const started = Date.now();
		const { code, output } = await runE2e(join(logDir, `run-${run}.log`));
		const seconds = (Date.now() - started) / 1000;
		const { passed = 0, failed = 0 } = mochaCounts(output);
		// A crash before or after the tests (no browser, a broken launcher) fails the run even if no test did.
		const green = code === 0 && failed === 0 && passed > 0;
		if (!green && existsSync(screenshotsDir)) {
			cpSync(screenshotsDir, join(logDir, `run-${run}-screenshots`), { recursive: true });
		}
		results.push({ run, green, passed, failed, seconds });
		console.log(`=== e2e run ${run} of ${runs}: ${green ? 'green' : 'FAILED'}, ${passed} passed, ${failed} failed, in ${seconds.toFixed(0)} s ===`);
	}

	console.log('\ne2e runs');
	for (const { run, green, passed, failed, seconds } of results) {
		console.log(`  run ${String(run).padStart(2)}  ${green ? 'green ' : 'FAILED'}  ${passed} passed, ${failed} failed  ${seconds.toFixed(0).padStart(5)} s`);
	}
	const greens = results.filter(result => result.green).length;
	console.log(`${greens} of ${runs} e2e runs green`);
	process.exit(greens === runs ? 0 : 1);
}

main().catch(error => {
	console.error(error.message);
	process.exit(1);
});
