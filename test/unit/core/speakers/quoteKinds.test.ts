import * as assert from 'assert';
import { analyzeStory, findCast, NameTagger } from '../../../../src/core';

/** Each quote of the story with its kind and speaker, `-` for none. */
function kinds(text: string): string[] {
	return analyzeStory(text).dialogue.map(span => `${text.slice(span.start, span.end)} ${span.kind} ${span.speaker ?? '-'}`);
}

describe('quote kinds', () => {
	const cases: [string, string, string[]][] = [
		['speech by default', '"The tide is turning," said Nell.', ['"The tide is turning," speech Nell']],
		['a thought tagged after the quote', '"He has forgotten me," thought Edith.', ['"He has forgotten me," thought Edith']],
		['a thought tagged in German', '„Jetzt bin ich allein“, dachte Lotte.', ['„Jetzt bin ich allein“ thought Lotte']],
		['a thought tagged in Spanish', '«Ya es tarde», pensó Inés.', ['«Ya es tarde» thought Inés']],
		['a thought with its thinker first', '"Too late," Edith thought to herself.', ['"Too late," thought Edith']],
		['a thought led into', 'Edith thought, "The gate is open."', ['"The gate is open." thought Edith']],
		['a thought carried on past its tag', '"Odd," thought Edith. "Very odd indeed."', ['"Odd," thought Edith', '"Very odd indeed." thought Edith']],
		['a note read out', 'The note ran: "Back at six."', ['"Back at six." written -']],
		['a sign', '"No bathing," read the sign.', ['"No bathing," written -']],
		[
			'a written thing the subject of the verb after the quote',
			'Nell opened it. "Since the thaw I have counted the days," the letter began. "Meet me at the jetty," the note said.',
			['"Since the thaw I have counted the days," written -', '"Meet me at the jetty," written -'],
		],
		['a person named for a written thing still speaks', '"Yes," the letter-carrier said.', ['"Yes," speech the letter-carrier']],
		[
			'the written thing the narration named, tagged `it said`',
			'Vance took the telegram from his coat. It was sent from Mudford at noon. "Come to the docks," it said. "Wait there."',
			['"Come to the docks," written -', '"Wait there." written -'],
		],
		['but not a verb spelt as a written thing', 'The Heron did not notice this, and went on. "Where was I?" it said.', ['"Where was I?" speech -']],
		[
			'a letter, its writer named after it',
			'"Back by the tenth," she wrote. "Keep the fire in."',
			['"Back by the tenth," written -', '"Keep the fire in." written -'],
		],
		['a letter, its writer named after the verb', '"Dear Ned" [wrote Tess], "the roof leaks."', ['"Dear Ned" written -', '"the roof leaks." written -']],
		['a headline', 'Pell held up the paper. The headline said: "Storm lashes the coast."', ['"Storm lashes the coast." written -']],
		['not a thought that only mentions thinking', '"Hush," he said, and she thought of her mother.', ['"Hush," speech -']],
		// Bram only hears the line: the warden says it.
		['not a thought when what follows is heard', 'Bram waited.\n\n"Come away!" he thought he heard the warden say.', ['"Come away!" speech -']],
		[
			'not writing when `her words` are said',
			'"Keep the light," were her words, "whatever happens."',
			['"Keep the light," speech -', '"whatever happens." speech -'],
		],
	];
	for (const [rule, text, expected] of cases) {
		it(rule, () => assert.deepStrictEqual(kinds(text), expected));
	}

	it('leaves a named thought out of the turns, so the next line still answers the last speaker', () => {
		const text = ['"Where were you?" asked Nell.', '"At the harbour," said Bram.', '"He is lying," thought Nell.', '"Were you now?"', '"I was."'].join('\n\n');
		assert.deepStrictEqual(
			analyzeStory(text).dialogue.map(span => span.speaker),
			['Nell', 'Bram', 'Nell', 'Nell', 'Bram'],
		);
	});

	it('counts thoughts in no one’s lines', () => {
		const text = ['"Good morning," said Nell.', '"He has forgotten me," thought Nell.', '"Rain again," thought Nell.'].join('\n\n');
		const nell = findCast([analyzeStory(text)], new NameTagger()).characters.find(character => character.name === 'Nell');
		assert.strictEqual(nell?.lines, 1);
	});
});
