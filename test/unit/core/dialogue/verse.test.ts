import * as assert from 'assert';
import { analyzeStory } from '../../../../src/core';

/** Each quote of the story, with its speaker, `-` for none. */
function lines(text: string): string[] {
	return analyzeStory(text).dialogue.map(span => `${text.slice(span.start, span.end).replace(/\s+/g, ' ')} ${span.speaker ?? '-'}`);
}

describe('verse', () => {
	it('reads a poem set out in indented lines as no one’s dialogue, even with a tag inside it', () => {
		const text = [
			'"Say the one about the miller," said Tess.',
			'Ned stood up by the fire, and began:--',
			'"Grind slow, grind slow," the weary miller said,\n    "The river has no hurry in its bed;\nAnd I have none, though all the village wait,\n    For bread is made by those who come in late."',
			'"That is not how it goes," said Tess.',
		].join('\n\n');
		assert.deepStrictEqual(lines(text), ['"Say the one about the miller," Tess', '"That is not how it goes," Tess']);
	});

	it('reads a song in short lines as no one’s dialogue', () => {
		const text = [
			'Tess sang to the baby:',
			'"Hush now, little one,\nDown goes the sun,\nMoon on the hill,\nAll the fields are still."',
			'"She is asleep," said Ned.',
		].join('\n\n');
		assert.deepStrictEqual(lines(text), ['"She is asleep," Ned']);
	});

	it('keeps speech in prose wrapped by hand, even when every line opens on a capital', () => {
		const text =
			'"I told you so," said Ned, "and I told you twice, and I told Mrs. Webb\nToo, and the vicar, and anyone else who would listen to me at all.\nNobody did, of course, and now the bridge is down and the mill with it."';
		assert.deepStrictEqual(lines(text), [
			'"I told you so," Ned',
			'"and I told you twice, and I told Mrs. Webb Too, and the vicar, and anyone else who would listen to me at all. Nobody did, of course, and now the bridge is down and the mill with it." Ned',
		]);
	});

	it('keeps speech of two short lines', () => {
		const text = '"Come in,\nQuick," said Ned.';
		assert.deepStrictEqual(lines(text), ['"Come in, Quick," Ned']);
	});
});
