import * as assert from 'assert';
import { petNameGender } from '../../../../src/core/lexicon/petNames';

describe('pet names', () => {
	it('tells a girl’s pet name from a boy’s, whatever its case', () => {
		assert.deepStrictEqual(['Lizzy', 'KITTY', 'polly', 'Ned', 'Bill', 'Jem'].map(petNameGender), ['she', 'she', 'she', 'he', 'he', 'he']);
	});

	it('says nothing of a name either sex wears, a full name or a name of two words', () => {
		assert.deepStrictEqual(['Sam', 'Jo', 'Charlie', 'Kit', 'Pip', 'Elizabeth', 'Lizzy Bennet'].map(petNameGender), [
			undefined,
			undefined,
			undefined,
			undefined,
			undefined,
			undefined,
			undefined,
		]);
	});
});
