import * as assert from 'assert';
import { analyzeStory, findCast, NameTagger, renamedNames, renameEdits, wordSwaps } from '../../../../src/core';

const tagger = new NameTagger();

/** The text after applying the edits that rename `name`'s character with `swaps`. */
function renamed(text: string, name: string, from: string, to: string): string {
	const cast = findCast([analyzeStory(text)], tagger);
	const character = cast.characters.find(found => found.name === name);
	assert.ok(character, `${name} is a character`);
	const edits = renameEdits(character, wordSwaps(from, to)).sort((a, b) => b.start - a.start);
	return edits.reduce((result, edit) => result.slice(0, edit.start) + edit.text + result.slice(edit.end), text);
}

describe('rename', () => {
	it('swaps only the words that change', () => {
		assert.deepStrictEqual([...wordSwaps('Karen Cartwright', 'Kara Cartwright')], [['Karen', 'Kara']]);
		assert.deepStrictEqual([...wordSwaps('Karen', 'Kara Jane')], [['Karen', 'Kara Jane']]);
		assert.deepStrictEqual([...wordSwaps('Karen', 'Karen')], []);
	});

	it('renames every alias form, possessives and shouting included, and nothing else', () => {
		const text = 'Karen Cartwright sang. "Karen!" said Dev. Karen\'s voice rose. KAREN, said the poster. Karenina was a book. Dev said Karen was tired.';
		assert.strictEqual(
			renamed(text, 'Karen', 'Karen', 'Kara'),
			'Kara Cartwright sang. "Kara!" said Dev. Kara\'s voice rose. KARA, said the poster. Karenina was a book. Dev said Kara was tired.',
		);
	});

	it('renames across a line break inside a name', () => {
		assert.strictEqual(
			renamed('Anna Pellow said hello. Later Anna\nPellow said goodbye. Anna said.', 'Anna Pellow', 'Anna Pellow', 'Anna Quill'),
			'Anna Quill said hello. Later Anna\nQuill said goodbye. Anna said.',
		);
	});

	it('renames the names a cast file holds', () => {
		assert.deepStrictEqual(renamedNames(['Karen', 'Karen Cartwright', 'Iowa'], wordSwaps('Karen', 'Kara')), [
			['Karen', 'Kara'],
			['Karen Cartwright', 'Kara Cartwright'],
		]);
	});
});
