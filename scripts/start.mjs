// `npm start [-- --port N]`: try Dramatis by hand in a real VS Code. Packages the extension, installs the
// .vsix the way a writer would into a profile that persists between runs (.vscode-test/start), and serves
// code-server until Ctrl+C on a copy of samples/ (.vscode-test/start-samples), its first chapter open.
// Port: --port, else $PORT, else 8080 if free, else any free port.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { codeServerCli, freePort, launchCodeServer } from './lib/codeServerLaunch.mjs';
import { cacheRoot, repoRoot, vsixPath } from './lib/paths.mjs';
import { prepare } from './lib/setup.mjs';
import { startUrl, startWorkspace } from './lib/startWorkspace.mjs';

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
	console.log('Building and packaging the extension…');
	// vsce lists every file it packs; the writer needs only to know it worked, or why not.
	const packaged = spawnSync('npm', ['run', 'package'], { cwd: repoRoot, encoding: 'utf8' });
	if (packaged.status !== 0) {
		process.stderr.write(packaged.stdout + packaged.stderr);
		throw new Error('npm run package failed; see above.');
	}
	console.log(`  ${/Packaged: .*/.exec(packaged.stdout)?.[0] ?? `Packaged ${vsixPath}`}`);

	const profileDir = join(cacheRoot, 'start');
	console.log('Installing it into code-server, as a writer would install the .vsix…');
	// --force: the version stays 0.1.0 while the code changes, and the fresh build must replace the old one.
	await codeServerCli(['--install-extension', vsixPath, '--force'], { profileDir });
	const { folder, firstFile } = startWorkspace();
	console.log('Starting code-server (VS Code for the browser); the first start takes up to a minute…');
	const server = await launchCodeServer({ folder, profileDir, port });
	console.log(
		`\nDramatis is running in code-server on a copy of the sample manuscript:\n\n` +
			`    ${startUrl(server.baseUrl, folder, firstFile)}\n\n` +
			`The Dramatis sidebar on the left shows the Cast and Scenes views; Help › Welcome › Get Started with Dramatis gives a tour.\n` +
			`Your edits go to ${folder} (delete it to start again from samples/).\n` +
			`Profile (settings, installed .vsix): ${profileDir}\nServer log: ${server.logFile}\nPress Ctrl+C to stop.`,
	);
	const code = await server.exited;
	throw new Error(`code-server stopped on its own (${code}); see ${server.logFile}.`);
}

main().catch(error => {
	console.error(error.message);
	process.exit(1);
});
