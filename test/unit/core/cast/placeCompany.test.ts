import * as assert from 'assert';
import { analyzeStory, findCast, NameTagger } from '../../../../src/core';

// One tagger for the file: compromise's lexicon loads once.
const tagger = new NameTagger();

function names(text: string): string[] {
	return findCast([analyzeStory(text)], tagger).characters.map(character => character.name);
}

const VOYAGE = [
	'Pell had sailed everywhere. He talked of the pleasant harbours of Cornwall and Devon, of the fogs of the Channel, and of the night the mast went.',
	'',
	'"Tell it again," said Wren.',
	'',
	'"Not tonight," said Pell. "The tide is turning, and the nets want mending."',
].join('\n');

describe('cast: a name only listed beside places', () => {
	it('leaves out a first name the prose only lists with a place (`Cornwall and Devon`)', () => {
		assert.deepStrictEqual([...names(VOYAGE)].sort(), ['Pell', 'Wren']);
	});

	it('keeps the same name where it is someone', () => {
		const text = VOYAGE.replace('"Tell it again," said Wren.', '"Tell it again," said Devon.');
		assert.deepStrictEqual([...names(text)].sort(), ['Devon', 'Pell']);
	});
});
