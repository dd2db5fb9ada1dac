// Splitting text into paragraphs (blocks), whole or a few lines at a time.
import * as assert from 'assert';
import fc from 'fast-check';
import { BlockSplitter, splitBlocks } from '../../../../src/core/structure/paragraphs';
import { LONG_LINE } from '../../../../src/core/structure/lineLayout';

/** A paragraph as a word processor saves it: one line, longer than hard-wrapped prose ever runs. */
const LONG_PARAGRAPH =
	'The lamp burned all night above the harbour, and the gulls kept their heads down while the keeper wrote the names of the boats that had not come home into his log.';
const pieces = ['The gulls.', 'Chapter 1', '', ' ', '\n', '\n', '\r\n', '\r', '<!--', '-->', '# Night', '* * *', 'she said', '\t', LONG_PARAGRAPH];

function blockTexts(text: string): string[] {
	return splitBlocks(text).map(block => text.slice(block.start, block.end));
}

describe('paragraphs', () => {
	it('splits at blank lines, whatever the line endings', () => {
		assert.deepStrictEqual(blockTexts('The gull cried.\r\nIt flew.\r\n\r\nRain came.\rThen wind.\r\rNight.\n'), [
			'The gull cried.\r\nIt flew.',
			'Rain came.\rThen wind.',
			'Night.',
		]);
	});

	it('treats a line of spaces, tabs or a BOM as blank', () => {
		assert.deepStrictEqual(blockTexts('\uFEFF\nOne.\n \t \nTwo.'), ['One.', 'Two.']);
	});

	it('gives a Markdown heading a block of its own even without blank lines', () => {
		assert.deepStrictEqual(blockTexts('# Chapter One\nMara climbed.\n## Two\nShe rested.'), ['# Chapter One', 'Mara climbed.', '## Two', 'She rested.']);
	});

	it('does not take a hashtag for a heading', () => {
		assert.deepStrictEqual(blockTexts('#nofilter she wrote.\nThen slept.'), ['#nofilter she wrote.\nThen slept.']);
	});

	it('gives a line too long to be hard-wrapped a block of its own: a story kept one paragraph to a line', () => {
		assert.ok(LONG_PARAGRAPH.length > LONG_LINE);
		const text = `Chapter 1\n${LONG_PARAGRAPH}\n“Row,” said Mara.\n“Harder,” said Pip.\n${LONG_PARAGRAPH}`;
		assert.deepStrictEqual(blockTexts(text), ['Chapter 1', LONG_PARAGRAPH, '“Row,” said Mara.\n“Harder,” said Pip.', LONG_PARAGRAPH]);
	});

	it('keeps hard-wrapped lines of a paragraph together, however many', () => {
		const wrapped =
			'The lamp burned all night above the harbour, and the gulls\nkept their heads down while the keeper wrote the names of\nthe boats that had not come home into his log.';
		assert.deepStrictEqual(blockTexts(`${wrapped}\n\n${wrapped}`), [wrapped, wrapped]);
	});

	it('holds an HTML comment open across blank lines', () => {
		assert.deepStrictEqual(blockTexts('Before.\n\n<!-- a note\n\nstill the note -->\n\nAfter.'), ['Before.', '<!-- a note\n\nstill the note -->', 'After.']);
	});

	it('splits only within the range asked for', () => {
		const text = 'Zero.\n\nOne.\n\nTwo.';
		assert.deepStrictEqual(splitBlocks(text, 7, 11), [{ start: 7, end: 11 }]);
	});

	it('finds no blocks in empty or blank text', () => {
		assert.deepStrictEqual(blockTexts(''), []);
		assert.deepStrictEqual(blockTexts('\n \n\t\n'), []);
	});

	it('splits the same blocks a few lines at a time as all at once', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), fc.integer({ min: 1, max: 5 }), (parts, linesPerStep) => {
				const text = parts.join('');
				const splitter = new BlockSplitter(text, 0, text.length);
				let steps = 0;
				while (!splitter.advance(linesPerStep)) {
					steps++;
					assert.ok(steps <= text.length + 1, 'every step reads at least one line');
				}
				assert.deepStrictEqual(splitter.blocks, splitBlocks(text));
			}),
		);
	});
});
