import * as assert from 'assert';
import { speakerNames as speakers } from './quoteSpeakers';

describe('a described speaker answering the one the line before called out', () => {
	const arrest = (called: string) =>
		[
			'"I never touched the till," said Tom Pell, and Pell sat down hard on the cell bench.',
			'* * *',
			'The constable unlocked the door at dawn.',
			`"This is a serious matter, ${called}," said the constable.`,
			'"Serious!" snarled the prisoner. "Whose money was it?"',
		].join('\n\n');

	it('names the description after the one called out, by the longest name the story has them speak as', () => {
		assert.strictEqual(speakers(arrest('Pell')).at(-1), 'Tom Pell');
	});

	it('takes no tie from a word called out that no one speaks as', () => {
		assert.strictEqual(speakers(arrest('Shameless')).at(-1), 'the prisoner');
	});

	it('takes no tie when a third person is in the exchange', () => {
		const text = [
			'"I never touched the till," said Tom Pell.',
			'* * *',
			'"Who is this?" asked Nell.',
			'"A thief," said the constable.',
			'"Is it true, Pell?" asked Nell.',
			'"Serious!" snarled the prisoner.',
		].join('\n\n');
		assert.strictEqual(speakers(text).at(-1), 'the prisoner');
	});
});
