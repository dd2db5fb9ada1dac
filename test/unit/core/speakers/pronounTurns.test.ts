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

describe('a pronoun at an exchange’s start, after narration that names someone in full', () => {
	const tower = [
		'The storm came in over Harrowby an hour before dusk, and by the time Nell Harker had climbed the steps of the tower, the windows were streaming.',
		'She trimmed the wick and struck the match. Somewhere below, the door banged twice.',
		'"Jory," she called down the stairwell, "if that is you, shut it."',
		'"It is me," came the answer from below.',
		'* * *',
		'"Mind the step," said Nell.',
		'"I always do," said Jory.',
	];

	it('goes to the speaker the story hears under the shorter name', () => {
		assert.deepStrictEqual(speakersOf(tower).slice(0, 2), ['Nell', 'Nell']);
	});

	it('goes to no one when the full name holds two speakers of the story', () => {
		assert.deepStrictEqual(speakersOf([...tower, '"Nor do I," said Harker.']).slice(0, 2), [undefined, undefined]);
	});
});
