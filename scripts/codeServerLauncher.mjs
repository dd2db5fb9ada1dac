#!/usr/bin/env node
// Stands in for the VS Code executable that @vscode/test-electron's runTests() starts. Desktop VS Code
// cannot be downloaded on our machines, so the same arguments open code-server in headless chromium instead.
// code-server has no --extensionTestsPath flag; the workbench takes the test options through its URL, runs
// mocha in the real Node extension host and reports back through two functions we expose on the page.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './lib/browser.mjs';
import { launchCodeServer } from './lib/codeServerLaunch.mjs';
import { screenshotsDir } from './lib/paths.mjs';

// Far above a normal run (about 8 s), low enough that a hung workbench fails CI instead of stalling it.
const suiteTimeoutMs = 180_000;

function parseArgs(argv) {
	const options = { developmentPaths: [], workspace: undefined };
	for (const arg of argv) {
		const [, name, value] = /^--([^=]+)=(.*)$/s.exec(arg) ?? [];
		if (name === 'extensionTestsPath') options.testsPath = value;
		else if (name === 'extensionDevelopmentPath') options.developmentPaths.push(value);
		else if (name === 'user-data-dir') options.userDataDir = value;
		else if (name === 'extensions-dir') options.extensionsDir = value;
		// Desktop-only switches runTests always adds (--no-sandbox, --skip-welcome, …) mean nothing here.
		else if (!arg.startsWith('--')) options.workspace = arg;
	}
	for (const required of ['testsPath', 'userDataDir', 'extensionsDir', 'workspace']) {
		if (!options[required]) throw new Error(`codeServerLauncher: missing ${required} in ${argv.join(' ')}`);
	}
	return options;
}

async function main() {
	const options = parseArgs(process.argv.slice(2));
	const server = await launchCodeServer({
		folder: options.workspace,
		profileDir: options.userDataDir,
		extensionsDir: options.extensionsDir,
	});
	let browser;
	try {
		browser = await launchBrowser();
		const page = await browser.newPage();
		const remote = path => `vscode-remote://127.0.0.1:${server.port}${path}`;
		const payload = [...options.developmentPaths.map(path => ['extensionDevelopmentPath', remote(path)]), ['extensionTestsPath', remote(options.testsPath)]];
		let reportExit;
		const exitCode = new Promise(resolve => (reportExit = resolve));
		await page.exposeFunction('codeAutomationExit', code => reportExit(code));
		await page.exposeFunction('codeAutomationLog', (type, message) => {
			(type === 'error' || type === 'warn' ? process.stderr : process.stdout).write(`${message}\n`);
		});
		const url = `${server.baseUrl}/?folder=${encodeURIComponent(options.workspace)}` + `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
		await page.goto(url);
		let timer;
		const timeout = new Promise(resolve => (timer = setTimeout(() => resolve('timeout'), suiteTimeoutMs)));
		const outcome = await Promise.race([exitCode, timeout]);
		clearTimeout(timer);
		if (outcome === 'timeout') {
			mkdirSync(screenshotsDir, { recursive: true });
			const shot = join(screenshotsDir, 'integration-timeout.png');
			await page.screenshot({ path: shot });
			console.error(`The suite did not finish within ${suiteTimeoutMs / 1000} s (screen: ${shot}, server log: ${server.logFile}).`);
			return 1;
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
