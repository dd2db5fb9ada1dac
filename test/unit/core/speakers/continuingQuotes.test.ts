import * as assert from 'assert';
import { quoteSpeakers } from './quoteSpeakers';

describe('speakers: narration after a quote that goes on from a named tag', () => {
	it('keeps the quote with the named speaker when the sentence after it opens on someone else and goes on', () => {
		const story = [
			'"Other work? I do not believe it!" said Miss Dora. "What do you mean? You are not in trade." The young man admitted that he was not in trade.',
			'"Stop," said Ann. "Never!" Bob cried.',
		];
		assert.deepStrictEqual(quoteSpeakers(story), [
			'"Other work? I do not believe it!" Miss Dora',
			'"What do you mean? You are not in trade." Miss Dora',
			'"Stop," Ann',
			'"Never!" Bob',
		]);
	});
});
