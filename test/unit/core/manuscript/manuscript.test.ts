// The manuscript across files: where a place is, what comes next and before, and what a search finds.
import * as assert from 'assert';
import { analyzeStory } from '../../../../src/core/assembly/analyze';
import { Manuscript, manuscriptFileOf, ManuscriptScene } from '../../../../src/core/manuscript/manuscript';

const ARRIVAL = 'Chapter 1\n\nThe ferry came in at dusk.\n\n* * *\n\nMara met it on the quay.\n';
const NOTES = 'Nothing here but a list of names.\n';
const PARTY = 'Chapter 2\n\nThe party began badly.\n\n* * *\n\nIt ended worse, with the lamp out.\n';

function fileOf(path: string, text: string) {
	return manuscriptFileOf(path, path, text, analyzeStory(text));
}

const manuscript = new Manuscript([fileOf('01-arrival.story', ARRIVAL), fileOf('02-notes.story', ''), fileOf('03-party.story', PARTY)]);
const where = (found: ManuscriptScene | undefined) => found && `${found.file.path} ${found.chapter?.title ?? '-'} › ${found.scene.title}`;

describe('manuscript', () => {
	it('adds up the words and lists every scene in reading order', () => {
		assert.strictEqual(manuscript.words, analyzeStory(ARRIVAL).words + analyzeStory(PARTY).words);
		assert.deepStrictEqual(manuscript.scenes.map(where), [
			'01-arrival.story Chapter 1 › Scene 1',
			'01-arrival.story Chapter 1 › Scene 2',
			'03-party.story Chapter 2 › Scene 1',
			'03-party.story Chapter 2 › Scene 2',
		]);
	});

	it('finds the scene at a place, or the one before a chapter heading', () => {
		assert.strictEqual(where(manuscript.sceneAt('01-arrival.story', ARRIVAL.indexOf('quay'))), '01-arrival.story Chapter 1 › Scene 2');
		assert.strictEqual(manuscript.sceneAt('01-arrival.story', 0), undefined);
		assert.strictEqual(manuscript.sceneAt('elsewhere.story', 0), undefined);
	});

	it('goes to the next scene, and on from the last scene of a file to the first of the next file that has one', () => {
		assert.strictEqual(where(manuscript.nextScene('01-arrival.story', 0)), '01-arrival.story Chapter 1 › Scene 1');
		assert.strictEqual(where(manuscript.nextScene('01-arrival.story', ARRIVAL.indexOf('ferry'))), '01-arrival.story Chapter 1 › Scene 2');
		assert.strictEqual(where(manuscript.nextScene('01-arrival.story', ARRIVAL.indexOf('quay'))), '03-party.story Chapter 2 › Scene 1');
		assert.strictEqual(manuscript.nextScene('03-party.story', PARTY.indexOf('lamp')), undefined);
	});

	it('goes back to the start of the scene, then to the scene before, across files', () => {
		const secondStart = PARTY.indexOf('It ended');
		assert.strictEqual(where(manuscript.previousScene('03-party.story', secondStart + 5)), '03-party.story Chapter 2 › Scene 2');
		assert.strictEqual(where(manuscript.previousScene('03-party.story', secondStart)), '03-party.story Chapter 2 › Scene 1');
		assert.strictEqual(where(manuscript.previousScene('03-party.story', PARTY.indexOf('The party'))), '01-arrival.story Chapter 1 › Scene 2');
		assert.strictEqual(manuscript.previousScene('01-arrival.story', ARRIVAL.indexOf('The ferry')), undefined);
	});

	it('finds scenes by title or first line, letters in order, ignoring case and spaces', () => {
		assert.deepStrictEqual(manuscript.findScenes('lamp out').map(where), ['03-party.story Chapter 2 › Scene 2']);
		assert.deepStrictEqual(manuscript.findScenes('FERRY').map(where), ['01-arrival.story Chapter 1 › Scene 1']);
		assert.strictEqual(manuscript.findScenes('scene 2').length, 2);
		assert.strictEqual(manuscript.findScenes('').length, 4);
		assert.strictEqual(manuscript.findScenes('', 3).length, 3);
	});

	it('finds a scene by who is in it and through whose eyes it is told, once the cast is known', () => {
		const party = analyzeStory(PARTY);
		const cast = {
			...party,
			scenes: party.scenes.map((scene, index) => (index === 1 ? { ...scene, characters: ['Tobias', 'Ivy'], pointOfView: 'Ivy' } : scene)),
		};
		const withCast = new Manuscript([fileOf('01-arrival.story', ARRIVAL), manuscriptFileOf('03-party.story', '03-party.story', PARTY, cast)]);
		assert.deepStrictEqual(withCast.findScenes('tobias').map(where), ['03-party.story Chapter 2 › Scene 2']);
		assert.deepStrictEqual(withCast.findScenes('Ivy').map(where), ['03-party.story Chapter 2 › Scene 2']);
		assert.deepStrictEqual(manuscript.findScenes('tobias'), [], 'no cast, no finding by name');
	});

	it('finds chapters by title', () => {
		assert.deepStrictEqual(
			manuscript.findChapters('chapter2').map(found => found.file.path),
			['03-party.story'],
		);
	});

	it('knows where each scene starts in lines, for files not open in an editor', () => {
		const file = manuscript.file('03-party.story')!;
		assert.deepStrictEqual(file.lines.positionAt(file.scenes[1].start), { line: 6, character: 0 });
	});

	it('reads a file without scenes, and a manuscript without files', () => {
		assert.strictEqual(NOTES.length > 0 && new Manuscript([fileOf('notes.story', NOTES)]).scenes.length, 1);
		assert.strictEqual(Manuscript.empty.nextScene('a', 0), undefined);
		assert.strictEqual(Manuscript.empty.words, 0);
	});
});
