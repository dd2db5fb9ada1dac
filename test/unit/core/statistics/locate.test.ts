// Finding the scene under the cursor and counting the words of a selection, from the model alone.
import * as assert from 'assert';
import * as fc from 'fast-check';
import { analyzeStory } from '../../../../src/core/assembly/analyze';
import { sceneIndexAt, wordsInRange } from '../../../../src/core/statistics/locate';
import { DEFAULT_OPTIONS } from '../../../../src/core/assembly/options';
import { countWords } from '../../../../src/core/text/words';

const STORY = `Chapter 1

The lamp was lit.

It burned all night.

* * *

Dawn came.

Chapter 2

The boats returned.
`;

describe('locate', () => {
	const model = analyzeStory(STORY, DEFAULT_OPTIONS);
	const at = (needle: string, delta = 0) => STORY.indexOf(needle) + delta;

	describe('sceneIndexAt', () => {
		const cases: { where: string; offset: number; scene: number }[] = [
			{ where: 'the chapter heading before any scene', offset: at('Chapter 1'), scene: -1 },
			{ where: 'the first paragraph', offset: at('lamp'), scene: 0 },
			{ where: 'the blank line between two paragraphs of a scene', offset: at('It burned', -1), scene: 0 },
			{ where: 'the scene break after a scene', offset: at('* * *'), scene: 0 },
			{ where: 'the next scene', offset: at('Dawn'), scene: 1 },
			{ where: 'the next chapter heading', offset: at('Chapter 2', 3), scene: -1 },
			{ where: "the next chapter's scene", offset: at('boats'), scene: 2 },
			{ where: 'the very end of the text, where a writer types on', offset: STORY.length, scene: 2 },
		];
		for (const { where, offset, scene } of cases) {
			it(`finds scene ${scene} at ${where}`, () => assert.strictEqual(sceneIndexAt(model, offset), scene));
		}

		it('finds no scene in an empty story', () => assert.strictEqual(sceneIndexAt(analyzeStory('', DEFAULT_OPTIONS), 0), -1));

		it('finds no scene in the licence after the story', () => {
			const text =
				'*** START OF THE PROJECT GUTENBERG EBOOK THE LIGHT ***\n\nThe lamp was lit.\n\n*** END OF THE PROJECT GUTENBERG EBOOK THE LIGHT ***\n\nLicence terms follow here.\n';
			const book = analyzeStory(text, DEFAULT_OPTIONS);
			assert.strictEqual(sceneIndexAt(book, text.indexOf('lit')), 0);
			assert.strictEqual(sceneIndexAt(book, text.indexOf('Licence')), -1);
		});
	});

	describe('wordsInRange', () => {
		it('counts whole paragraphs from the model', () => {
			assert.strictEqual(wordsInRange(model, { start: 0, end: STORY.length }), model.words);
		});

		it('counts part of a paragraph by the same rules', () => {
			assert.strictEqual(wordsInRange(model, { start: at('lamp'), end: at('lit.') + 3 }), 3);
		});

		it('counts a word cut by the selection once', () => {
			assert.strictEqual(wordsInRange(model, { start: at('amp'), end: at('amp') + 2 }), 1);
		});

		it('accepts a selection made backwards', () => {
			assert.strictEqual(wordsInRange(model, { start: at('night.'), end: at('It burned') }), 3);
		});

		it('leaves out an illustration caption, over as many paragraphs as its bracket stays open', () => {
			const text = 'The lamp was lit.\n\n[Illustration: The lamp\n\nat dusk]\n\nThe sea rose.\n';
			const book = analyzeStory(text, DEFAULT_OPTIONS);
			assert.strictEqual(book.words, 7);
			assert.strictEqual(wordsInRange(book, { start: 0, end: text.length }), book.words);
		});

		it('counts a selection of everything as the document, leaving out front matter and licence text', () => {
			const text =
				'---\ntitle: The Light\n---\n\n*** START OF THE PROJECT GUTENBERG EBOOK THE LIGHT ***\n\nThe lamp was lit.\n\n*** END OF THE PROJECT GUTENBERG EBOOK THE LIGHT ***\n\nLicence terms follow here.\n';
			const withMatter = analyzeStory(text, DEFAULT_OPTIONS);
			assert.strictEqual(withMatter.words, 4);
			assert.strictEqual(wordsInRange(withMatter, { start: 0, end: text.length }), 4);
		});

		it('counts nothing in blank lines or an empty selection', () => {
			assert.strictEqual(wordsInRange(model, { start: at('It burned', -2), end: at('It burned') }), 0);
			assert.strictEqual(wordsInRange(model, { start: 5, end: 5 }), 0);
		});

		it('agrees with counting the selected text itself, for any selection of plain prose', () => {
			const prose = fc
				.array(fc.constantFrom('The', 'gull', "keeper's", 'well-known', '1,000', ' ', ' ', '\n', '\n\n', '.', '—'), { maxLength: 80 })
				.map(parts => parts.join(''));
			fc.assert(
				fc.property(prose, fc.nat(), fc.nat(), (text, a, b) => {
					const start = a % (text.length + 1);
					const end = b % (text.length + 1);
					const expected = countWords(text.slice(Math.min(start, end), Math.max(start, end)));
					assert.strictEqual(wordsInRange(analyzeStory(text, DEFAULT_OPTIONS), { start, end }), expected);
				}),
			);
		});
	});
});
