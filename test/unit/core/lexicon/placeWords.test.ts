import * as assert from 'assert';
import { endsInPlaceHead, isPlaceHead, isPlaceNounBeforeName, isPlaceOpener, isPlacePreposition } from '../../../../src/core/lexicon/placeWords';

describe('placeWords', () => {
	it('knows the prepositions before a place, but not from and to, which letters come from people too', () => {
		assert.deepStrictEqual(['in', 'down', 'via', 'from', 'to', 'towards'].map(isPlacePreposition), [true, true, true, false, false, false]);
	});

	it('knows the words that end and open a place’s name, in any case', () => {
		assert.deepStrictEqual(['Street', 'hollow', 'Cathedral', 'Darcy'].map(isPlaceHead), [true, true, true, false]);
		assert.deepStrictEqual(['Fort', 'lake', 'Mount', 'Mister'].map(isPlaceOpener), [true, true, true, false]);
	});

	it('reads a run a place’s head word ends as a place, but a title and that word as someone', () => {
		const runs = ['Otter Hall', 'North Tower', 'Prince Edward Island', 'Mrs. Hill', 'Mr. Wood', 'Hall', 'Nell Pike'];
		assert.deepStrictEqual(runs.map(endsInPlaceHead), [true, true, true, false, false, false, false]);
	});

	it('knows the French and Spanish nouns for a kind of place before its name, with an elided article too', () => {
		const words = ['mer', 'l’île', "l'île", 'golfe', 'río', 'isla', 'monsieur', 'sea'];
		assert.deepStrictEqual(words.map(isPlaceNounBeforeName), [true, true, true, true, true, true, false, false]);
	});
});
