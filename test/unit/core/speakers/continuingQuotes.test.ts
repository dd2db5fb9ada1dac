import * as assert from 'assert';
import { analyzeStory } from '../../../../src/core';

/** Each quote of the story with its speaker, `-` for none. */
function speakers(paragraphs: readonly string[]): string[] {
	const text = paragraphs.join('\n\n');
	return analyzeStory(text).dialogue.map(span => `${text.slice(span.start, span.end)} ${span.speaker ?? '-'}`);
}

describe('speakers: narration after a quote that goes on from a named tag', () => {
	it('keeps the quote with the named speaker when the sentence after it opens on someone else and goes on', () => {
		const story = [
			'"Other work? I do not believe it!" said Miss Dora. "What do you mean? You are not in trade." The young man admitted that he was not in trade.',
			'"Stop," said Ann. "Never!" Bob cried.',
		];
		assert.deepStrictEqual(speakers(story), [
			'"Other work? I do not believe it!" Miss Dora',
			'"What do you mean? You are not in trade." Miss Dora',
			'"Stop," Ann',
			'"Never!" Bob',
		]);
	});
});
