import * as assert from 'assert';
import { opensClause, pronounAfter } from '../../../../src/core/structure/pronounAfterName';

describe('what the words after a name say of its sex', () => {
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

	const openings: [string, string, string, boolean][] = [
		['a sentence’s opening', 'The boat drifted. Mara lit her lamp.', 'Mara', true],
		['after a conjunction', 'The boat drifted and Mara lit her lamp.', 'Mara', true],
		['not after a preposition', 'He rowed out with Mara, his hands raw.', 'Mara', false],
		['not after a verb', 'The news startled Mara; she sat down.', 'Mara', false],
	];
	for (const [rule, sentence, name, expected] of openings) {
		it(`reads a name as a subject: ${rule}`, () => {
			assert.strictEqual(opensClause(sentence, sentence.indexOf(name)), expected);
		});
	}
});
