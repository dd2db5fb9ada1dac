// `node scripts/codeServer.mjs install`: puts code-server into the .vscode-test cache ahead of the tests,
// so CI shows the install as its own step (and its own time). Does nothing when already installed.
import { ensureCodeServer } from './lib/codeServerInstall.mjs';

const [command] = process.argv.slice(2);
if (command !== 'install') {
	console.error('Usage: node scripts/codeServer.mjs install');
	process.exit(2);
}
try {
	console.log(`code-server ready: ${ensureCodeServer()}`);
} catch (error) {
	console.error(error.message);
	process.exit(1);
}
