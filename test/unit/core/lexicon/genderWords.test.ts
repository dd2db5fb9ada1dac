import * as assert from 'assert';
import { genderOfWords } from '../../../../src/core/lexicon/genderWords';

describe('genderWords', () => {
	const cases: [string, string | undefined][] = [
		['Mrs. Bennet', 'she'],
		['Mr. Darcy', 'he'],
		['my brother', 'he'],
		['the old waggoner', 'he'],
		['her mother-in-law', 'she'],
		['the nurse', 'she'],
		['Karen', undefined],
		['the doctor', undefined],
		['the duchess', 'she'],
		['Prince Andrew', 'he'],
		['the matron', 'she'],
		['the landlady', 'she'],
		['the old butler', 'he'],
		// A description's noun in -man or -woman says it; a surname that ends so does not.
		['the coachman', 'he'],
		['the barge-woman', 'she'],
		['Coleman', undefined],
		['the human', undefined],
		// Titles the reading was tuned without say nothing of the speaker's sex.
		['Herr Schmidt', undefined],
		['Señora Ruiz', undefined],
	];
	for (const [speaker, gender] of cases) {
		it(`${speaker}: ${gender ?? 'unknown'}`, () => {
			assert.strictEqual(genderOfWords(speaker), gender);
		});
	}
});
