import * as assert from 'assert';
import { analyzeStory, characterLines, findCast, NameTagger } from '../../../../src/core';

const tagger = new NameTagger();

const FERRY = [
	'# The Ferry',
	'',
	'"Tickets," said Oona. "Tickets, please."',
	'',
	'"I lost mine," said Bram. Oona looked at him for a long time.',
	'',
	'***',
	'',
	'"Then you swim," Oona said, and Bram laughed.',
	'',
	'"Will you really make me?" Bram asked.',
].join('\n');

describe('character lines', () => {
	it('gives each line a character speaks, in order, with its scene and its words', () => {
		const model = analyzeStory(FERRY);
		const cast = findCast([model], tagger);
		const oona = cast.characters.find(character => character.name === 'Oona');
		assert.ok(oona, 'Oona is in the cast');
		assert.deepStrictEqual(
			characterLines([model], cast, oona).map(line => ({ scene: line.scene, text: line.text, kind: line.kind })),
			[
				{ scene: 0, text: '"Tickets,"', kind: 'speech' },
				{ scene: 0, text: '"Tickets, please."', kind: 'speech' },
				{ scene: 1, text: '"Then you swim,"', kind: 'speech' },
			],
		);
		const bram = cast.characters.find(character => character.name === 'Bram');
		assert.ok(bram, 'Bram is in the cast');
		assert.deepStrictEqual(
			characterLines([model], cast, bram).map(line => FERRY.slice(line.start, line.end)),
			['"I lost mine,"', '"Will you really make me?"'],
		);
	});
});
