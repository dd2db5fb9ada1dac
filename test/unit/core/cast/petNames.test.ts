import * as assert from 'assert';
import { analyzeStory, findCast, NameTagger } from '../../../../src/core';

const tagger = new NameTagger();

/** Each character as `name (aliases): lines`. */
function cast(text: string): string[] {
	return findCast([analyzeStory(text)], tagger).characters.map(
		character => `${character.name} (${[...character.aliases].sort().join(', ')}): ${character.lines}`,
	);
}

const riverbank = [
	'"Hurry up," said the Stoat to the Ferret.',
	'"The boat is ready," said the Rat. The Rat was pleased with his boat.',
	'"Is it?" asked the Mole. The Mole had never seen a boat.',
	'"It is," said the Rat. "Get in, Moly."',
	'The Mole got in. "Oh, Ratty, it moves!"',
	'"Of course it moves," said the Water Rat. The Rat laughed at the Mole.',
	'"Ratty," said the Mole, "teach me to row."',
	'The Rat shook his head. The Mole sulked and the Rat rowed on.',
].join('\n\n');

describe('pet names and longer spellings of a character', () => {
	it('joins a pet name the prose makes of a name to it (Ratty, Moly)', () => {
		const characters = cast(riverbank);
		assert.ok(
			characters.some(line => line.startsWith('Rat (') && line.includes('Ratty')),
			characters.join('\n'),
		);
		assert.ok(
			characters.some(line => line.startsWith('Mole (') && line.includes('Moly')),
			characters.join('\n'),
		);
		assert.ok(!characters.some(line => line.startsWith('Ratty') || line.startsWith('Moly')), characters.join('\n'));
	});

	it('counts the lines a longer spelling speaks (said the Water Rat) for the character', () => {
		const rat = cast(riverbank).find(line => line.startsWith('Rat ('));
		assert.ok(rat?.endsWith(': 4'), rat);
	});

	it('keeps a pet name of the other sex apart', () => {
		const text = [
			'"Good morning," said Emil. He tipped his hat.',
			'"Good morning," said Emily. She smiled at him.',
			'Emil walked on. Emil was late. Emil ran.',
			'Emily waved. She called after him.',
		].join('\n\n');
		const names = cast(text).map(line => line.split(' (')[0]);
		assert.ok(names.includes('Emil') && names.includes('Emily'), names.join(', '));
	});
});

describe('Spanish pet names', () => {
	it('joins a name made with -ito or -ita to the name it is made from', () => {
		const text = [
			'Rosario entró con la bandeja. Rosario sonreía. Joaquín leía junto a la ventana.',
			'—Buenos días —dijo Rosarito.',
			'—Hola —contestó Joaquín. Joaquín no levantó la vista.',
			'Rosario dejó la bandeja. Rosarito miró a Joaquín, y Rosario suspiró.',
			'—¿Quieres café? —preguntó Rosarito.',
			'—Sí —dijo Joaquinito.',
			'Joaquín bebió el café. Rosario salió, y Joaquín volvió a su libro.',
			'Por la tarde Rosarito volvió. Rosario traía flores, y Joaquinito las miró.',
			'—Son para ti —dijo Rosario.',
			'—Gracias —dijo Joaquinito.',
			'Rosario y Joaquín salieron al jardín. Rosario cantaba. Joaquín la escuchaba.',
		].join('\n\n');
		assert.deepStrictEqual(cast(text), ['Rosario (Rosarito): 3', 'Joaquín (Joaquinito): 3']);
	});

	it('keeps a name of its own that ends like one apart (Benito is not Ben)', () => {
		const text = [
			'"Good morning," said Ben. Ben tipped his hat.',
			'"Good morning," said Benito. Benito smiled at him.',
			'Ben walked on. Ben was late. Ben ran.',
		].join('\n\n');
		const names = cast(text).map(line => line.split(' (')[0]);
		assert.ok(names.includes('Ben') && names.includes('Benito'), names.join(', '));
	});
});
