import * as assert from 'assert';
import { mayHoldQuoteKindWord } from '../../../../src/core/lexicon/quoteKindWords';

describe('quote kind words', () => {
	it('finds a verb of thinking, a writing verb or a written thing anywhere, in any case', () => {
		for (const text of ['"Odd," thought Edith.', 'SHE WONDERED', 'The note ran:', 'he wrote:', 'under the headline', 'her unthinking smile']) {
			assert.strictEqual(mayHoldQuoteKindWord(text), true, text);
		}
	});

	it('turns away a paragraph of plain speech, so its quotes are speech without their tags read', () => {
		for (const text of ['"The tide is turning," said Nell.', '"Run!" she cried, and ran.', '"Read it," said Bram.']) {
			assert.strictEqual(mayHoldQuoteKindWord(text), false, text);
		}
	});
});
