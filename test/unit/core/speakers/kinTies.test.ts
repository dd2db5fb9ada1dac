import * as assert from 'assert';
import { speakerNames as speakers } from './quoteSpeakers';

describe('kin words the family name ties to a person', () => {
	const market = ['Nell Pell kept the stall on market days.', '"Eggs are dear this week," said Mrs. Pell.', '"Then we sell fewer," said Mr. Pell.'].join(
		'\n\n',
	);

	it('names `her mother` after the surname the story gives the daughter', () => {
		const text = [market, '* * *', 'Nell came home late.', '"The rain caught me," said Nell.', '"You should have run," said her mother.'].join('\n\n');
		assert.strictEqual(speakers(text).at(-1), 'Mrs. Pell');
	});

	it('names `her father` and `his wife` the same way', () => {
		const text = [
			market,
			'* * *',
			'"May I go to the fair?" asked Nell.',
			'"Not alone," said her father.',
			'* * *',
			'Mr. Pell counted the takings.',
			'"Short again," cried his wife.',
		].join('\n\n');
		const said = speakers(text);
		assert.strictEqual(said.at(-2), 'Mr. Pell');
		assert.strictEqual(said.at(-1), 'Mrs. Pell');
	});

	it('never gives a married woman her husband for a father', () => {
		const text = [market, '* * *', '"I wrote to Dover," said Mrs. Pell.', '"He will come," said her father.'].join('\n\n');
		assert.strictEqual(speakers(text).at(-1), 'her father');
	});

	it('names a kin word nothing ties nearby after the person the story tied it to elsewhere', () => {
		const visit = (day: string) => [`On ${day} Nell swept the step.`, '"Is it done?" asked her mother.', '"Nearly," said Nell.'].join('\n\n');
		const text = [market, '* * *', visit('Monday'), '* * *', visit('Tuesday'), '* * *', 'The bell rang twice.', '"Who is there?" asked her mother.'].join(
			'\n\n',
		);
		assert.strictEqual(speakers(text).at(-1), 'Mrs. Pell');
	});
});
