import * as assert from 'assert';
import { speakerNames } from './quoteSpeakers';

describe('descriptions the story ties to a person', () => {
	const visit = (day: string) =>
		[
			`On ${day} the doctor came up the hill again.`,
			'"Is it broken?" asked Nell.',
			'"Only bruised," said the doctor.',
			'"Will it heal?"',
			'"In a week," said Pell.',
		].join('\n\n');

	it('names a description no exchange names after the person other exchanges tied it to', () => {
		const text = [visit('Monday'), '* * *', visit('Friday'), '* * *', '"Must I stay in bed?" asked Nell.', '"Two days," said the doctor.'].join('\n\n');
		assert.deepStrictEqual(speakerNames(text).slice(-2), ['Nell', 'Pell']);
	});

	it('counts ties to a name and to a fuller spelling of it as ties to one person', () => {
		const text = [
			visit('Monday'),
			'* * *',
			visit('Friday').replace('said Pell', 'said Abel Pell'),
			'* * *',
			'"Must I stay in bed?" asked Nell.',
			'"Two days," said the doctor.',
		].join('\n\n');
		assert.deepStrictEqual(speakerNames(text).slice(-2), ['Nell', 'Abel Pell']);
	});

	it('leaves a description tied only once as it is', () => {
		const text = [visit('Monday'), '* * *', '"Must I stay in bed?" asked Nell.', '"Two days," said the doctor.'].join('\n\n');
		assert.deepStrictEqual(speakerNames(text).slice(-2), ['Nell', 'the doctor']);
	});

	it('never ties a description to someone of the other sex', () => {
		const quarrel = (day: string) =>
			[`On ${day} the girl came to the door.`, '"Let me in," said the girl.', '"Go home," said Bram. He shut the door on her.', '"I won\'t," he said.'].join(
				'\n\n',
			);
		const text = [quarrel('Monday'), '* * *', quarrel('Friday'), '* * *', '"Open up!" cried the girl.'].join('\n\n');
		assert.strictEqual(speakerNames(text).at(-1), 'the girl');
	});

	it('takes no tie to someone the narration has made the other sex, nor makes them that sex', () => {
		// Bram cuts into the girl's talk: the alternation hands him her place, which must not make him a she.
		const interrupted = (day: string) =>
			[
				`On ${day} the girl came to the back door.`,
				'"Let me stay," said the girl.',
				'"Go home," said Nell.',
				'Bram came in from the yard, and he shut the door behind him.',
				'"Hush, both of you," said Bram.',
			].join('\n\n');
		const named = (day: string) =>
			[`On ${day} Pell heard a knock.`, '"Who is there?" asked Pell.', '"Only me," said the girl.', '"Come in, then."', '"Thank you," said Nell.'].join('\n\n');
		const text = [
			interrupted('Monday'),
			'* * *',
			interrupted('Tuesday'),
			'* * *',
			named('Friday'),
			'* * *',
			named('Sunday'),
			'* * *',
			'"Open up!" cried the girl.',
		].join('\n\n');
		assert.strictEqual(speakerNames(text).at(-1), 'Nell');
	});

	it('names a description after the person nearby exchanges tied it to, where the book gives it to another later', () => {
		const visit = (day: string, name: string) =>
			[
				`On ${day} Tom knocked at the cottage.`,
				'"Who is it?" asked Tom.',
				'"Nobody you know," said the old lady.',
				'"It is only me."',
				`"Come in, then," said ${name}.`,
			].join('\n\n');
		const lone = ['* * *', 'Tom sat by the fire.', '"Is the kettle on?" asked Tom.', '"It is boiling," said the old lady.'].join('\n\n');
		// A long stretch of other talk between the two parts of the book.
		const meanwhile = Array.from({ length: 60 }, (_, index) => `* * *\n\n"Rain again, day ${index}," said Kit.\n\n"It will stop," said Jem.`).join('\n\n');
		const text = [
			visit('Monday', 'Mrs. Hale'),
			'* * *',
			visit('Tuesday', 'Mrs. Hale'),
			lone,
			meanwhile,
			...['May', 'June', 'July'].map(month => `* * *\n\n${visit(`a day in ${month}`, 'Mrs. Marsh')}`),
		].join('\n\n');
		const said = speakerNames(text);
		assert.strictEqual(said[9], 'Mrs. Hale');
		assert.deepStrictEqual(said.slice(8, 10), ['Tom', 'Mrs. Hale']);
	});

	it('names `his wife` after the man who just spoke: Mrs. Pell after Mr. Pell, when she speaks elsewhere', () => {
		const text = [
			'"The cart is late," said Mrs. Pell.',
			'"It always is," said Tom.',
			'* * *',
			'Tom came in with the post.',
			'"Nothing for us," said Mr. Pell.',
			'"Nothing at all?" said his wife.',
		].join('\n\n');
		assert.strictEqual(speakerNames(text).at(-1), 'Mrs. Pell');
	});

	it('never ties a description to the name its lines went back and forth with', () => {
		// The stranger speaks twice running, so the alternation slips and hands Mr. Wick the stranger's place;
		// the exchange has shown them to be two people answering each other.
		const text = [
			'The stranger sat in the corner of the inn, and Mr. Wick came in out of the rain.',
			'"Were you looking for me?" said the stranger.',
			'"Not I," said Mr. Wick.',
			'"You stared in at the window," said the stranger.',
			'"I stare in at every window," said Mr. Wick.',
			'"Sit down," said the stranger.',
			'He pushed a chair out with his boot. "And be quick about it," said the stranger.',
			'"What do you want with me?"',
			'"Nothing yet," said Mr. Wick, and sat.',
			'"Then listen," said the stranger.',
		].join('\n\n');
		const said = speakerNames(text);
		assert.deepStrictEqual([said[5], said[7], said[8]], ['the stranger', 'Mr. Wick', 'the stranger']);
	});

	it('still ties a description to the name that takes its place, though the two speak in a row', () => {
		// `said Harry`, then `said the young man`: one man speaking twice, as far as two lines tell.
		const text = [
			'Rain beat on the shutters when the knock came.',
			'"Who is there?" said Nell.',
			'"Only a traveller," said the young man.',
			'"Come in out of the wet," said Nell.',
			'"Thank you," said Harry.',
			'He shook the rain from his coat. "It is a long road from the coast," said the young man.',
			'"Sit by the fire," said Nell.',
			'"I will," said the young man.',
		].join('\n\n');
		assert.deepStrictEqual(speakerNames(text), ['Nell', 'Harry', 'Nell', 'Harry', 'Harry', 'Nell', 'Harry']);
	});
});
