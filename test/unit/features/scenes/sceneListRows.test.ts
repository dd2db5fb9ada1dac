// The rows of Go to Scene…: files as headers when there are several, each scene with its chapter, words,
// point of view and cast, and the list opening on the scene at the cursor.
import * as assert from 'assert';
import { analyzeStory, Scene } from '../../../../src/core';
import { SceneSource, sceneListRows } from '../../../../src/features/scenes/sceneListRows';

const words = (count: number) => `${count} words`;

const HARBOUR = 'Chapter 1\n\nThe boats came in at dusk.\n\n* * *\n\n"Any fish?" asked Nell.\n';
const STORM = 'The storm broke the mast.\n';

function source(key: string, path: string, text: string, casts: Partial<Scene>[] = []): SceneSource {
	const model = analyzeStory(text);
	return { key, path, chapters: model.chapters, scenes: model.scenes.map((scene, index) => ({ ...scene, ...casts[index] })) };
}

describe('sceneListRows', () => {
	it('lists each scene with its chapter, words, point of view and the rest of its cast', () => {
		const harbour = source('file:///harbour.story', 'harbour.story', HARBOUR, [
			{},
			{ pointOfView: 'Nell', characters: ['Nell', 'Abe', 'Ruth', 'Sol', 'Tam', 'Wyn'] },
		]);
		const { rows } = sceneListRows([harbour], undefined, words);
		assert.deepStrictEqual(rows, [
			{
				kind: 'scene',
				label: '$(symbol-event) Scene 1',
				description: 'Chapter 1 · 6 words',
				detail: 'The boats came in at dusk.',
				source: 0,
				start: HARBOUR.indexOf('The boats'),
			},
			{
				kind: 'scene',
				label: '$(symbol-event) Scene 2',
				// The point of view leads; four more of the cast follow.
				description: 'Chapter 1 · 4 words · POV Nell · Abe, Ruth, Sol, Tam',
				detail: '"Any fish?" asked Nell.',
				source: 0,
				start: HARBOUR.indexOf('"Any fish'),
			},
		]);
	});

	it('heads each file with its path when there are several, and leaves out a file with no scenes', () => {
		const sources = [source('file:///a', 'a/harbour.story', HARBOUR), source('file:///empty', 'empty.story', ''), source('file:///b', 'b/storm.story', STORM)];
		const { rows } = sceneListRows(sources, undefined, words);
		assert.deepStrictEqual(
			rows.map(row => (row.kind === 'file' ? `# ${row.label}` : `${row.source} ${row.label}`)),
			['# a/harbour.story', '0 $(symbol-event) Scene 1', '0 $(symbol-event) Scene 2', '# b/storm.story', '2 $(symbol-event) Scene 1'],
		);
	});

	it('opens on the scene that holds the cursor, in the cursor’s own file', () => {
		const sources = [source('file:///a', 'a.story', HARBOUR), source('file:///b', 'b.story', STORM)];
		const inSecondScene = sceneListRows(sources, { key: 'file:///a', cursor: HARBOUR.indexOf('fish') }, words);
		assert.strictEqual(inSecondScene.current, 2);
		const inOtherFile = sceneListRows(sources, { key: 'file:///b', cursor: 3 }, words);
		assert.strictEqual(inOtherFile.current, 4);
		assert.deepStrictEqual(inOtherFile.rows[4], {
			kind: 'scene',
			label: '$(symbol-event) Scene 1',
			description: '5 words',
			detail: STORM.trim(),
			source: 1,
			start: 0,
		});
	});

	it('opens on no scene when the cursor is before the first, or in no listed file', () => {
		const sources = [source('file:///a', 'a.story', HARBOUR)];
		assert.strictEqual(sceneListRows(sources, { key: 'file:///a', cursor: 0 }, words).current, undefined);
		assert.strictEqual(sceneListRows(sources, { key: 'file:///elsewhere', cursor: 40 }, words).current, undefined);
	});
});
