// Splitting text into paragraphs (blocks), whole or a few lines at a time.
import * as assert from 'assert';
import fc from 'fast-check';
import { BlockSplitter, splitBlocks } from '../../src/core/paragraphs';

const pieces = ['The gulls.', 'Chapter 1', '', ' ', '\n', '\n', '\r\n', '\r', '<!--', '-->', '# Night', '* * *', 'she said', '\t'];

describe('paragraphs', () => {
	it('splits at blank lines, keeps a Markdown heading to itself and a comment open across blank lines', () => {
		const text = 'The gulls.\nThe boats.\n\n# Night\nThe lamp.\n\n<!-- a note\n\nstill the note -->\n\n\r\nThe end.';
		assert.deepStrictEqual(splitBlocks(text).map(block => text.slice(block.start, block.end)), [
			'The gulls.\nThe boats.',
			'# Night',
			'The lamp.',
			'<!-- a note\n\nstill the note -->',
			'The end.',
		]);
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
