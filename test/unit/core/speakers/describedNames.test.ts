import * as assert from 'assert';
import { quoteSpeakers } from './quoteSpeakers';

describe('speakers: a name with a word of description in its tag', () => {
	it('reads the name after an adjective that follows an inverted speech verb', () => {
		const story = [
			'"Pretty is as pretty does," quoted Bella.',
			'"I have heard that before," remarked skeptical Tamsin, sniffing at her roses. "Oh, are these not sweet!"',
			'"Mercy on us," said astonished Bella, "have you been asleep, Tamsin?"',
		];
		assert.deepStrictEqual(quoteSpeakers(story).slice(1), [
			'"I have heard that before," Tamsin',
			'"Oh, are these not sweet!" Tamsin',
			'"Mercy on us," Bella',
			'"have you been asleep, Tamsin?" Bella',
		]);
	});
});

describe('speakers: a description in the tag of a sentence the named speaker goes on with', () => {
	it('keeps the named speaker for a quote that opens in lower case, though its own tag says `the girl`', () => {
		const story = [
			'"Where is the boat?" asked the gentleman.',
			'"I told you before," replied Nell, "that I was afraid to speak to you there. I do not know why it is," said the girl, shuddering, "but I have such a fear upon me tonight."',
			'"Hi," said Nell. "Hello," said the boy.',
		];
		assert.deepStrictEqual(quoteSpeakers(story).slice(1), [
			'"I told you before," Nell',
			'"that I was afraid to speak to you there. I do not know why it is," Nell',
			'"but I have such a fear upon me tonight." Nell',
			'"Hi," Nell',
			'"Hello," the boy',
		]);
	});
});
