// `npm test`: every check from the bare build to a writer's view of the packaged extension, in order.
// Test stages keep going after another test stage fails, so one report shows everything that is wrong;
// a failed build step stops the run, since whatever follows would only test stale output.
// The last line is always the summary `N passed, N failed` (tests over all stages; a stage that fails
// without reporting a failed test counts as one failure).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { mochaCounts } from './lib/mochaSummary.mjs';
import { repoRoot } from './lib/paths.mjs';
import { prepare } from './lib/setup.mjs';

const mocha = join(repoRoot, 'node_modules', '.bin', 'mocha');

const stages = [
	// Whatever a fresh clone lacks: Debian packages, node_modules (npm ci), code-server.
	{ name: 'set-up', kind: 'build', run: () => prepare({ browser: true }) },
	// Style and shape first: each command is one check, and a failure here does not stop the tests after it.
	{
		name: 'lint',
		kind: 'test',
		commands: [
			['npm', 'run', 'lint'],
			['npm', 'run', 'depcheck'],
		],
	},
	{ name: 'build', kind: 'build', command: ['npm', 'run', 'build'] },
	{ name: 'compile tests', kind: 'build', command: ['npm', 'run', 'compile-tests'] },
	{ name: 'unit tests', kind: 'test', command: [mocha] },
	{ name: 'grammar tests', kind: 'test', command: ['npm', 'run', 'test:grammar'], counts: grammarCounts },
	{ name: 'integration tests', kind: 'test', command: [process.execPath, join('out', 'test', 'integration', 'runTests.js')] },
	// dist/web/extension.js in the browser's web-worker extension host, as VS Code for the Web runs it.
	{ name: 'web extension host tests', kind: 'test', command: [process.execPath, join('scripts', 'webTests.mjs')] },
	{ name: 'package', kind: 'build', command: ['npm', 'run', 'package'] },
	{ name: 'e2e tests', kind: 'test', command: [mocha, '--config', join('test', 'e2e', '.mocharc.json')] },
];

/** Runs a command, echoing its output and keeping stdout to read mocha's summary from. */
function runCommand([program, ...args]) {
	return new Promise(resolve => {
		const child = spawn(program, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
		let stdout = '';
		child.stdout.on('data', chunk => {
			stdout += chunk;
			process.stdout.write(chunk);
		});
		child.stderr.on('data', chunk => process.stderr.write(chunk));
		child.on('error', error => resolve({ ok: false, stdout: `${error.message}\n` }));
		child.on('close', code => resolve({ ok: code === 0, stdout }));
	});
}

async function runStage(stage) {
	if (stage.run) {
		try {
			await stage.run();
			return { ok: true, stdout: '' };
		} catch (error) {
			console.error(error.message);
			return { ok: false, stdout: '' };
		}
	}
	if (stage.commands) {
		let stdout = '';
		let failed = 0;
		for (const command of stage.commands) {
			const result = await runCommand(command);
			stdout += result.stdout;
			if (!result.ok) failed++;
		}
		return { ok: failed === 0, stdout, counts: { passed: stage.commands.length - failed, failed } };
	}
	return runCommand(stage.command);
}

/** vscode-tmgrammar-test and -snap print one line per test file: ✓ when it passed, ✖ when it failed. */
function grammarCounts(stdout) {
	const passed = [...stdout.matchAll(/^(?:\x1b\[[0-9;]*m)*✓ /gm)].length;
	const failed = [...stdout.matchAll(/^(?:\x1b\[[0-9;]*m)*✖ /gm)].length;
	return { passed: passed + failed > 0 ? passed : undefined, failed };
}

const results = [];
let stoppedBy;
for (const stage of stages) {
	if (stoppedBy) {
		results.push({ stage, status: `skipped (${stoppedBy} failed)`, passed: 0, failed: 0, seconds: 0 });
		continue;
	}
	console.log(`\n=== ${stage.name} ===`);
	const started = Date.now();
	const { ok, stdout, counts: stageCounts } = await runStage(stage);
	const seconds = (Date.now() - started) / 1000;
	let passed = 0;
	let failed = 0;
	if (stage.kind === 'test') {
		const counts = stageCounts ?? (stage.counts ?? mochaCounts)(stdout);
		passed = counts.passed ?? 0;
		failed = counts.failed ?? 0;
		// A crash before or after the tests (no browser, a broken launcher) fails the stage even if no test did.
		if (!ok && failed === 0) failed = 1;
		if (ok && counts.passed === undefined) {
			console.error(`${stage.name}: exited 0 but reported no tests; counting that as a failure.`);
			failed = 1;
		}
	} else if (!ok) {
		failed = 1;
		stoppedBy = stage.name;
	}
	const status = failed > 0 ? 'FAILED' : 'ok';
	results.push({ stage, status, passed, failed, seconds });
	console.log(`=== ${stage.name}: ${status} in ${seconds.toFixed(1)} s ===`);
}

console.log('\nSummary');
for (const { stage, status, passed, failed, seconds } of results) {
	const counts = stage.kind === 'test' && !status.startsWith('skipped') ? `  ${passed} passed, ${failed} failed` : '';
	console.log(`  ${stage.name.padEnd(38)} ${status.padEnd(8)} ${seconds.toFixed(1).padStart(6)} s${counts}`);
}
const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
