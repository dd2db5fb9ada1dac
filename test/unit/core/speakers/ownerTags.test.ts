import * as assert from 'assert';
import { quoteSpeakers } from './quoteSpeakers';

describe('speakers: a tag that makes the speaker the owner of the words', () => {
	it('reads `was Tamsin’s answer` and `was the firm reply of Mr. Lamb` after a quote', () => {
		const story = [
			'"Tea?" asked Bella.',
			'"I do not think the new curate will do, Bella" was Tamsin’s final summing up. "He has no imagination."',
			'"No," said Bella.',
			'"We shall have plenty without it" were Bella’s words on the matter.',
			'"Not a farthing more," was the firm reply of Mr. Lamb.',
		];
		assert.deepStrictEqual(quoteSpeakers(story).slice(1), [
			'"I do not think the new curate will do, Bella" Tamsin',
			'"He has no imagination." Tamsin',
			'"No," Bella',
			'"We shall have plenty without it" Bella',
			'"Not a farthing more," Mr. Lamb',
		]);
	});
});
