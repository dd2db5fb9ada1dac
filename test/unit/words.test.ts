import * as assert from 'assert';
import * as fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeStory, DEFAULT_OPTIONS } from '../../src/core';
import { countWords, forEachWord } from '../../src/core/words';

/** The README's table of counting examples: every row is a test, so the documentation cannot drift. */
function readmeExamples(): { text: string; words: number }[] {
	const readme = fs.readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');
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
});
