import * as assert from 'assert';
import { fullFirstNamesOf, fullNamesOf, petNameGender } from '../../../../src/core/lexicon/petNames';

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

	it('knows the full names a pet name comes from, but none for a pet name that is a name in its own right', () => {
		assert.deepStrictEqual(['Lizzy', 'kitty', 'Johnny', 'Nancy', 'Tom', 'Elizabeth'].map(fullNamesOf), [
			['elizabeth'],
			['catherine', 'katherine', 'kathleen'],
			['john'],
			[],
			[],
			[],
		]);
	});

	it('knows the full first names a name in its own right is short for, for a whole name beside the same surname', () => {
		assert.deepStrictEqual(['Bill', 'Charley', 'ned', 'Lizzy', 'Elizabeth'].map(fullFirstNamesOf), [
			['william'],
			['charles'],
			['edward', 'edmund'],
			['elizabeth'],
			[],
		]);
	});
});
