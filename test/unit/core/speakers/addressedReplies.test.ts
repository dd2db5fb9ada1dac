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

describe('a line that calls someone out by name', () => {
	it('is never theirs, though they were the subject just before it: it goes to the one who spoke before', () => {
		const story = ['"Is it late?" asked Anne.', '"Not yet," said Will.', 'Tom stood by the door.', '"Come, Tom," said he, "we must go."'];
		assert.deepStrictEqual(speakersOf(story), ['Anne', 'Will', 'Will', 'Will']);
	});

	it('is nobody’s when everyone before it is the one called out or of the other sex', () => {
		const story = ['"Is it late?" asked Will.', 'Tom stood by the door.', '"Come, Tom," said she.'];
		assert.deepStrictEqual(speakersOf(story), ['Will', undefined]);
	});

	it('keeps the speaker the prose itself names, as it keeps one called by their own name', () => {
		const story = ['"You look pale," said Mara.', '"Tobias, Tobias," said Tobias to himself, "you should have called her."'];
		assert.deepStrictEqual(speakersOf(story), ['Mara', 'Tobias', 'Tobias']);
	});
});
