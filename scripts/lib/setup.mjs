// The set-up `npm start` and `npm test` each do before anything else, so a fresh clone needs no other
// command: the Debian packages (installed when running as root, else one line saying what to install),
// `npm ci` when node_modules is missing or older than package-lock.json, then code-server.
// This file and what it imports use Node's own modules only: it runs before node_modules exists.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureCodeServer, isCodeServerInstalled } from './codeServerInstall.mjs';
import { repoRoot } from './paths.mjs';
import { chromiumPath, ripgrepPath } from './prerequisites.mjs';

// What each package is for, as .ci/run installs them: chromium drives the real VS Code in the tests; a
// Chinese and Japanese font shows CJK dialogue in the screenshots as text rather than empty boxes; ripgrep
// seeds code-server's @vscode/ripgrep; the rest build code-server's native modules, once.
const browserPackages = ['chromium', 'fonts-wqy-zenhei'];
const codeServerPackages = ['ripgrep', 'libkrb5-dev', 'libx11-dev', 'libxkbfile-dev', 'libsecret-1-dev', 'pkg-config', 'build-essential', 'python3'];
const executableOf = { chromium: chromiumPath, ripgrep: ripgrepPath };

const lockFile = join(repoRoot, 'package-lock.json');
// npm writes this copy of the lock into node_modules at every install.
const installedLock = join(repoRoot, 'node_modules', '.package-lock.json');
// The hash of the package-lock.json that node_modules was last installed from by this set-up.
const installedHash = join(repoRoot, 'node_modules', '.dramatis-lock-hash');

/**
 * Makes the clone ready to run: `browser` when the command drives chromium (npm test), not when it only
 * serves VS Code to the writer's own browser (npm start). Throws with one line to act on when it cannot.
 */
export function prepare({ browser = false, log = console.log } = {}) {
	const wanted = [...(browser ? browserPackages : []), ...(isCodeServerInstalled() ? [] : codeServerPackages)];
	ensureSystemPackages(wanted, log);
	ensureDependencies(log);
	ensureCodeServer({ log });
}

function ensureSystemPackages(wanted, log) {
	const missing = wanted.filter(name => !isInstalled(name));
	if (missing.length === 0) {
		return;
	}
	const install = `apt-get install -y ${missing.join(' ')}`;
	if (process.getuid?.() !== 0) {
		throw new Error(`Missing Debian packages: ${missing.join(', ')}. Install them with: sudo ${install}`);
	}
	log(`Installing the Debian packages ${missing.join(', ')} (running as root)…`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	for (const args of [
		['update', '-q'],
		['install', '-y', '-q', ...missing],
	]) {
		const apt = spawnSync('apt-get', args, { stdio: 'inherit', env });
		if (apt.status !== 0) {
			throw new Error(`apt-get ${args.join(' ')} failed (exit ${apt.status ?? apt.error}); run it by hand to see why.`);
		}
	}
}

function isInstalled(name) {
	if (executableOf[name]) {
		try {
			accessSync(executableOf[name], constants.X_OK);
			return true;
		} catch {
			return false;
		}
	}
	const query = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
	// Not a Debian system (no dpkg-query): the packages are the writer's to provide, and the steps that need them say so.
	return query.error ? true : query.status === 0 && query.stdout.includes('install ok installed');
}

/** Why node_modules needs `npm ci`, or undefined when it matches package-lock.json. */
export function staleDependencies() {
	if (!existsSync(installedLock)) {
		return 'node_modules is missing';
	}
	if (existsSync(installedHash)) {
		return readFileSync(installedHash, 'utf8').trim() === lockHash() ? undefined : 'package-lock.json changed since the last npm ci';
	}
	return statSync(lockFile).mtimeMs > statSync(installedLock).mtimeMs ? 'package-lock.json is newer than node_modules' : undefined;
}

function ensureDependencies(log) {
	const reason = staleDependencies();
	if (reason) {
		log(`${reason}: running npm ci…`);
		const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: repoRoot, stdio: 'inherit' });
		if (npm.status !== 0) {
			throw new Error(`npm ci failed (exit ${npm.status ?? npm.error}); see above.`);
		}
	}
	// Remembered by content: a checkout that rewrites package-lock.json unchanged does not install again.
	writeFileSync(installedHash, `${lockHash()}\n`);
}

function lockHash() {
	return createHash('sha256').update(readFileSync(lockFile)).digest('hex');
}
