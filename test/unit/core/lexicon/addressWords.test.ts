import * as assert from 'assert';
import { ADDRESS_WORDS, VOCATIVE_OPENERS } from '../../../../src/core/lexicon/addressWords';

describe('addressWords', () => {
	it('knows the words before a name called out', () => {
		for (const word of ['my', 'dear', 'dearest', 'oh', 'darling', 'old']) {
			assert.ok(ADDRESS_WORDS.has(word), word);
		}
		assert.ok(!ADDRESS_WORDS.has('the'));
	});

	it('gives the cast those that do not also open a description in narration', () => {
		for (const word of ['oh', 'o', 'dear', 'my', 'poor', 'darling']) {
			assert.ok(VOCATIVE_OPENERS.has(word), word);
		}
		for (const word of ['old', 'good', 'dearest', 'ah']) {
			assert.ok(!VOCATIVE_OPENERS.has(word), word);
		}
		for (const word of VOCATIVE_OPENERS) {
			assert.ok(ADDRESS_WORDS.has(word), word);
		}
	});
});
