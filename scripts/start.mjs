// `npm start [-- --port N]`: try Dramatis by hand in a real VS Code. Packages the extension, installs the
// .vsix the way a writer would into a profile that persists between runs (.vscode-test/start), and serves
// code-server on samples/ until Ctrl+C. Port: --port, else $PORT, else 8080 if free, else any free port.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { codeServerCli, freePort, launchCodeServer } from './lib/codeServerLaunch.mjs';
import { cacheRoot, repoRoot, vsixPath } from './lib/paths.mjs';
import { prepare } from './lib/setup.mjs';

function requestedPort() {
	const flag = process.argv.indexOf('--port');
	const value = flag >= 0 ? process.argv[flag + 1] : process.env.PORT;
	if (value === undefined) return undefined;
	const port = Number(value);
	if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`Not a port number: ${value}`);
	return port;
}

async function main() {
	const port = requestedPort() ?? (await freePort(8080));
	// Debian packages, node_modules and code-server, whatever a fresh clone lacks.
	prepare();
	const packaged = spawnSync('npm', ['run', 'package'], { cwd: repoRoot, stdio: 'inherit' });
	if (packaged.status !== 0) throw new Error('npm run package failed; see above.');

	const profileDir = join(cacheRoot, 'start');
	// --force: the version stays 0.1.0 while the code changes, and the fresh build must replace the old one.
	await codeServerCli(['--install-extension', vsixPath, '--force'], { profileDir });
	const folder = join(repoRoot, 'samples');
	const server = await launchCodeServer({ folder, profileDir, port });
	console.log(
		`\nDramatis is running in code-server on the sample manuscript:\n\n` +
			`    ${server.baseUrl}/?folder=${encodeURIComponent(folder)}\n\n` +
			`Profile (settings, installed .vsix): ${profileDir}\nServer log: ${server.logFile}\nPress Ctrl+C to stop.`,
	);
	const code = await server.exited;
	throw new Error(`code-server stopped on its own (${code}); see ${server.logFile}.`);
}

main().catch(error => {
	console.error(error.message);
	process.exit(1);
});
