// Code run from V8 code caches: a file compiled once, its compiled code kept beside it (`file.cache`) and
// given to V8 the next time, so a short process does not spend its first tens of milliseconds compiling
// the same code on every run. A cache V8 does not accept (another Node) is ignored and the code compiled
// as usual. The command line and its tagging thread start this way (cliStart, cliTaggerThread).

import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';

export interface Loaded {
	readonly file: string;
	readonly exports: unknown;
	/** The script compiled, for the build to take its code cache from once it has run. */
	readonly script: vm.Script;
	readonly cacheRejected: boolean;
}

/** The file a code cache for `file` is kept in. */
export function cacheFileOf(file: string): string {
	return `${file}.cache`;
}

/**
 * What a cache is for: V8 checks only that the source is as long as the one the cache was made from, so a
 * rebuilt file of the same length would run stale code. The cache starts with this line, and is used only
 * while the file is still the one it was made from.
 */
function stampOf(file: string): string {
	const { size, mtimeMs } = fs.statSync(file);
	return `${size} ${mtimeMs}\n`;
}

/** The code cache kept for `file`, if it was made from the file as it is now. */
function readCache(file: string): Buffer | undefined {
	let cache: Buffer;
	try {
		cache = fs.readFileSync(cacheFileOf(file));
	} catch {
		return undefined;
	}
	const stamp = stampOf(file);
	return cache.toString('latin1', 0, stamp.length) === stamp ? cache.subarray(stamp.length) : undefined;
}

/**
 * Runs the CommonJS file `file` as `require` would and gives its exports, compiled from its code cache
 * when there is one V8 accepts. `requireFrom` serves the file's own requires.
 */
export function loadCached(file: string, requireFrom: (id: string) => unknown): Loaded {
	const source = fs.readFileSync(file, 'utf8');
	const cachedData = readCache(file);
	// The wrapper require gives every CommonJS file, on one line so the bundle's line numbers stay as they are.
	const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
	const script = new vm.Script(wrapped, { filename: file, cachedData });
	const module = { exports: {} as unknown };
	const run = script.runInThisContext() as (exports: unknown, require: unknown, module: unknown, filename: string, dirname: string) => void;
	run.call(module.exports, module.exports, requireFrom, module, file, path.dirname(file));
	return { file, exports: module.exports, script, cacheRejected: cachedData === undefined || script.cachedDataRejected === true };
}

/** Writes the code cache of `loaded`, stamped with the file it was made from. */
export function writeCache({ file, script }: Loaded): void {
	fs.writeFileSync(cacheFileOf(file), Buffer.concat([Buffer.from(stampOf(file), 'latin1'), script.createCachedData()]));
}
