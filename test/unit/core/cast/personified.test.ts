import * as assert from 'assert';
import { analyzeStory, findCast, NameTagger } from '../../../../src/core';

const tagger = new NameTagger();

/** Each character as `name (aliases): lines`. */
function cast(text: string): string[] {
	return findCast([analyzeStory(text)], tagger).characters.map(
		character => `${character.name} (${[...character.aliases].sort().join(', ')}): ${character.lines}`,
	);
}

describe('abstractions and interjections the prose capitalises', () => {
	const text = [
		'In winter Nature was deep in her sleep, and Nature kept her secrets. Nobody heard Nature stir.',
		'"Ho, ho!" cried Toad. "Ho, ho! What a fellow I am!" Toad hated Society. Society bored Toad.',
		'"Honey," said Hum, and Hum licked his paw. Hum was a bear of little sense.',
		'"Ho! Listen to me," said Toad to Hum. Hum yawned.',
	].join('\n\n');

	it('keeps a personified abstraction or an interjection out of the cast', () => {
		const names = cast(text).map(line => line.split(' (')[0]);
		assert.ok(!names.includes('Nature') && !names.includes('Society') && !names.includes('Ho'), names.join(', '));
	});

	it('keeps one the prose lets speak: a bear called Hum', () => {
		const names = cast(text).map(line => line.split(' (')[0]);
		assert.ok(names.includes('Hum') && names.includes('Toad'), names.join(', '));
	});

	it('keeps out an abstraction the prose personifies and a number that stands alone', () => {
		const street = [
			'Mara kept the wine shop and Jacques Two kept the door. Jacques Two said nothing to anyone.',
			'In that street Hunger was master. Hunger sat on every step, and the children knew Hunger by his face. The shop fed Hunger nothing.',
			'"Come in," said Mara. Two men came in from the rain. Jacques Two stood by the door, and Two watched them.',
			"Hunger followed them in. Two of the men sat down, and Mara poured. Hunger's eyes watched her, and Two's hand went to his knife.",
		].join('\n\n');
		const names = cast(street).map(line => line.split(' (')[0]);
		assert.ok(names.includes('Mara') && names.includes('Jacques Two'), names.join(', '));
		assert.ok(!names.includes('Hunger') && !names.includes('Two'), names.join(', '));
	});
});
