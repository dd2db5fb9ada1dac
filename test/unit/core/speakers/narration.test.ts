import * as assert from 'assert';
import { analyzeStory } from '../../../../src/core';

const speakersOf = (paragraphs: string[]) => analyzeStory(paragraphs.join('\n\n')).dialogue.map(span => span.speaker);

describe('narration: the subject a `said he` in the same paragraph points to', () => {
	const talk = ['"Is it late?" asked Jones.', '"Not yet," said Holmes.', '"Then we wait," said Jones.', '"We do," said Holmes.'];

	it('is read past a clause that opens the sentence, though the alternation would give the line to the other', () => {
		const story = [...talk, 'When the clock had struck nine, Holmes glanced at his watch. "One more," said he, "and we go."'];
		assert.deepStrictEqual(speakersOf(story), ['Jones', 'Holmes', 'Jones', 'Holmes', 'Holmes', 'Holmes']);
	});

	it('is no one past a clause that ends its sentence before any comma', () => {
		const story = [...talk, 'When the clock struck nine. "One more," said he.'];
		assert.deepStrictEqual(speakersOf(story), ['Jones', 'Holmes', 'Jones', 'Holmes', 'Jones']);
	});
});
