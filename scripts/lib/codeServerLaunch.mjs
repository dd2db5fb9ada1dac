// Starts code-server for one folder with its own profile, and makes sure it dies with us: it runs in its
// own process group, killed on exit, Ctrl+C and SIGTERM, so a timed-out test never leaves a server behind.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ensureCodeServer } from './codeServerInstall.mjs';

const quietUserSettings = {
	// The writer's first view should be the manuscript, not a welcome page or a survey.
	'workbench.startupEditor': 'none',
	'workbench.tips.enabled': false,
	'telemetry.telemetryLevel': 'off',
	'extensions.autoCheckUpdates': false,
	'extensions.autoUpdate': false,
	'update.mode': 'none',
	// Scratch workspaces sit inside this repository; VS Code would offer to open it, covering the screen.
	'git.openRepositoryInParentFolders': 'never',
};

/**
 * @param {object} options
 * @param {string} options.folder        workspace folder to open
 * @param {string} options.profileDir    scratch folder for config, user data, XDG data and temp files
 * @param {string} [options.extensionsDir] defaults to profileDir/extensions
 * @param {number} [options.port]        defaults to a free port
 * @param {boolean} [options.restricted] workspace trust on, so VS Code asks whether to trust the folder
 * The server's output goes to profileDir/code-server.log.
 */
export async function launchCodeServer({ folder, profileDir, extensionsDir, port, restricted = false }) {
	const profile = prepareProfile(profileDir, extensionsDir, restricted ? restrictedModeSettings : {});
	const chosenPort = port ?? (await freePort());
	const logFile = join(profileDir, 'code-server.log');
	const stdio = ['ignore', openSync(logFile, 'w'), openSync(logFile, 'a')];
	const server = spawn(
		process.execPath,
		[
			ensureCodeServer(),
			'--bind-addr',
			`127.0.0.1:${chosenPort}`,
			'--auth',
			'none',
			'--disable-telemetry',
			'--disable-update-check',
			...(restricted ? [] : ['--disable-workspace-trust']),
			...profile.args,
			folder,
		],
		{ detached: true, stdio, env: profile.env },
	);
	const stop = killGroupOnExit(server);
	const exited = new Promise(resolve => server.once('exit', (code, signal) => resolve(code ?? signal)));
	const baseUrl = `http://127.0.0.1:${chosenPort}`;
	try {
		await waitForHealth(baseUrl, exited, logFile);
	} catch (error) {
		stop();
		throw error;
	}
	return { baseUrl, port: chosenPort, logFile, exited, stop };
}

/** Runs code-server's CLI (e.g. --install-extension) against an extensions dir, as a user would. */
export function codeServerCli(args, { profileDir, extensionsDir }) {
	const profile = prepareProfile(profileDir, extensionsDir);
	return new Promise((resolve, reject) => {
		const cli = spawn(process.execPath, [ensureCodeServer(), ...profile.args, ...args], {
			stdio: ['ignore', 'pipe', 'pipe'],
			env: profile.env,
		});
		let out = '';
		cli.stdout.on('data', d => (out += d));
		cli.stderr.on('data', d => (out += d));
		cli.on('error', reject);
		cli.on('close', code => (code === 0 ? resolve(out) : reject(new Error(`code-server ${args.join(' ')} exited ${code}:\n${out}`))));
	});
}

export function freePort(preferred = 0) {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', error => (preferred ? resolve(freePort(0)) : reject(error)));
		probe.listen(preferred, '127.0.0.1', () => {
			const { port } = probe.address();
			probe.close(() => resolve(port));
		});
	});
}

// Workspace trust on: VS Code asks whether to trust the folder, and Restricted Mode is the answer "No".
const restrictedModeSettings = { 'security.workspace.trust.enabled': true };

// Keeps code-server's config, user data, XDG data and temp files inside profileDir, which it would
// otherwise spread over ~/.config, ~/.local/share and /tmp.
function prepareProfile(profileDir, extensionsDir = join(profileDir, 'extensions'), extraSettings = {}) {
	const dirs = {
		userData: join(profileDir, 'user-data'),
		extensions: extensionsDir,
		xdgData: join(profileDir, 'xdg-data'),
		xdgConfig: join(profileDir, 'xdg-config'),
		tmp: join(profileDir, 'tmp'),
		userSettings: join(profileDir, 'user-data', 'User'),
	};
	// A missing extensions dir makes the server load no extensions at all, silently.
	for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
	const settingsFile = join(dirs.userSettings, 'settings.json');
	// A persistent profile (npm start) keeps whatever the writer changed since.
	if (!existsSync(settingsFile)) writeFileSync(settingsFile, JSON.stringify({ ...quietUserSettings, ...extraSettings }, null, 2));
	const configFile = join(profileDir, 'config.yaml');
	writeFileSync(configFile, 'auth: none\ncert: false\n');
	return {
		args: ['--config', configFile, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions],
		env: {
			...process.env,
			XDG_DATA_HOME: dirs.xdgData,
			XDG_CONFIG_HOME: dirs.xdgConfig,
			TMPDIR: dirs.tmp,
			// No marketplace: our machines have no internet, and nothing here should try open-vsx.org.
			EXTENSIONS_GALLERY: '{}',
		},
	};
}

function killGroupOnExit(server) {
	let stopped = false;
	const stop = () => {
		if (stopped) return;
		stopped = true;
		try {
			process.kill(-server.pid, 'SIGTERM');
		} catch {
			// The group is already gone.
		}
	};
	const stopAndExit = signal => {
		stop();
		process.exit(signal === 'SIGINT' ? 130 : 143);
	};
	process.once('exit', stop);
	process.once('SIGINT', stopAndExit);
	process.once('SIGTERM', stopAndExit);
	return stop;
}

async function waitForHealth(baseUrl, exited, logFile) {
	const deadline = Date.now() + 30_000;
	let exitStatus;
	exited.then(status => (exitStatus = status));
	while (Date.now() < deadline) {
		if (exitStatus !== undefined) {
			throw new Error(`code-server exited (${exitStatus}) before answering /healthz:\n${readFileSync(logFile, 'utf8')}`);
		}
		try {
			// A bounded wait: something else on the port may accept and never answer.
			const response = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2000) });
			if (response.ok) return;
		} catch {
			// Not listening yet.
		}
		await new Promise(resolve => setTimeout(resolve, 200));
	}
	throw new Error(`code-server did not answer ${baseUrl}/healthz within 30 s. ${logFile}:\n${readFileSync(logFile, 'utf8')}`);
}
