// The `dramatis` command as built (dist/cli.js): it starts the CLI's bundle and compromise from code
// caches the build made, uses a cache only while its file is unchanged, and writes what the CLI's own
// main writes, the lexicon's word classes looked up in the build's table rather than in compromise.
import * as assert from 'assert';
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli';
import { TaggerThread } from '../../src/cliTaggerThread';
import { cacheFileOf } from '../../src/codeCache';
import { loadCommandLine, writeCodeCaches } from '../../src/cliStart';

const repoRoot = path.resolve(__dirname, '../../..');

describe('the dramatis command', () => {
	describe('code caches', () => {
		let folder: string;

		beforeEach(() => {
			folder = fs.mkdtempSync(path.join(os.tmpdir(), 'dramatis-cli-start-'));
			// A bundle that, like the CLI's, requires compromise beside it only when asked to tag.
			fs.writeFileSync(
				path.join(folder, 'dramatis.js'),
				`exports.main = (argv, stdout) => { stdout(argv[0] === 'tag' ? require('./compromise.js').tag(argv[1]) : 'words: ' + argv.length); return 0; };\n`,
			);
			fs.writeFileSync(path.join(folder, 'compromise.js'), `exports.tag = text => text.toUpperCase() + ' ' + require('path').basename(__filename);\n`);
		});

		afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

		function runIn(argv: string[]) {
			const { main: bundled, loaded } = loadCommandLine(folder);
			let stdout = '';
			assert.strictEqual(
				bundled(
					argv,
					text => (stdout += text),
					() => undefined,
				),
				0,
			);
			return { stdout, rejected: loaded.map(({ file, cacheRejected }) => [path.basename(file), cacheRejected]) };
		}

		it('are made for every file a run loads, and used by the next run', () => {
			assert.deepStrictEqual(runIn(['tag', 'dev']), {
				stdout: 'DEV compromise.js',
				rejected: [
					['dramatis.js', true],
					['compromise.js', true],
				],
			});
			writeCodeCaches(folder, [['tag', 'dev']]);
			assert.ok(fs.statSync(cacheFileOf(path.join(folder, 'dramatis.js'))).size > 0);
			assert.ok(fs.statSync(cacheFileOf(path.join(folder, 'compromise.js'))).size > 0);
			assert.deepStrictEqual(runIn(['tag', 'dev']), {
				stdout: 'DEV compromise.js',
				rejected: [
					['dramatis.js', false],
					['compromise.js', false],
				],
			});
			// A run that tags nothing never loads compromise.
			assert.deepStrictEqual(runIn(['analyze', 'a', 'b']), { stdout: 'words: 3', rejected: [['dramatis.js', false]] });
		});

		it('are not used once the file has changed, even to the same length', () => {
			writeCodeCaches(folder, [['tag', 'dev']]);
			const compromise = path.join(folder, 'compromise.js');
			const changed = fs.readFileSync(compromise, 'utf8').replace('toUpperCase', 'toLowerCase');
			// A second later, as a rebuild would be.
			fs.writeFileSync(compromise, changed);
			const later = new Date(fs.statSync(compromise).mtimeMs + 1000);
			fs.utimesSync(compromise, later, later);
			assert.deepStrictEqual(runIn(['tag', 'Dev']), {
				stdout: 'dev compromise.js',
				rejected: [
					['dramatis.js', false],
					['compromise.js', true],
				],
			});
		});
	});

	describe('as built', () => {
		const cli = path.join(repoRoot, 'dist', 'cli.js');
		const samples = fs.readdirSync(path.join(repoRoot, 'samples')).map(name => path.join(repoRoot, 'samples', name));

		let folder: string;
		/** Past the length from which compromise loads in a thread: the samples, one after another, over again. */
		let book: string;

		before(() => {
			assert.ok(fs.existsSync(cli), `${cli} is missing: run \`npm run build\` before the unit tests.`);
			folder = fs.mkdtempSync(path.join(os.tmpdir(), 'dramatis-cli-book-'));
			book = path.join(folder, 'book.story');
			const stories = samples.map(sample => fs.readFileSync(sample, 'utf8')).join('\n\n* * *\n\n');
			fs.writeFileSync(book, Array.from({ length: Math.ceil(120_000 / stories.length) }, () => stories).join('\n\n* * *\n\n'));
		});

		after(() => fs.rmSync(folder, { recursive: true, force: true }));

		it('runs from code caches V8 accepts under the flags the command line sets', () => {
			// V8 rejects a cache made under other flags; the command would then compile everything, as before caches.
			const script = `const start = require(${JSON.stringify(cli)});
				start.useCommandLineFlags();
				const { main, loaded } = start.loadCommandLine(${JSON.stringify(path.dirname(cli))});
				main(['analyze', ${JSON.stringify(samples.find(sample => sample.includes('lamp')))}], () => undefined, () => undefined);
				process.stdout.write(JSON.stringify(loaded.map(({ file, cacheRejected }) => [require('path').basename(file), cacheRejected])));`;
			const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
			assert.strictEqual(result.status, 0, result.stderr);
			assert.deepStrictEqual(JSON.parse(result.stdout), [
				['dramatis.js', false],
				['compromise.js', false],
			]);
		});

		it("tags windows in compromise's thread as compromise does here", () => {
			const thread = TaggerThread.start(path.join(repoRoot, 'dist'));
			assert.ok(thread, 'the thread starts from dist/');
			try {
				// eslint-disable-next-line @typescript-eslint/no-require-imports
				const nlp = require('compromise/two') as (text: string) => { docs: { text: string; tags: Set<string> }[][] };
				const windows = [
					'Mrs. Aldous walked down to Gullhaven with Tom.',
					'"Come in," said Dev, and Rose Hill was dark.',
					'Still, Grace wrote back from Iowa.',
				];
				for (const window of windows) {
					const here = nlp(window)
						.docs.flat()
						.map(({ text, tags }) => ({ text, tags: [...tags] }));
					const there: { text: string; tags: string[] }[] | undefined = thread.tag(window)?.map(({ text, tags }) => ({ text, tags: [...tags] }));
					assert.deepStrictEqual(there, here);
					// Names tagged as people and places, not every word alike.
					assert.ok(here.some(term => term.tags.includes('Person') || term.tags.includes('Place')));
				}
			} finally {
				thread.stop();
			}
		});

		it('writes what main writes for a book long enough to tag in a thread', () => {
			const built = spawnSync(process.execPath, [cli, 'analyze', '--json', book], { encoding: 'utf8' });
			assert.strictEqual(built.status, 0, built.stderr);
			let stdout = '';
			main(
				['analyze', '--json', book],
				text => (stdout += text),
				() => undefined,
			);
			assert.strictEqual(built.stdout, stdout);
		});

		it('stops quietly when its reader stops reading (`dramatis analyze … | head`)', async () => {
			// The book's report is longer than a pipe holds, so the command is still writing when the pipe closes.
			const child = spawn(process.execPath, [cli, 'analyze', '--json', book, book], { stdio: ['ignore', 'pipe', 'pipe'] });
			let stderr = '';
			child.stderr.on('data', chunk => (stderr += chunk));
			// The first piece read, the pipe is closed, as head closes it.
			await new Promise(resolve => child.stdout.once('data', resolve));
			child.stdout.destroy();
			const code = await new Promise(resolve => child.on('close', resolve));
			assert.deepStrictEqual({ code, stderr }, { code: 0, stderr: '' });
		});

		for (const json of [false, true]) {
			it(`writes what main writes for every sample${json ? ' as JSON' : ''}, compromise's lexicon or not`, () => {
				const argv = ['analyze', ...(json ? ['--json'] : []), ...samples];
				const built = spawnSync(process.execPath, [cli, ...argv], { encoding: 'utf8' });
				assert.strictEqual(built.status, 0, built.stderr);
				let stdout = '';
				main(
					argv,
					text => (stdout += text),
					() => undefined,
				);
				assert.ok(samples.length >= 3 && stdout.includes(json ? '"aliases": [' : 'Cast: '), 'the samples have a cast');
				assert.strictEqual(built.stdout, stdout);
			});
		}
	});
});
