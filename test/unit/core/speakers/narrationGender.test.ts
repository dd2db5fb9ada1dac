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
});
