import * as assert from 'assert';
import { analyzeStory, dialogueTags, dialogueTagTable, findCast, NameTagger, tagExampleText } from '../../../../src/core';

const tagger = new NameTagger();

const FERRY = [
	'"The ferry is late," said Ida.',
	'',
	'"It always is," Felix muttered.',
	'',
	'"Then we wait," Ida said softly. "We have the time."',
	'',
	'"Do we?" asked Felix.',
	'',
	'Ida shrugged. "Ask the tide."',
	'',
	'"I would rather ask the captain," Felix growled.',
	'',
	'"Or the gulls," Felix grumbled. "They know."',
].join('\n');

describe('dialogue tag table', () => {
	const model = analyzeStory(FERRY);
	const cast = findCast([model], tagger);
	const table = dialogueTagTable(dialogueTags([model], cast), cast);

	it('gives a row per speaker, most lines first, and the whole book, each split into said or asked, other verbs and no tag', () => {
		const rows = table.characters.map(({ name, lines, said, asked, other, untagged, adverbs }) => ({ name, lines, said, asked, other, untagged, adverbs }));
		assert.deepStrictEqual(rows, [
			{ name: 'Felix', lines: 5, said: 0, asked: 1, other: 4, untagged: 0, adverbs: 0 },
			{ name: 'Ida', lines: 4, said: 3, asked: 0, other: 0, untagged: 1, adverbs: 1 },
		]);
		const { name, lines, said, asked, other, untagged } = table.book;
		assert.deepStrictEqual({ name, lines, said, asked, other, untagged }, { name: undefined, lines: 9, said: 3, asked: 1, other: 4, untagged: 1 });
	});

	it('names the verbs and adverbs used most, most first', () => {
		assert.deepStrictEqual(table.characters[0].verbs, [
			{ word: 'grumbled', count: 2 },
			{ word: 'growled', count: 1 },
			{ word: 'muttered', count: 1 },
		]);
		assert.deepStrictEqual(table.characters[1].adverbWords, [{ word: 'softly', count: 1 }]);
	});
});

describe('tag example text', () => {
	it('is the paragraph of a short quote, on one line', () => {
		const story = '"Hold the rope,"\nsaid Ida. "Both hands."';
		const model = analyzeStory(story);
		assert.strictEqual(tagExampleText(model, model.dialogue[0]), '"Hold the rope," said Ida. "Both hands."');
	});

	it('cuts a long paragraph around its quote, the tag after it kept in sight', () => {
		const before = 'The harbour wall ran out into the grey water and the gulls sat on it in a row, '.repeat(4);
		const after = ' The rope slid through her fingers and the boat drifted away from the wall while the gulls watched.'.repeat(3);
		const story = `${before}"Hold it," Ida hissed.${after}`;
		const model = analyzeStory(story);
		const shown = tagExampleText(model, model.dialogue[0]);
		assert.ok(shown.startsWith('…') && shown.endsWith('…'), shown);
		assert.ok(shown.includes('"Hold it," Ida hissed.'), shown);
		assert.ok(shown.length <= 245, `${shown.length} characters`);
	});
});
