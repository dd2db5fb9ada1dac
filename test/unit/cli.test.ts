import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli';

function run(...argv: string[]) {
	let stdout = '';
	let stderr = '';
	const code = main(
		argv,
		text => (stdout += text),
		text => (stderr += `${text}\n`),
	);
	return { code, stdout, stderr };
}

describe('cli', () => {
	let folder: string;
	let story: string;
	const text = 'Chapter 1\n\n"Row for the light," said Mara.\n\n* * *\n\nPip rowed.\n';

	before(() => {
		folder = fs.mkdtempSync(path.join(os.tmpdir(), 'dramatis-cli-'));
		story = path.join(folder, 'storm.story');
		fs.writeFileSync(story, text);
		fs.writeFileSync(path.join(folder, 'lamp.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
		fs.writeFileSync(path.join(folder, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
	});

	after(() => fs.rmSync(folder, { recursive: true, force: true }));

	it('reports words, chapters, scenes and quotes as JSON with offsets into the text', () => {
		const { code, stdout } = run('analyze', '--json', story);
		assert.strictEqual(code, 0);
		const [file] = JSON.parse(stdout).files;
		assert.strictEqual(file.path, story);
		assert.strictEqual(file.words, 10);
		assert.deepStrictEqual(file.chapters, [{ title: 'Chapter 1', level: 2, start: 0, end: text.indexOf('rowed.') + 6, words: 10 }]);
		assert.deepStrictEqual(
			file.scenes.map((scene: { title: string; words: number; dialogueWords: number }) => [scene.title, scene.words, scene.dialogueWords]),
			[
				['Scene 1', 6, 4],
				['Scene 2', 2, 0],
			],
		);
		assert.strictEqual(file.quotes.length, 1);
		assert.strictEqual(text.slice(file.quotes[0].start, file.quotes[0].end), '"Row for the light,"');
		assert.strictEqual(file.quotes[0].speaker, 'Mara');
		assert.deepStrictEqual(file.characters, [
			{ name: 'Mara', aliases: [], mentions: 1, lines: 1, tags: { said: 1, asked: 0, other: 0, verbs: {}, adverbs: {}, untagged: 0 } },
		]);
		assert.deepStrictEqual(file.notes, []);
		assert.deepStrictEqual(
			file.scenes.map((scene: { characters: string[] }) => scene.characters),
			[['Mara'], []],
		);
	});

	it('gives a quote no one is known to speak a null speaker', () => {
		const unattributed = path.join(folder, 'unattributed.story');
		fs.writeFileSync(unattributed, '"Row," someone called from the dark.\n');
		const [file] = JSON.parse(run('analyze', '--json', unattributed).stdout).files;
		assert.deepStrictEqual(
			file.quotes.map((quote: { speaker: string | null }) => quote.speaker),
			[null],
		);
	});

	it('prints a readable report without --json', () => {
		const { code, stdout } = run('analyze', story);
		assert.strictEqual(code, 0);
		assert.match(stdout, /storm\.story: 10 words, 1 chapter, 2 scenes, 1 quote/);
		assert.match(stdout, /Chapter 1 › Scene 1: 6 words, 4 in dialogue/);
	});

	it('stops with exit code 2 on a path that does not exist', () => {
		const { code, stderr } = run('analyze', path.join(folder, 'missing.story'));
		assert.strictEqual(code, 2);
		assert.match(stderr, /cannot read '.*missing\.story'/);
	});

	it('reports and skips binary and non-UTF-8 files, and analyses the rest', () => {
		const { code, stdout, stderr } = run('analyze', '--json', path.join(folder, 'lamp.png'), path.join(folder, 'latin1.txt'), story);
		assert.strictEqual(code, 0);
		assert.match(stderr, /skipped '.*lamp\.png': not a UTF-8 text file/);
		assert.match(stderr, /skipped '.*latin1\.txt'/);
		assert.deepStrictEqual(
			JSON.parse(stdout).files.map((file: { path: string }) => file.path),
			[story],
		);
	});

	it('explains its usage on a wrong command or option', () => {
		assert.strictEqual(run('count', story).code, 2);
		assert.strictEqual(run('analyze', '--yaml', story).code, 2);
		assert.match(run('analyze').stderr, /Usage: dramatis analyze/);
	});
});
