import * as assert from 'assert';
import { analyzeStory, findCast, NameTagger } from '../../../../src/core';

// One tagger for the file: compromise's lexicon loads once.
const tagger = new NameTagger();

function names(text: string): string[] {
	return findCast([analyzeStory(text)], tagger).characters.map(character => character.name);
}

describe('cast: names the prose gives only in passing', () => {
	it('keeps a man called by an English word after `Mr.`: a title only people bear', () => {
		const text = [
			'The market was nearly empty. Pell went down the row of stalls to the corner, where a brisk little seller of pans sat in the wind.',
			'',
			'"Trade is slow, Brisk," said Pell.',
			'',
			'"Slow and cold," answered the seller. "But it picks up."',
			'',
			"Pell went on, and the corner was bereft of Mr. Brisk's company. By then Mr. Brisk had gone back to his stool, and the brisk crowd passed him by.",
			'',
			'"Good night," said Pell to the boy at the gate, in a brisk voice.',
		].join('\n');
		assert.ok(names(text).includes('Mr. Brisk'), names(text).join(', '));
	});

	it('keeps a name said once, to someone addressed with an endearment after it (`Tilly dear,`)', () => {
		const text = [
			'The two old women sat by the stove in the back room, and talked low while the kettle sang.',
			'',
			'"Has he woken at all, Tilly dear, since I went out?" asked the one by the door.',
			'',
			'"Not once," answered the other. "He sleeps like the dead."',
			'',
			'Mrs. Pell came down the stairs then, and the two old women stood up.',
		].join('\n');
		assert.deepStrictEqual([...names(text)].sort(), ['Mrs. Pell', 'Tilly']);
	});
});
