// Single-quote text, where one mark opens a quote, closes one, or is an apostrophe.
import * as assert from 'assert';
import { quotes } from './quoteText';

describe('dialogue: British single quotes', () => {
	const cases: [string, string, string[]][] = [
		['a plural possessive inside', '‘Mind the boys’ coats,’ said the Rat.', ['‘Mind the boys’ coats,’']],
		['an elision opening the speech', '‘’Tis late,’ said Toad.', ['‘’Tis late,’']],
		['elisions and apostrophes in narration', '’Tis late, and rock ’n’ roll starts at eight o’clock.', []],
		['a dropped g', '‘I’m goin’ home,’ she said.', ['‘I’m goin’ home,’']],
		[
			'a closing mark after a letter, then a new quote',
			'‘Those are the boys’ said the Rat, ‘and they’re late.’',
			['‘Those are the boys’', '‘and they’re late.’'],
		],
		['a closing mark after a letter at the paragraph’s end', '‘What lies over THERE’ asked the Mole.', ['‘What lies over THERE’']],
		['straight, with contractions', "'Hallo,' said the Mole, 'you're late.'", ["'Hallo,'", "'you're late.'"]],
		['straight elisions', "'Tis the '90s, and rock 'n' roll at four o'clock.", []],
		['an elision inside straight speech', "'I got 'im good,' he said.", ["'I got 'im good,'"]],
		['‘ typed for an elision', 'In or out of ‘em, it doesn’t matter.', []],
		['nested double quotes inside', '‘He said “go away” to me,’ said Mole.', ['‘He said “go away” to me,’']],
		['a double quote at the top level too', '“Out!” said the Badger.', ['“Out!”']],
	];
	for (const [rule, paragraph, expected] of cases) {
		it(rule, () => assert.deepStrictEqual(quotes(paragraph, 'single'), expected));
	}

	it('never takes an apostrophe for a quote in double-quote text', () => {
		assert.deepStrictEqual(quotes("The boys' coats, 'tis said, hung by the door.", 'double'), []);
	});
});
