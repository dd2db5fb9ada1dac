import * as assert from 'assert';
import { analyzeStory, findCast, NameTagger } from '../../../../src/core';

// One tagger for the file: compromise's lexicon loads once.
const tagger = new NameTagger();

function names(text: string): string[] {
	return findCast([analyzeStory(text)], tagger).characters.map(character => character.name);
}

// `Quarrowmere` is a port: told of, sailed from, never speaking, owning or doing anything. `Tibbet` is the
// ship's terrier, seen as often and with no more evidence, but never after `of`.
const HARBOUR = [
	'The old sailor filled his pipe. "My home port is Quarrowmere, though I left it young," he said. "You will have heard of Quarrowmere, surely?"',
	'',
	'"Never," said Wren.',
	'',
	'"We shipped out from Quarrowmere with salt and wool. The cook kept a terrier, Tibbet by name, and Tibbet and the cat slept in the rope locker. The cook fed Tibbet scraps."',
	'',
	'"Tell it again," said Wren.',
].join('\n');

describe('cast: a name seen after `of` with nothing that says person', () => {
	it('leaves out a place the prose only tells of (`heard of Quarrowmere`)', () => {
		assert.ok(!names(HARBOUR).includes('Quarrowmere'), names(HARBOUR).join(', '));
	});

	it('keeps a name seen as often with no place preposition before it', () => {
		assert.ok(names(HARBOUR).includes('Tibbet'), names(HARBOUR).join(', '));
	});

	it('keeps the same name where it does what people do', () => {
		const text = HARBOUR.replace('"Never," said Wren.', '"Never," said Quarrowmere.');
		assert.ok(names(text).includes('Quarrowmere'), names(text).join(', '));
	});
});
