import * as assert from 'assert';
import { isAbbreviation, SENTENCE_READER_ABBREVIATIONS } from '../../../../src/core/lexicon/abbreviations';

describe('abbreviations', () => {
	it('knows the titles and suffixes whose full stop ends no sentence', () => {
		const words = ['Mr', 'MRS', 'Dr', 'St', 'Messrs', 'Jr', 'Sgt', 'M', 'Karen', 'Col.'];
		assert.deepStrictEqual(words.filter(isAbbreviation), ['Mr', 'MRS', 'Dr', 'St', 'Messrs', 'Jr', 'Sgt', 'M']);
	});

	it('gives the quote and sentence readers all but M. and Sgt.', () => {
		for (const word of ['mr', 'mrs', 'dr', 'st', 'messrs', 'jr', 'rev']) {
			assert.ok(SENTENCE_READER_ABBREVIATIONS.has(word), word);
			assert.ok(isAbbreviation(word), word);
		}
		// `the letter M.` ends a sentence as often as `M. Poirot` opens a name.
		assert.ok(!SENTENCE_READER_ABBREVIATIONS.has('m'));
		assert.ok(!SENTENCE_READER_ABBREVIATIONS.has('sgt'));
		assert.ok(!SENTENCE_READER_ABBREVIATIONS.has('karen'));
	});
});
