import * as assert from 'assert';
import { analyzeStory, dialogueTags, findCast, NameTagger } from '../../../../src/core';

const tagger = new NameTagger();

const KITCHEN = [
	'"Where is the salt?" asked Ida.',
	'',
	'"In the cupboard," said Felix softly.',
	'',
	'"Which cupboard?" Ida hissed.',
	'',
	'Felix pointed. "That one."',
	'',
	'"You could have said," Ida said. Felix shrugged.',
].join('\n');

describe('dialogue tags', () => {
	it('counts said, asked, the other verbs, adverbs after a tag and untagged lines, per character and for the book', () => {
		const model = analyzeStory(KITCHEN);
		const cast = findCast([model], tagger);
		const { characters, book } = dialogueTags([model], cast);
		const of = (name: string) => {
			const index = cast.characters.findIndex(character => character.name === name);
			assert.ok(index >= 0, `${name} is in the cast`);
			const { lines, said, asked, otherVerbs, adverbs, untagged } = characters[index];
			return { lines, said, asked, otherVerbs, adverbs, untagged };
		};
		assert.deepStrictEqual(of('Ida'), { lines: 3, said: 1, asked: 1, otherVerbs: { hissed: 1 }, adverbs: {}, untagged: 0 });
		assert.deepStrictEqual(of('Felix'), { lines: 2, said: 1, asked: 0, otherVerbs: {}, adverbs: { softly: 1 }, untagged: 1 });
		assert.strictEqual(book.lines, 5);
		assert.strictEqual(book.untagged, 1);
		assert.deepStrictEqual(
			book.examples.other.map(example => KITCHEN.slice(example.start, example.end)),
			['"Which cupboard?"'],
		);
	});

	it('gives a quote that goes on after its tag, in the same paragraph, the same tag', () => {
		const story = [
			'"The lamp is out," Tobias said. "Someone has been up here."',
			'',
			'"Not me," Mara said softly. "I was asleep."',
			'',
			'"Then who?" Tobias asked. Mara looked away. "The wind?"',
			'',
			'"Go back to bed." Tobias turned to the stair.',
		].join('\n');
		const model = analyzeStory(story);
		const cast = findCast([model], tagger);
		const { characters, book } = dialogueTags([model], cast);
		const of = (name: string) => {
			const { lines, said, asked, otherVerbs, adverbs, untagged } = characters[cast.characters.findIndex(character => character.name === name)];
			return { lines, said, asked, otherVerbs, adverbs, untagged };
		};
		// "The wind?" follows narration, not the tag: it is Mara's own untagged line, not Tobias's question.
		assert.deepStrictEqual(of('Tobias'), { lines: 4, said: 2, asked: 1, otherVerbs: {}, adverbs: {}, untagged: 1 });
		// The adverb belongs to the one tag: counted once for the two quotes it tags.
		assert.deepStrictEqual(of('Mara'), { lines: 3, said: 2, asked: 0, otherVerbs: {}, adverbs: { softly: 1 }, untagged: 1 });
		assert.deepStrictEqual(
			book.examples.said.map(example => story.slice(example.start, example.end)),
			['"The lamp is out,"', '"Someone has been up here."', '"Not me,"', '"I was asleep."'],
		);
	});
});
