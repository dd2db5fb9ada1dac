// The manuscript index: texts in, a slice of work at a time; open documents' models taken as they are.
import * as assert from 'assert';
import { analyzeStory, updateStory } from '../../../../src/core/assembly/analyze';
import { ManuscriptIndex } from '../../../../src/core/manuscript/manuscriptIndex';
import { DEFAULT_OPTIONS } from '../../../../src/core/assembly/options';

const chapter = (number: number, paragraphs: number) =>
	[`Chapter ${number}`, ...Array.from({ length: paragraphs }, (_, index) => `The gulls came back for the ${index + 1}th time, before the boats did.`)].join(
		'\n\n',
	);
const source = (path: string, text: string) => ({ id: `file:///${path}`, path, text, options: DEFAULT_OPTIONS });

function workToEnd(index: ManuscriptIndex, yieldEvery: number): number {
	let asks = 0;
	let turns = 1;
	while (!index.work(() => ++asks % yieldEvery === 0)) {
		turns++;
		assert.ok(turns < 100_000, 'the index finishes');
	}
	return turns;
}

describe('manuscriptIndex', () => {
	it('indexes every queued file in reading order, yielding whenever asked', () => {
		const index = new ManuscriptIndex();
		for (const number of [10, 2, 1]) {
			index.enqueue(source(`${number}-chapter.story`, chapter(number, 300)));
		}
		assert.strictEqual(index.pending, 3);
		const turns = workToEnd(index, 1);
		assert.ok(turns > 3, `yields inside long files, not only between them (${turns} turns)`);
		assert.strictEqual(index.pending, 0);
		const { manuscript } = index;
		assert.deepStrictEqual(
			manuscript.files.map(file => file.path),
			['1-chapter.story', '2-chapter.story', '10-chapter.story'],
		);
		assert.strictEqual(manuscript.words, 3 * (2 + 300 * 12));
		assert.deepStrictEqual(manuscript.files[0].chapters, analyzeStory(chapter(1, 300)).chapters);
	});

	it('takes an open document’s model as it is, and replaces the file after an edit', () => {
		const index = new ManuscriptIndex();
		const text = chapter(1, 2);
		index.enqueue(source('1.story', text));
		index.enqueue(source('2.story', chapter(2, 2)));
		workToEnd(index, 1000);
		const model = analyzeStory(text);
		const edited = `${text}\n\n* * *\n\nThe lamp went out.`;
		index.setModel(
			'file:///1.story',
			'1.story',
			edited,
			updateStory(model, edited, [{ start: text.length, end: text.length, text: edited.slice(text.length) }]),
		);
		assert.deepStrictEqual(
			index.manuscript.files.map(file => file.scenes.length),
			[2, 1],
		);
		assert.strictEqual(index.manuscript.words, 2 * (2 + 2 * 12) + 4);
	});

	it('drops a queued text when a newer one of the same file arrives, and a removed file', () => {
		const index = new ManuscriptIndex();
		index.enqueue(source('1.story', chapter(1, 1)));
		index.enqueue(source('1.story', chapter(7, 1)));
		index.enqueue(source('2.story', chapter(2, 1)));
		workToEnd(index, 1000);
		assert.deepStrictEqual(
			index.manuscript.files.map(file => file.chapters[0].title),
			['Chapter 7', 'Chapter 2'],
		);
		index.remove('file:///1.story');
		assert.deepStrictEqual(
			index.manuscript.files.map(file => file.path),
			['2.story'],
		);
		assert.strictEqual(index.has('file:///1.story'), false);
	});

	it('stops analysing a file that changes while it is being read, and reads the new text', () => {
		const index = new ManuscriptIndex();
		index.enqueue(source('1.story', chapter(1, 500)));
		assert.strictEqual(
			index.work(() => true),
			false,
		);
		index.enqueue(source('1.story', chapter(9, 1)));
		workToEnd(index, 1000);
		assert.deepStrictEqual(
			index.manuscript.files.map(file => file.chapters[0].title),
			['Chapter 9'],
		);
	});

	it('follows the writer’s order list', () => {
		const index = new ManuscriptIndex();
		for (const path of ['a.story', 'b.story', 'c.story']) {
			index.enqueue(source(path, chapter(1, 1)));
		}
		workToEnd(index, 1000);
		index.setOrder(['c.story', 'a.story']);
		assert.deepStrictEqual(
			index.manuscript.files.map(file => file.path),
			['c.story', 'a.story', 'b.story'],
		);
	});

	it('hands out the same snapshot until something changes', () => {
		const index = new ManuscriptIndex();
		index.enqueue(source('1.story', chapter(1, 1)));
		workToEnd(index, 1000);
		const first = index.manuscript;
		assert.strictEqual(index.manuscript, first);
		index.remove('file:///1.story');
		assert.notStrictEqual(index.manuscript, first);
	});

	it('gives a file its scenes’ cast, and keeps it through an edit that leaves the scenes as they were', () => {
		const text = 'Chapter 1\n\nMara lit the lamp.\n\n* * *\n\nTobias rowed out.\n';
		const index = new ManuscriptIndex();
		const model = analyzeStory(text);
		index.setModel('file:///a.story', 'a.story', text, model);
		const cast = model.scenes.map((scene, at) => ({ ...scene, characters: [at === 0 ? 'Mara' : 'Tobias'], pointOfView: at === 0 ? 'Mara' : 'Tobias' }));
		assert.ok(index.castScenes('file:///a.story', cast));
		assert.ok(!index.castScenes('file:///a.story', cast), 'the same cast again changes nothing');
		assert.deepStrictEqual(
			index.manuscript.files[0].scenes.map(scene => scene.characters),
			[['Mara'], ['Tobias']],
		);

		const edited = text.replace('lit', 'trimmed');
		const editedModel = updateStory(model, (start, end) => edited.slice(start, end), [
			{ start: text.indexOf('lit'), end: text.indexOf('lit') + 3, text: 'trimmed' },
		]);
		assert.ok(!index.castScenes('file:///b.story', cast), 'a file the index does not hold');
		index.setModel('file:///a.story', 'a.story', edited, editedModel);
		assert.deepStrictEqual(
			index.manuscript.files[0].scenes.map(scene => [scene.characters, scene.pointOfView, scene.end]),
			editedModel.scenes.map((scene, at) => [[at === 0 ? 'Mara' : 'Tobias'], at === 0 ? 'Mara' : 'Tobias', scene.end]),
		);
		assert.ok(!index.castScenes('file:///a.story', cast), 'a cast found for scenes the file no longer has is not taken');
	});
});
