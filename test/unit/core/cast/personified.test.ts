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
});
