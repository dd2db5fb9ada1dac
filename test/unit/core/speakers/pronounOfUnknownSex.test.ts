import * as assert from 'assert';
import { analyzeStory } from '../../../../src/core';

const speakersOf = (paragraphs: string[]) => analyzeStory(paragraphs.join('\n\n')).dialogue.map(span => span.speaker);

describe('a `she said` whose turn the alternation gives to someone the story never made a she', () => {
	it('goes to the other of the two when she is a she', () => {
		const story = [
			'"Where does this path go?" asked Mrs. Pell.',
			'"Nowhere at all," said Pip.',
			'"Then why do you walk it?"',
			'"That is no answer," she said.',
		];
		assert.deepStrictEqual(speakersOf(story), ['Mrs. Pell', 'Pip', 'Mrs. Pell', 'Mrs. Pell']);
	});

	it('leaves a `he said` to the alternation: a name the prose gives no pronoun is as likely a man', () => {
		const story = ['"Where does this path go?" asked Mr. Pell.', '"Nowhere at all," said Pip.', '"Then why do you walk it?"', '"That is no answer," he said.'];
		assert.deepStrictEqual(speakersOf(story), ['Mr. Pell', 'Pip', 'Mr. Pell', 'Pip']);
	});

	it('takes a pet name for the sex it tells: `Lizzy`, heard only in dialogue, is no he', () => {
		const story = [
			'"Where does this path go?" asked Mr. Pell.',
			'"Nowhere at all," said Lizzy.',
			'"Then why do you walk it?"',
			'"That is no answer," he said.',
		];
		assert.deepStrictEqual(speakersOf(story), ['Mr. Pell', 'Lizzy', 'Mr. Pell', 'Mr. Pell']);
	});

	it('takes a description’s noun for the sex it tells: `the matron` is no he', () => {
		const story = [
			'"Where does this path go?" asked Mr. Pell.',
			'"Nowhere at all," said the matron.',
			'"Then why do you walk it?"',
			'"That is no answer," he said.',
		];
		assert.deepStrictEqual(speakersOf(story), ['Mr. Pell', 'the matron', 'Mr. Pell', 'Mr. Pell']);
	});

	it('leaves the turn to a description (`the tinker`), which may be anyone', () => {
		const story = [
			'"Where does this path go?" asked Mrs. Pell.',
			'"Nowhere at all," said the tinker.',
			'"Then why do you walk it?"',
			'"That is no answer," she said.',
		];
		assert.deepStrictEqual(speakersOf(story), ['Mrs. Pell', 'the tinker', 'Mrs. Pell', 'the tinker']);
	});

	it('takes a full name for the sex of its first name: `Nell Rook`, the narration’s subject, is no he', () => {
		const story = [
			'Nell Rook kept the inn at Barrow, and Tom kept her accounts.',
			'"Is the kettle on?" asked Nell.',
			'"Not yet," said Tom.',
			'"Then I will see to it," she said.',
			'"Do," said Tom.',
			'Nell Rook sat down by the window, near enough to overhear Mr. Crane and Mr. Pell, who had come in from the yard to fetch his friend.',
			'"Come, Crane," said he, "the cart is waiting."',
			'"Let it wait," said Mr. Crane.',
		];
		assert.deepStrictEqual(speakersOf(story), ['Nell', 'Tom', 'Nell', 'Tom', 'Mr. Pell', 'Mr. Pell', 'Mr. Crane']);
	});
});
