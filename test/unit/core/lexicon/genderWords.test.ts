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
