// dist/cli.js, the `dramatis` command: starts the command line (dist/dramatis.js) and, when a doubtful name
// needs tagging, compromise (dist/compromise.js) from V8 code caches the build leaves beside them, so a
// run does not spend its first tens of milliseconds compiling the same code every time. A cache V8 does
// not accept (another Node, a rebuilt bundle) is ignored and the code compiled as usual.

import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';

/** The command line's bundle, with its `main` (src/cli.ts). */
const MAIN_BUNDLE = 'dramatis.js';
/** Files the command line's bundle requires that are themselves loaded from a cache. */
const CACHED_FILES = ['./compromise.js'];

interface Loaded {
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
function writeCache({ file, script }: Loaded): void {
	fs.writeFileSync(cacheFileOf(file), Buffer.concat([Buffer.from(stampOf(file), 'latin1'), script.createCachedData()]));
}

/** The command line's bundle in `folder`, with compromise beside it loaded through its cache too. */
export function loadCommandLine(folder: string): { main: typeof import('./cli').main; loaded: Loaded[] } {
	const loaded: Loaded[] = [];
	const load = (file: string) => {
		const result = loadCached(file, requireFrom);
		loaded.push(result);
		return result.exports;
	};
	const cached = new Map<string, unknown>();
	function requireFrom(id: string): unknown {
		if (!CACHED_FILES.includes(id)) {
			// Node's own modules (fs, path), as the bundle asks for them by name.
			// eslint-disable-next-line @typescript-eslint/no-require-imports
			return require(id);
		}
		if (!cached.has(id)) {
			cached.set(id, load(path.join(folder, id)));
		}
		return cached.get(id);
	}
	const { main } = load(path.join(folder, MAIN_BUNDLE)) as typeof import('./cli');
	return { main, loaded };
}

/**
 * For the build: runs the command line on `args` with its output thrown away, then writes the code
 * cache of every file it loaded, which then holds the functions that run compiled as well as the top level.
 */
export function writeCodeCaches(folder: string, args: readonly string[][]): void {
	const { main, loaded } = loadCommandLine(folder);
	for (const run of args) {
		const code = main(
			run,
			() => undefined,
			text => {
				throw new Error(`The command line failed while warming its code cache: ${text}`);
			},
		);
		if (code !== 0) {
			throw new Error(`The command line exited with ${code} while warming its code cache.`);
		}
	}
	loaded.forEach(writeCache);
}

if (require.main === module) {
	process.exitCode = loadCommandLine(__dirname).main(
		process.argv.slice(2),
		text => process.stdout.write(text),
		text => process.stderr.write(`${text}\n`),
	);
}
