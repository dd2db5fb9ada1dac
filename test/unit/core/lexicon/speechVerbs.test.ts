import * as assert from 'assert';
import { isReportingVerb, isSpeechVerb } from '../../../../src/core/lexicon/speechVerbs';

describe('speechVerbs', () => {
	it('knows the verbs of speech in every form a tag uses, in any case', () => {
		assert.deepStrictEqual(['said', 'Said', 'asks', 'breathed', 'admitted', 'replied', 'quoth', 'say', 'walked', 'thought'].map(isSpeechVerb), [
			true,
			true,
			true,
			true,
			true,
			true,
			true,
			true,
			false,
			false,
		]);
	});

	it('knows which forms invert: said he, asks Karen; but not I say', () => {
		assert.deepStrictEqual(['said', 'asks', 'snapped', 'say', 'reply'].map(isReportingVerb), [true, true, true, false, false]);
	});
});
