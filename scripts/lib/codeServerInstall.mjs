// Installs code-server, a real VS Code (the Node extension host, the real `vscode` API) served to a browser,
// into a git-ignored cache on first use. Desktop VS Code cannot be downloaded on our machines, and
// code-server stays out of package.json because its postinstall builds native modules for a minute.
// The recipe and its reasons: ../shared/docs/REAL-VSCODE.md.
import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cacheRoot } from './paths.mjs';
import { requireExecutable, ripgrepPath } from './prerequisites.mjs';

export const codeServerVersion = '4.100.3';
const installDir = join(cacheRoot, `code-server-${codeServerVersion}`);
const installedMarker = join(installDir, '.installed');
const installLog = join(cacheRoot, `code-server-${codeServerVersion}.install.log`);
export const codeServerEntry = join(installDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

// @vscode/ripgrep's postinstall downloads this archive from GitHub unless it finds it in $TMPDIR.
const ripgrepArchive = {
	x64: 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz',
	arm64: 'ripgrep-v13.0.0-10-aarch64-unknown-linux-musl.tar.gz',
};
const ripgrepCacheDir = 'vscode-ripgrep-cache-1.15.11';

export function isCodeServerInstalled() {
	return existsSync(installedMarker) && existsSync(codeServerEntry);
}

/** Returns the path of code-server's entry script, installing it first when the cache lacks it. */
export function ensureCodeServer({ log = console.log } = {}) {
	if (isCodeServerInstalled()) return codeServerEntry;
	checkCanInstall();
	log(`Installing code-server ${codeServerVersion} into ${installDir} (about a minute, once)…`);
	// A half-finished install (no marker) is not trusted: start over.
	rmSync(installDir, { recursive: true, force: true });
	const tmpDir = join(installDir, 'tmp');
	seedRipgrepCache(tmpDir);
	writeFileSync(join(installDir, 'package.json'), JSON.stringify({ private: true, dependencies: { 'code-server': codeServerVersion } }, null, 2));
	const started = Date.now();
	const logFd = openSync(installLog, 'w');
	const npm = spawnSync('npm', ['install', '--omit=dev', '--no-audit', '--no-fund'], {
		cwd: installDir,
		env: installEnv(tmpDir),
		stdio: ['ignore', logFd, logFd],
	});
	closeSync(logFd);
	if (npm.status !== 0 || !existsSync(codeServerEntry)) {
		const tail = readFileSync(installLog, 'utf8').split('\n').slice(-40).join('\n');
		throw new Error(
			`Installing code-server ${codeServerVersion} failed (npm exit ${npm.status ?? npm.error}). ` +
				`Last lines of ${installLog}:\n${tail}\n` +
				'It needs the npm registry and, for its native modules, the Debian packages ' +
				'libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config and a C++ toolchain.',
		);
	}
	rmSync(tmpDir, { recursive: true, force: true });
	writeFileSync(installedMarker, `${codeServerVersion}\n`);
	log(`Installed code-server ${codeServerVersion} in ${Math.round((Date.now() - started) / 1000)} s.`);
	return codeServerEntry;
}

function checkCanInstall() {
	requireExecutable(ripgrepPath);
	const nodeMajor = Number(process.versions.node.split('.')[0]);
	if (nodeMajor !== 20) {
		throw new Error(`code-server ${codeServerVersion} needs Node 20 (its engines field); this is Node ${process.versions.node}.`);
	}
	if (!ripgrepArchive[process.arch]) {
		throw new Error(`No ripgrep archive name known for ${process.arch}; @vscode/ripgrep would try GitHub.`);
	}
}

function seedRipgrepCache(tmpDir) {
	const cacheDir = join(tmpDir, ripgrepCacheDir);
	const stage = join(tmpDir, 'rg-stage');
	mkdirSync(cacheDir, { recursive: true });
	mkdirSync(stage, { recursive: true });
	copyFileSync(ripgrepPath, join(stage, 'rg'));
	const tar = spawnSync('tar', ['-czf', join(cacheDir, ripgrepArchive[process.arch]), '-C', stage, 'rg'], {
		stdio: 'inherit',
	});
	if (tar.status !== 0) throw new Error('Could not pack /usr/bin/rg for the @vscode/ripgrep cache (tar failed).');
}

function installEnv(tmpDir) {
	const env = {
		...process.env,
		// @vscode/ripgrep looks for its seeded archive under the OS temp dir.
		TMPDIR: tmpDir,
		// As root, code-server's postinstall stops unless it sees unsafe-perm (npm 11 calls it unknown but passes it on).
		npm_config_unsafe_perm: 'true',
		// node-pty's postinstall runs `npx node-gyp`; a `yes=false` npmrc would make npx cancel.
		npm_config_yes: 'true',
		// npm 11 skips dependency install scripts unless allowed. code-server's postinstall runs its own
		// `npm install` inside lib/vscode, whose package.json we do not control, so a per-package allowScripts
		// cannot reach the native modules built there. Allow all, for this pinned install only.
		npm_config_dangerously_allow_all_scripts: 'true',
		npm_config_update_notifier: 'false',
	};
	// node-gyp would download Node's headers from nodejs.org, unreachable here; use the installed ones.
	const nodePrefix = dirname(dirname(process.execPath));
	if (!env.npm_config_nodedir && existsSync(join(nodePrefix, 'include', 'node', 'common.gypi'))) {
		env.npm_config_nodedir = nodePrefix;
	}
	return env;
}
