import * as assert from 'assert';
import { analyzeStory } from '../../../../src/core';

/** Each quote of the story with its speaker, `-` for none. */
function speakers(paragraphs: readonly string[]): string[] {
	const text = paragraphs.join('\n\n');
	return analyzeStory(text).dialogue.map(span => `${text.slice(span.start, span.end)} ${span.speaker ?? '-'}`);
}

describe('speakers: a tag that makes the speaker the owner of the words', () => {
	it('reads `was Tamsin’s answer` and `was the firm reply of Mr. Lamb` after a quote', () => {
		const story = [
			'"Tea?" asked Bella.',
			'"I do not think the new curate will do, Bella" was Tamsin’s final summing up. "He has no imagination."',
			'"No," said Bella.',
			'"We shall have plenty without it" were Bella’s words on the matter.',
			'"Not a farthing more," was the firm reply of Mr. Lamb.',
		];
		assert.deepStrictEqual(speakers(story).slice(1), [
			'"I do not think the new curate will do, Bella" Tamsin',
			'"He has no imagination." Tamsin',
			'"No," Bella',
			'"We shall have plenty without it" Bella',
			'"Not a farthing more," Mr. Lamb',
		]);
	});
});
