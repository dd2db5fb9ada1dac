import * as assert from 'assert';
import { analyzeStory } from '../../../../src/core';

const speakersOf = (paragraphs: string[]) => analyzeStory(paragraphs.join('\n\n')).dialogue.map(span => span.speaker);

describe('a `he replied` after a line that called someone out', () => {
	const talk = ['"Is the library large?" asked Tom.', '"What a library you have, Mr. Pell!" said Nell.'];

	it('goes to the one called out, though the alternation would give it to another man', () => {
		assert.deepStrictEqual(speakersOf([...talk, '"It ought to be good," he replied.']), ['Tom', 'Nell', 'Mr. Pell']);
	});

	it('does not go to him when the reply speaks to him in turn', () => {
		assert.deepStrictEqual(speakersOf([...talk, '"It ought to be good, Mr. Pell," he replied.']), ['Tom', 'Nell', 'Tom']);
	});

	it('does not go to one of the other sex', () => {
		const story = ['"Is the library large?" asked Tom.', '"What a library you have, Mrs. Pell!" said Nell.', '"It ought to be good," he replied.'];
		assert.deepStrictEqual(speakersOf(story), ['Tom', 'Nell', 'Tom']);
	});
});
