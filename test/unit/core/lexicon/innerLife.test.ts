import * as assert from 'assert';
import { isInnerLifeVerb, mayStandBeforeInnerLifeVerb } from '../../../../src/core/lexicon/innerLife';

describe('innerLife', () => {
	it('knows the verbs that open a character’s mind, with those of thinking, in any case', () => {
		const words = ['felt', 'Realised', 'dreaded', 'wondered', 'thought', 'walked', 'said'];
		assert.deepStrictEqual(words.filter(isInnerLifeVerb), ['felt', 'Realised', 'dreaded', 'wondered', 'thought']);
	});

	it('lets an auxiliary or an adverb stand between a name and that verb', () => {
		assert.deepStrictEqual(['had', 'Still', 'suddenly', 'only', 'door', 'fly'].map(mayStandBeforeInnerLifeVerb), [true, true, true, true, false, false]);
	});
});
