import * as assert from 'assert';
import { analyzeStory } from '../../../../src/core';

/** The speaker of each quote, `-` for none. */
function speakers(text: string): string[] {
	return analyzeStory(text).dialogue.map(span => span.speaker ?? '-');
}

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
		assert.deepStrictEqual(speakers(text).slice(-2), ['Nell', 'Pell']);
	});

	it('leaves a description tied only once as it is', () => {
		const text = [visit('Monday'), '* * *', '"Must I stay in bed?" asked Nell.', '"Two days," said the doctor.'].join('\n\n');
		assert.deepStrictEqual(speakers(text).slice(-2), ['Nell', 'the doctor']);
	});

	it('never ties a description to someone of the other sex', () => {
		const quarrel = (day: string) =>
			[`On ${day} the girl came to the door.`, '"Let me in," said the girl.', '"Go home," said Bram. He shut the door on her.', '"I won\'t," he said.'].join(
				'\n\n',
			);
		const text = [quarrel('Monday'), '* * *', quarrel('Friday'), '* * *', '"Open up!" cried the girl.'].join('\n\n');
		assert.strictEqual(speakers(text).at(-1), 'the girl');
	});
});
