import * as assert from 'assert';
import { speakerNames } from './quoteSpeakers';

describe('a description that is a title the story gives one named person', () => {
	// The chemist's shop: a doctor before the story names one. The farm: Mr. Pellow, a doctor by one line.
	const text = [
		"At the chemist's the doctor looked at the cut on Nell's hand.",
		'"It will mend," said the doctor.',
		'"Thank you," said Nell.',
		'* * *',
		'At the farm Mr. Pellow took off his coat and washed his hands.',
		'"Where does it hurt?" asked Mr. Pellow.',
		'"Here, sir," said Bram.',
		'Nell came in from the yard with a jug of water.',
		'"I told Mother that Doctor Pellow was on his way," said Nell.',
		"The doctor lifted the boy's arm and turned it gently.",
		'"Broken," said the doctor. "Bring me a board and a strip of linen."',
	].join('\n\n');

	it('stands for that person by the name they speak under, from where the story names them', () => {
		const said = speakerNames(text);
		assert.strictEqual(said.at(-1), 'Mr. Pellow', said.join(' | '));
	});

	it('stays as it is before the story names anyone so', () => {
		assert.strictEqual(speakerNames(text)[0], 'the doctor');
	});
});
