import * as assert from 'assert';
import { mayBeName, mayBeOnePerson } from '../../../../src/core/lexicon/speakerNames';

describe('speakerNames', () => {
	describe('mayBeName', () => {
		const notNames: [string, string][] = [
			['an interjection opening a quote', 'Hi'],
			['a word of praise opening a quote', 'Lovely'],
			['an answer', 'True'],
			['a farewell', 'Adieu'],
			['an adverb in -ally', 'Naturally'],
			['an adverb in -ly after a consonant', 'Greatly'],
			['an adverb in -ily, long enough not to be a name', 'Happily'],
			['a past participle opening a sentence', 'Alarmed'],
			['another past participle', 'Saddled'],
			['a word that opens narration', 'Several'],
		];
		for (const [rule, word] of notNames) {
			it(`does not take ${rule} for a name: ${word}`, () => {
				assert.strictEqual(mayBeName(word), false);
			});
		}

		const names = ['Sally', 'Emily', 'Cecily', 'Beverly', 'Kimberly', 'Alfred', 'Mildred', 'Siegfried', 'Mohammed', 'Karen', 'Reilly'];
		for (const name of names) {
			it(`keeps a name that only looks like an adverb or a participle: ${name}`, () => {
				assert.strictEqual(mayBeName(name), true);
			});
		}
	});

	describe('mayBeOnePerson', () => {
		it('reads the shorter name against the longer, whichever comes first', () => {
			assert.deepStrictEqual(
				[
					['Pip', 'Pip Varga'],
					['Pip Varga', 'Pip'],
					['Mr. Darcy', 'Darcy'],
					['Mr. Bennet', 'Mrs. Bennet'],
					['Pip', 'Mara'],
				].map(([a, b]) => mayBeOnePerson(a, b)),
				[true, true, true, false, false],
			);
		});
	});
});
