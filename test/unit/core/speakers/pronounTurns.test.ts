import * as assert from 'assert';
import { analyzeStory } from '../../../../src/core';

const speakersOf = (paragraphs: string[]) => analyzeStory(paragraphs.join('\n\n')).dialogue.map(span => span.speaker);

describe('a `she said` that neither the alternation nor the narration settles', () => {
	const talk = [
		'Ada pulled her shawl tight against the wind.',
		'"Is the boat ready?" asked Ada.',
		'"Nearly," said Mr. Hale.',
		'"Nearly is not ready," said Mr. Orme.',
		'"Give him a minute," said Mr. Pike.',
	];

	it('goes to the last woman heard a few turns back when the men around cannot be her', () => {
		assert.deepStrictEqual(speakersOf([...talk, '"Then we row now," she said.']), ['Ada', 'Mr. Hale', 'Mr. Orme', 'Mr. Pike', 'Ada']);
	});

	it('goes to no one across a scene break', () => {
		assert.deepStrictEqual(speakersOf([...talk, '* * *', '"Then we row now," she said.']), ['Ada', 'Mr. Hale', 'Mr. Orme', 'Mr. Pike', undefined]);
	});

	it('does not go to a role heard a few turns back (`the old man`), who would join the cast on lines only a pronoun gives', () => {
		const roles = [
			'"Is the boat ready?" asked the old man.',
			'"Nearly," said Mrs. Hale.',
			'"Nearly is not ready," said Mrs. Orme.',
			'"Give it a minute," said Mrs. Pike.',
		];
		assert.strictEqual(speakersOf([...roles, '"Then we row now," he said.'])[4], undefined);
	});

	it('goes to no one when the line speaks to her', () => {
		assert.deepStrictEqual(speakersOf([...talk, '"Then we row now, Ada," she said.']), ['Ada', 'Mr. Hale', 'Mr. Orme', 'Mr. Pike', undefined]);
	});
});
