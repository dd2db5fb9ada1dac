import * as assert from 'assert';
import { BEFORE_ASIDE_SUBJECT, CLAUSE_OPENERS, INTRODUCTORY_CLAUSE_OPENERS, LONGEST_CLAUSE_OPENER } from '../../../../src/core/lexicon/clauseOpeners';

describe('clause openers', () => {
	it('knows the conjunctions after which a name is a subject, not an object', () => {
		const words = ['and', 'whereupon', 'though', 'with', 'to', 'said'];
		assert.deepStrictEqual(
			words.filter(word => CLAUSE_OPENERS.has(word)),
			['and', 'whereupon', 'though'],
		);
	});

	it('knows the longest of them, so a longer word is read no further', () => {
		assert.strictEqual(LONGEST_CLAUSE_OPENER, 'whereupon'.length);
		for (const word of CLAUSE_OPENERS) {
			assert.ok(word.length <= LONGEST_CLAUSE_OPENER, word);
		}
	});

	it('lets a subject past its aside follow a clause opener or the end of a time phrase', () => {
		for (const word of ['and', 'but', 'now', 'last', 'length', 'here']) {
			assert.ok(BEFORE_ASIDE_SUBJECT.has(word), word);
		}
		// `as` and `that` open a clause, but `as Margery, …, said` is rarely a speech tag's subject.
		for (const word of ['as', 'that', 'with', 'the']) {
			assert.ok(!BEFORE_ASIDE_SUBJECT.has(word), word);
		}
	});

	it('knows the conjunctions that open a sentence on a clause before its subject', () => {
		assert.deepStrictEqual(
			['when', 'although', 'because', 'whilst', 'and', 'then', 'the'].filter(word => INTRODUCTORY_CLAUSE_OPENERS.has(word)),
			['when', 'although', 'because', 'whilst'],
		);
	});

	it('keeps the asides\u2019 clause openers among the clause openers', () => {
		const timePhraseEnds = new Set(['last', 'length', 'here']);
		for (const word of BEFORE_ASIDE_SUBJECT) {
			assert.ok(CLAUSE_OPENERS.has(word) || timePhraseEnds.has(word), word);
		}
	});
});
