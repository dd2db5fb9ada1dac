import * as assert from 'assert';
import { FUNCTION_WORDS, germanVote, isFunctionWord } from '../../../../src/core/lexicon/functionWords';

describe('functionWords', () => {
	it('knows the closed-class words a capital never makes a name', () => {
		assert.deepStrictEqual(['The', 'Still', 'Suddenly', 'Nothing', 'Don’t', 'Will', 'Rose'].map(isFunctionWord), [true, true, true, true, true, false, false]);
	});

	it('knows the sentence adverbs and prepositions that open a sentence as a name would: `Presently a boy came`', () => {
		assert.deepStrictEqual(['Presently', 'Apparently', 'Despite', 'Halfway', 'Moreover'].map(isFunctionWord), [true, true, true, true, true]);
	});

	it('reads each in lower case, capitalised or in capitals, not in odd mixed case', () => {
		assert.deepStrictEqual(['but', 'But', 'BUT', 'bUt'].map(isFunctionWord), [true, true, true, false]);
		assert.deepStrictEqual(["Wouldn't", 'Wouldn’t', "WOULDN'T"].map(isFunctionWord), [true, true, true]);
	});

	it('leaves out the English words that are also names', () => {
		for (const name of ['will', 'may', 'grace', 'hope', 'mark', 'bill']) {
			assert.ok(!FUNCTION_WORDS.has(name), name);
		}
	});

	it('knows French, Spanish and German sentence openers, but not words that also begin names', () => {
		assert.deepStrictEqual(['Pero', 'Sí', 'Je', 'Sie', 'Aber', 'La'].map(isFunctionWord), [true, true, true, true, true, true]);
		assert.deepStrictEqual(['Don', 'Ella', 'Du', 'Van', 'Von'].map(isFunctionWord), [false, false, false, false, false]);
	});

	it('tells words that say prose is German from those that say it is English, and leaves the rest out', () => {
		const words = ['und', 'nicht', 'sich', 'the', 'and', 'of', 'die', 'in', 'es', 'la'];
		assert.deepStrictEqual(words.map(germanVote), [1, 1, 1, -1, -1, -1, 0, 0, 0, 0]);
	});
});
