// dist/cli.js, the `dramatis` command: starts the command line (dist/dramatis.js) and, when a doubtful name
// needs tagging, compromise (dist/compromise.js) from V8 code caches the build leaves beside them, so a
// run does not spend its first tens of milliseconds compiling the same code every time. A cache V8 does
// not accept (another Node, a rebuilt bundle) is ignored and the code compiled as usual.

import * as fs from 'fs';
import * as path from 'path';
import * as v8 from 'v8';
import { loadCached, Loaded, writeCache } from './codeCache';

/**
 * V8 flags the command line runs with. Without inlining, TurboFan's background compiles of a long book's
 * hot functions cost about 400 ms less CPU (of about 2 s for War and Peace, on a machine whose two cores
 * the main thread, the tagging thread and those compiles share) and the main thread takes no longer.
 * V8 accepts a code cache only under the flags it was made with, so the build makes the caches under these
 * too (writeCodeCaches).
 */
const V8_FLAGS = '--no-turbo-inlining';

export function useCommandLineFlags(): void {
	v8.setFlagsFromString(V8_FLAGS);
}

/** The command line's bundle, with its `main` (src/cli.ts). */
const MAIN_BUNDLE = 'dramatis.js';
/** Files the command line's bundle requires that are themselves loaded from a cache. */
const CACHED_FILES = ['./compromise.js'];

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
	useCommandLineFlags();
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

/** Set once the reader of the standard output has gone (`dramatis analyze … | head`): the rest is not wanted. */
let readerGone = false;

/**
 * Writes `text` to the standard output as it is, to the end. Written to the file descriptor itself rather
 * than through process.stdout, whose stream machinery (a socket, for a pipe) takes longer to set up than a
 * short story takes to report.
 */
function writeOut(text: string): void {
	let bytes = Buffer.from(text);
	while (bytes.length > 0 && !readerGone) {
		try {
			bytes = bytes.subarray(fs.writeSync(1, bytes));
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code === 'EPIPE') {
				readerGone = true;
			} else if (code === 'EAGAIN') {
				// A pipe its reader left non-blocking and full: wait a moment for the reader.
				Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
			} else {
				throw error;
			}
		}
	}
}

if (require.main === module) {
	useCommandLineFlags();
	process.exitCode = loadCommandLine(__dirname).main(process.argv.slice(2), writeOut, text => process.stderr.write(`${text}\n`));
}
