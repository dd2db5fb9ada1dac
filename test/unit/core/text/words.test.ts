import * as assert from 'assert';
import * as fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeStory, DEFAULT_OPTIONS } from '../../../../src/core';
import { countWords, countWordsWithin, forEachWord } from '../../../../src/core/text/words';

/** The README's table of counting examples: every row is a test, so the documentation cannot drift. */
function readmeExamples(): { text: string; words: number }[] {
	const readme = fs.readFileSync(path.resolve(__dirname, '../../../../../README.md'), 'utf8');
	const section = readme.slice(readme.indexOf('## What counts as a word'), readme.indexOf('## Chapters and scenes'));
	return [...section.matchAll(/^\| `(.+)` \| (\d+) \|/gm)].map(match => ({ text: match[1], words: Number(match[2]) }));
}

describe('words', () => {
	describe('the README table', () => {
		const examples = readmeExamples();

		it('has examples to check', () => {
			assert.ok(examples.length >= 20, `found ${examples.length} rows`);
		});

		for (const { text, words } of examples) {
			it(`${text} → ${words}`, () => {
				assert.strictEqual(analyzeStory(text, { ...DEFAULT_OPTIONS, markdown: true }).words, words);
			});
		}
	});

	it('finds each word where it stands', () => {
		const text = 'Mara’s lamp—lit at 7.30—burned.';
		const found: string[] = [];
		forEachWord(text, (start, end) => found.push(text.slice(start, end)));
		assert.deepStrictEqual(found, ['Mara’s', 'lamp', 'lit', 'at', '7.30', 'burned']);
	});

	it('counts within a range only', () => {
		const text = 'one two three four';
		assert.strictEqual(countWords(text, 4, 13), 2);
	});

	it('does not split a word at an astral letter', () => {
		assert.strictEqual(countWords('𝒜lice met 𝔅ob'), 3);
	});

	it('counts nothing in punctuation, space and emoji', () => {
		assert.strictEqual(countWords(' … — !? 👍🏽 \u0000 '), 0);
	});

	it('treats a lone surrogate as punctuation', () => {
		assert.strictEqual(countWords('left\ud800right'), 2);
	});

	it('counts exactly the words forEachWord finds, in any range of any text', () => {
		// Joiners, digits with separators, astral letters, lone surrogates and ideographs at range edges.
		const pieces = ['a', 'Z', '7', ' ', '’', "'", '-', ',', '.', '—', '“', 'é', '漢', 'か', '𝒜', '\ud800', '\udc00', '👍', '\u0301'];
		const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map(parts => parts.join(''));
		fc.assert(
			fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
				const start = text.length === 0 ? 0 : a % (text.length + 1);
				const end = start + (text.length === 0 ? 0 : b % (text.length - start + 1));
				let found = 0;
				forEachWord(text, () => found++, start, end);
				assert.strictEqual(countWords(text, start, end), found);
			}),
			{ numRuns: 2000 },
		);
	});

	describe('counting a paragraph and its dialogue in one scan', () => {
		const cases: { name: string; text: string; ranges: { start: number; end: number }[] }[] = [
			{ name: 'quotes between blanks', text: 'Ada said, “Run now.” Then she ran.', ranges: [{ start: 10, end: 20 }] },
			{ name: 'an edge inside a word', text: 'The well-known inn', ranges: [{ start: 7, end: 12 }] },
			{
				name: 'two edges in one word',
				text: 'abcdefgh ijk',
				ranges: [
					{ start: 2, end: 4 },
					{ start: 5, end: 6 },
				],
			},
			{
				name: 'adjacent ranges',
				text: '‘Yes’‘No’ said Tom',
				ranges: [
					{ start: 0, end: 5 },
					{ start: 5, end: 9 },
				],
			},
			{ name: 'an empty range mid-word', text: 'Mara laughed', ranges: [{ start: 2, end: 2 }] },
			{ name: 'a number cut at its point', text: 'It cost 3.14 now', ranges: [{ start: 9, end: 16 }] },
		];
		for (const { name, text, ranges } of cases) {
			it(`agrees with counting the whole and each range: ${name}`, () => {
				const within = ranges.reduce((sum, range) => sum + countWords(text, range.start, range.end), 0);
				assert.deepStrictEqual(countWordsWithin(text, ranges), { words: countWords(text), within });
			});
		}

		it('agrees with counting the whole and each range, for any text and sorted, disjoint ranges', () => {
			const pieces = ['a', 'Z', '7', ' ', '\n', '’', "'", '-', ',', '.', '—', '“', '漢', '𝒜', '\ud800', '\udc00'];
			const stories = fc.record({
				text: fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map(parts => parts.join('')),
				cuts: fc.array(fc.nat(), { maxLength: 8 }),
			});
			fc.assert(
				fc.property(stories, ({ text, cuts }) => {
					const edges = cuts.map(cut => cut % (text.length + 1)).sort((a, b) => a - b);
					const ranges = [];
					for (let index = 0; index + 1 < edges.length; index += 2) {
						ranges.push({ start: edges[index], end: edges[index + 1] });
					}
					const within = ranges.reduce((sum, range) => sum + countWords(text, range.start, range.end), 0);
					assert.deepStrictEqual(countWordsWithin(text, ranges), { words: countWords(text), within });
				}),
				{ numRuns: 5000 },
			);
		});
	});
});
