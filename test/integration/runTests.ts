// `node out/test/integration/runTests.js`: runs the integration suite in a real VS Code through
// @vscode/test-electron's standard runner. The "executable" is our launcher, which serves that VS Code
// with code-server (desktop VS Code cannot be downloaded here), so runTests never touches the network.
import * as fs from 'fs';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
// A fresh profile each run, so no state (open editors, backups of unsaved edits) leaks between runs.
const scratch = path.join(repoRoot, '.vscode-test', 'integration');

async function main(): Promise<void> {
	fs.rmSync(scratch, { recursive: true, force: true });
	await runTests({
		vscodeExecutablePath: path.join(repoRoot, 'scripts', 'codeServerLauncher.mjs'),
		extensionDevelopmentPath: repoRoot,
		extensionTestsPath: path.join(__dirname, 'index.js'),
		extensionTestsEnv: process.env.DRAMATIS_INTEGRATION_FILES ? { DRAMATIS_INTEGRATION_FILES: process.env.DRAMATIS_INTEGRATION_FILES } : undefined,
		launchArgs: [
			path.join(repoRoot, 'test', 'fixtures'),
			`--user-data-dir=${path.join(scratch, 'profile')}`,
			`--extensions-dir=${path.join(scratch, 'extensions')}`,
		],
	});
}

main().catch((error: Error) => {
	console.error(error.message);
	process.exit(1);
});
