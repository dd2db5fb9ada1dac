import * as assert from 'assert';
import { endsWithAbbreviation, isAbbreviation } from '../../../../src/core/lexicon/abbreviations';

describe('abbreviations', () => {
	it('knows the titles and suffixes whose full stop ends no sentence', () => {
		assert.deepStrictEqual(['Mr', 'MRS', 'Dr', 'St', 'Messrs', 'Jr', 'Sgt', 'M', 'Karen', 'Col.'].map(isAbbreviation), [
			true,
			true,
			true,
			true,
			true,
			true,
			true,
			true,
			false,
			false,
		]);
	});

	describe('the full stop a sentence reader sees', () => {
		const point = (text: string) => endsWithAbbreviation(text, text.lastIndexOf('.'));
		const cases: [string, boolean][] = [
			['said Mr.', true],
			['asked Mrs.', true],
			['the Rev.', true],
			['Smith, Jr.', true],
			['He left.', false],
			['she said mr.', false],
			// Left out of the sentence reader's set: `M.` ends as many sentences as it opens names.
			['the letter M.', false],
			['said Sgt.', false],
		];
		for (const [text, abbreviation] of cases) {
			it(`${text}: ${abbreviation ? 'an abbreviation' : 'a sentence end'}`, () => {
				assert.strictEqual(point(text), abbreviation);
			});
		}
	});
});
