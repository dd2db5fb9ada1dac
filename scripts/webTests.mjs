#!/usr/bin/env node
// `node scripts/webTests.mjs`: Dramatis's browser entry (dist/web/extension.js) inside VS Code for the Web's
// web-worker extension host, with a set of integration tests run there (test/web). code-server serves that
// host for extensions whose extensionKind is ["web"], so the tests load a copy of the extension packaged
// that way, with its Node entry (`main`) removed: nothing of it can run in Node. The tests open their
// stories on no disk (an untitled document, a file system provider of their own). When they are done a
// screenshot of the workbench, Dramatis running in it, goes to test-results/screenshots/web-worker-host.png.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { launchBrowser } from './lib/browser.mjs';
import { launchCodeServer } from './lib/codeServerLaunch.mjs';
import { cacheRoot, repoRoot, screenshotsDir } from './lib/paths.mjs';

const scratch = join(cacheRoot, 'web');
const extensionDir = join(scratch, 'extension');
const testsPath = join(extensionDir, 'test', 'index.js');
// Far above a normal run (about 15 s), low enough that a hung workbench fails CI instead of stalling it.
const suiteTimeoutMs = 180_000;

/** The extension as a web-only package: the repo's files, its manifest saying it runs in the browser only. */
function packageWebOnly() {
	rmSync(scratch, { recursive: true, force: true });
	mkdirSync(extensionDir, { recursive: true });
	const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
	if (!manifest.browser) throw new Error('package.json declares no browser entry');
	delete manifest.main;
	manifest.extensionKind = ['web'];
	writeFileSync(join(extensionDir, 'package.json'), JSON.stringify(manifest, null, 2));
	for (const file of ['dist', 'media', 'syntaxes', 'schemas', 'language-configuration.json', 'README.md', 'LICENSE']) {
		cpSync(join(repoRoot, file), join(extensionDir, file), { recursive: true });
	}
}

/** test/web bundled for the browser's extension host: one CommonJS file, `vscode` provided by the host. */
async function bundleTests() {
	await esbuild.build({
		entryPoints: [join(repoRoot, 'test', 'web', 'index.ts')],
		outfile: testsPath,
		bundle: true,
		platform: 'browser',
		format: 'cjs',
		target: 'es2022',
		external: ['vscode'],
		// The tests' `assert` is Node's; the browser gets the same checks from test/web/assert.ts.
		alias: { assert: join(repoRoot, 'test', 'web', 'assert.ts') },
		sourcemap: 'inline',
		logLevel: 'warning',
	});
}

/** What the last web test logs when the workbench shows Dramatis at work, with the file to answer with. */
const SCREENSHOT_CUE = '[dramatis web tests] ready for the screenshot:';

/**
 * Waits until the workbench shows what the web host put there (the word count in the status bar, the cast
 * in the Cast view), takes the screenshot, then writes `answer` so the last test can end. Returns what went
 * wrong, if anything; the screenshot is taken either way.
 */
async function takeScreenshot(page, answer) {
	let failure;
	try {
		await page
			.locator('.statusbar-item', { hasText: /\b61 words\b/ })
			.first()
			.waitFor({ timeout: 20_000 });
		await page.locator('.monaco-list-row', { hasText: 'Wren' }).first().waitFor({ timeout: 20_000 });
	} catch (error) {
		failure = `The workbench never showed Dramatis's word count and cast: ${error.message.split('\n')[0]}`;
	}
	mkdirSync(screenshotsDir, { recursive: true });
	const shot = join(screenshotsDir, 'web-worker-host.png');
	await page.screenshot({ path: shot });
	console.log(`screenshot: ${shot}`);
	writeFileSync(answer, 'taken\n');
	return failure;
}

async function main() {
	packageWebOnly();
	await bundleTests();
	const profileDir = join(scratch, 'profile');
	const server = await launchCodeServer({ folder: join(repoRoot, 'test', 'fixtures'), profileDir, extensionsDir: join(profileDir, 'extensions') });
	let browser;
	try {
		browser = await launchBrowser();
		const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
		const remote = path => `vscode-remote://127.0.0.1:${server.port}${path}`;
		const payload = [
			['extensionDevelopmentPath', remote(extensionDir)],
			['extensionTestsPath', remote(testsPath)],
		];
		let reportExit;
		const exitCode = new Promise(resolve => (reportExit = resolve));
		await page.exposeFunction('codeAutomationExit', code => reportExit(code));
		let screenshotFailure;
		await page.exposeFunction('codeAutomationLog', async (type, message) => {
			(type === 'error' || type === 'warn' ? process.stderr : process.stdout).write(`${message}\n`);
			const cue = new RegExp(`${SCREENSHOT_CUE.replace(/[[\]]/g, '\\$&')} (.*)$`, 'm').exec(String(message));
			if (cue) screenshotFailure = await takeScreenshot(page, cue[1]);
		});
		await page.goto(
			`${server.baseUrl}/?folder=${encodeURIComponent(join(repoRoot, 'test', 'fixtures'))}&payload=${encodeURIComponent(JSON.stringify(payload))}`,
		);
		let timer;
		const timeout = new Promise(resolve => (timer = setTimeout(() => resolve('timeout'), suiteTimeoutMs)));
		const outcome = await Promise.race([exitCode, timeout]);
		clearTimeout(timer);
		if (outcome === 'timeout') {
			mkdirSync(screenshotsDir, { recursive: true });
			const shot = join(screenshotsDir, 'web-worker-host-timeout.png');
			await page.screenshot({ path: shot });
			console.error(`The web suite did not finish within ${suiteTimeoutMs / 1000} s (screen: ${shot}, server log: ${server.logFile}).`);
			return 1;
		}
		if (screenshotFailure) {
			console.error(screenshotFailure);
			return outcome || 1;
		}
		return outcome;
	} finally {
		await browser?.close();
		server.stop();
	}
}

main().then(
	code => process.exit(code),
	error => {
		console.error(error.stack ?? error);
		process.exit(1);
	},
);
