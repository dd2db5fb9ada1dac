import * as assert from 'assert';
import { speakerNames } from './quoteSpeakers';

describe('turns the prose leaves unattributed', () => {
	const earlier = ['"Is the boat in?" asked Nell.', '"Not yet," said Pell.', '* * *'];

	it('gives the place no tag names to the other person the story showed last', () => {
		const text = [
			...earlier,
			'Nell came up from the quay with rain in her hair.',
			'"You are late," said Pell.',
			'"The ferry was slow."',
			'"It always is."',
		].join('\n\n');
		assert.deepStrictEqual(speakerNames(text).slice(-3), ['Pell', 'Nell', 'Pell']);
	});

	it('goes on alternating from a line whose `she said` shows that someone spoke twice', () => {
		const text = [
			'"Where were you?" asked Mr. Tate.',
			'"At the mill," said Mrs. Tate.',
			'"All night?"',
			'There was no answer from the scullery.',
			'"And the horse?"',
			'"Lame," she said.',
			'"Lame! That horse cost me forty pounds."',
			'"Then you should have had him shod."',
		].join('\n\n');
		assert.deepStrictEqual(speakerNames(text), ['Mr. Tate', 'Mrs. Tate', 'Mr. Tate', 'Mrs. Tate', 'Mrs. Tate', 'Mr. Tate', 'Mrs. Tate']);
	});

	it('gives the place to the other person the story showed last when the one tagged is the narrator', () => {
		const text = [...earlier, 'Nell came up from the quay with rain in her hair.', '"You are late," I said.', '"The ferry was slow."', '"It always is."'].join(
			'\n\n',
		);
		assert.deepStrictEqual(speakerNames(text).slice(-3), ['Narrator', 'Nell', 'Narrator']);
	});

	it('gives the place to the one the tagged line’s own narration turns to', () => {
		const text = [...earlier, 'Nell wanted Pell to explain himself. "Why did you go?" she asked.', '"The tide was turning."'].join('\n\n');
		assert.deepStrictEqual(speakerNames(text).slice(-2), ['Nell', 'Pell']);
	});

	it('leaves the place empty when the one shown never speaks in the story', () => {
		const text = [...earlier, 'Dorrit came up from the quay with rain in her hair.', '"You are late," said Pell.', '"The ferry was slow."'].join('\n\n');
		assert.deepStrictEqual(speakerNames(text).slice(-2), ['Pell', '-']);
	});

	it('takes a capitalised word that opens a beat once for no one, and goes on alternating', () => {
		const text = [
			'"Will you row?" asked Nell.',
			'"Not in this wind," said Pell.',
			'Rain came down harder on the slates.',
			'"Then we wait for the tide."',
			'"We wait."',
		].join('\n\n');
		assert.deepStrictEqual(speakerNames(text), ['Nell', 'Pell', 'Nell', 'Pell']);
	});

	it('never gives the place to the one the line calls out', () => {
		const text = [...earlier, 'Nell came up from the quay with rain in her hair.', '"You are late," said Pell.', '"Nell, the ferry was slow."'].join('\n\n');
		assert.deepStrictEqual(speakerNames(text).slice(-2), ['Pell', '-']);
	});
});
