// Utterances set in italics rather than quote marks: `he cried out, _Langro dehul san_`.
import * as assert from 'assert';
import { dialogue, quotes } from './quoteText';

describe('dialogue: utterances set in italics', () => {
	const cases: [string, string, string[]][] = [
		['handed in by a verb of crying out and a comma', 'The sentry cried out twice, _Vora tesh_: the others ran.', ['_Vora tesh_']],
		['handed in by a cry aloud', 'One of them shouted aloud _Kelo ba_; the gate swung open.', ['_Kelo ba_']],
		['a shout of', 'There was a great shout of _Mirak sul_.', ['_Mirak sul_']],
		['running on into the sentence is not', 'The crowd kept crying, *Osh nara!* until dawn.', []],
		['running on after a few spaces is not', 'The crowd kept crying, *Osh nara*     until dawn.', []],
		['in asterisks, ending the clause', 'The crowd kept crying, *Osh nara!*', ['*Osh nara!*']],
		['emphasis inside a sentence is not', 'He said _nothing_ about it.', []],
		['a capitalised word running on into the sentence is not', 'She whispered _Tom_ was late.', []],
		['a title after a comma is not', 'She told me about her favourite novel, _Emma_.', []],
		['a word in lower case is not', 'He repeated it, _slowly_.', []],
		['a clause without a verb of crying out is not', 'The ship was named, after all, _Endeavour_.', []],
		['bold is not', 'He shouted, **Run**.', []],
		['italics inside a quote stay inside it', '“He cried, _Stop_!” said Mara.', ['“He cried, _Stop_!”']],
	];
	for (const [rule, paragraph, expected] of cases) {
		it(rule, () => assert.deepStrictEqual(quotes(paragraph, 'double'), expected));
	}

	it('are read in a paragraph without quote marks, and only in English quote styles', () => {
		const text = 'The sentry cried out twice, _Vora tesh_: the others ran.\n\n“Run,” said Mara.';
		assert.deepStrictEqual(dialogue(text), ['_Vora tesh_', '“Run,”']);
		assert.deepStrictEqual(quotes('The sentry cried out twice, _Vora tesh_: the others ran.', 'guillemets'), []);
	});
});
