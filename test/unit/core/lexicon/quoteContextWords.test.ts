import * as assert from 'assert';
import { CONJUNCTIONS, ELISIONS, NAMING_VERBS } from '../../../../src/core/lexicon/quoteContextWords';

describe('quoteContextWords', () => {
	it('knows the verbs after which a quote names something: what he called “progress”', () => {
		for (const word of ['called', 'termed', 'entitled', 'reads']) {
			assert.ok(NAMING_VERBS.has(word), word);
		}
		assert.ok(!NAMING_VERBS.has('said'));
	});

	it('knows the conjunctions that may open a new thing said', () => {
		assert.ok(CONJUNCTIONS.has('and') && CONJUNCTIONS.has('that'));
		assert.ok(!CONJUNCTIONS.has('the'));
	});

	it('knows the words elided at their start: ’tis, ’em, rock ’n’ roll', () => {
		assert.deepStrictEqual(
			['tis', 'em', 'n', 'twould', 'them'].map(word => ELISIONS.has(word)),
			[true, true, true, true, false],
		);
	});
});
