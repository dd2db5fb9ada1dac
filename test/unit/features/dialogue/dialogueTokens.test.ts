// Which pieces of the text shown are coloured as dialogue: each quote cut at its line ends, only the
// pieces that touch the range VS Code asks for, and thoughts told apart.
import * as assert from 'assert';
import { analyzeStory } from '../../../../src/core';
import { dialogueTokens } from '../../../../src/features/dialogue/dialogueTokens';
import { LAMP_STORY, linesOf } from '../storyLines';

/** The text of each token, with `thought` marked. */
function shown(text: string, start: number, end: number): string[] {
	return dialogueTokens(analyzeStory(text), { start, end }, linesOf(text)).map(
		token => (token.thought ? 'thought: ' : '') + text.slice(token.start, token.end),
	);
}

describe('dialogueTokens', () => {
	it('cuts a quote that runs over a line break into one piece a line', () => {
		assert.deepStrictEqual(shown(LAMP_STORY, 0, LAMP_STORY.length), ['"Who is there?"', '"Come out', 'of the rain."', '"Only me,"']);
	});

	it('gives only the pieces in the range shown, a quote begun above it included', () => {
		const line = LAMP_STORY.indexOf('of the rain."');
		assert.deepStrictEqual(shown(LAMP_STORY, line, line + 'of the rain."'.length), ['of the rain."']);
	});

	it('gives a piece that only touches the range', () => {
		const end = LAMP_STORY.indexOf('"Who is there?"') + '"Who is there?"'.length;
		assert.deepStrictEqual(shown(LAMP_STORY, end, end + 2), ['"Who is there?"']);
	});

	it('gives nothing for narration', () => {
		const start = LAMP_STORY.indexOf('Mira lit');
		assert.deepStrictEqual(shown(LAMP_STORY, start, start + 30), []);
	});

	it('marks a thought, so it is coloured apart from speech', () => {
		const text = '"The light must not fail," thought Mira.\n\n"Is it lit?" asked Tom.\n';
		assert.deepStrictEqual(shown(text, 0, text.length), ['thought: "The light must not fail,"', '"Is it lit?"']);
	});

	it('stops once cancelled', () => {
		const model = analyzeStory(LAMP_STORY);
		assert.deepStrictEqual(
			dialogueTokens(model, { start: 0, end: LAMP_STORY.length }, linesOf(LAMP_STORY), () => true),
			[],
		);
	});
});
