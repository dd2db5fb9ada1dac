import * as assert from 'assert';
import { splitBlocks } from '../../src/core/paragraphs';

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
});
