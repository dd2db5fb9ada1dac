import * as assert from 'assert';
import { analyzeStory } from '../../../../src/core';
import { pronounAfter } from '../../../../src/core/speakers/narrationGender';

describe('what the narration says of a person’s sex', () => {
	const cases: [string, string, 'he' | 'she' | undefined][] = [
		['a possessive after the name', 'Tobias pulled on his boots.', 'he'],
		['her before a noun', 'Mara sat with the lamp between her knees.', 'she'],
		['not her as an object', 'Mara looked at her and laughed.', undefined],
		['nothing past the end of the sentence', 'Mara nodded. He left.', undefined],
	];
	for (const [rule, sentence, expected] of cases) {
		it(rule, () => {
			const name = sentence.split(' ')[0];
			assert.strictEqual(pronounAfter(sentence, name.length, sentence.length), expected);
		});
	}

	it('keeps a beat’s subject from the `she` who speaks after it', () => {
		const text = [
			'Tobias pulled on his boots. Mara lit her lamp.',
			'"Ready?" asked Mara.',
			'"Ready," said Tobias.',
			'Tobias rowed out past the point.',
			'"There," she said.',
		].join('\n\n');
		assert.deepStrictEqual(
			analyzeStory(text).dialogue.map(span => span.speaker),
			['Mara', 'Tobias', 'Mara'],
		);
	});

	it('gives a `she` after a beat to the woman it names when nothing says what its subject is', () => {
		const text = [
			'Oren bailed. Ines knelt in the bow with the rope across her lap and looked for the buoy.',
			'"Starboard," she said. "Hard over."',
			'"Starboard it is," said Oren.',
		].join('\n\n');
		assert.deepStrictEqual(
			analyzeStory(text).dialogue.map(span => span.speaker),
			['Ines', 'Ines', 'Oren'],
		);
	});

	it('keeps the beat’s subject when the narration names two women', () => {
		const text = ['Oren bailed. Ines knelt in the bow with the rope across her lap. Wren sat with her hands in her sleeves.', '"Starboard," she said.'].join(
			'\n\n',
		);
		assert.deepStrictEqual(
			analyzeStory(text).dialogue.map(span => span.speaker),
			['Oren'],
		);
	});
});
