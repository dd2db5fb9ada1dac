import * as assert from 'assert';
import { analyzeStory } from '../../../../src/core';

const speakersOf = (paragraphs: string[]) => analyzeStory(paragraphs.join('\n\n')).dialogue.map(span => span.speaker);

describe('a narration paragraph that ends `…, and she continued,` before an untagged line', () => {
	const talk = ['"Will you stay?" asked Mr. Pell.', '"I cannot," said Mrs. Pell.'];

	it('gives the line to the woman who spoke last, where the alternation would give it to the man', () => {
		const story = [...talk, 'She looked away from him, and then she continued,', '"My mother needs me at home."'];
		assert.deepStrictEqual(speakersOf(story), ['Mr. Pell', 'Mrs. Pell', 'Mrs. Pell']);
	});

	it('does so when the paragraph opens on the man', () => {
		const story = [...talk, 'Mr. Pell said nothing for a while, and at last she continued,', '"My mother needs me at home."'];
		assert.deepStrictEqual(speakersOf(story), ['Mr. Pell', 'Mrs. Pell', 'Mrs. Pell']);
	});

	it('makes the line a woman’s after a long paragraph too', () => {
		const story = [
			...talk,
			'The rain beat on the window for a long while, and the fire burned low in the grate, and the clock on the shelf ticked on and on while the kettle sang and the cat slept on the rug by the fender, and the lamp smoked a little in the draught from the door, and still nobody moved to trim it; the wind rose and fell in the chimney and the shutters rattled once or twice before the storm passed over the hill and away; at last she continued,',
			'"My mother needs me at home."',
		];
		assert.deepStrictEqual(speakersOf(story), ['Mr. Pell', 'Mrs. Pell', 'Mrs. Pell']);
	});
});
