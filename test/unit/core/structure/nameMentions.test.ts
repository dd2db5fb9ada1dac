import * as assert from 'assert';
import { findQuotes } from '../../../../src/core/dialogue/dialogue';
import { findNameMentions } from '../../../../src/core/structure/nameMentions';
import { MentionFlag } from '../../../../src/core/structure/types';

/** The runs of one paragraph, each with the names of its flags. */
function mentions(paragraph: string): [string, string[]][] {
	return findNameMentions(paragraph, findQuotes(paragraph, 'double').spans).map(mention => [
		paragraph.slice(mention.start, mention.end),
		(Object.keys(MentionFlag) as (keyof typeof MentionFlag)[]).filter(flag => mention.flags & MentionFlag[flag]),
	]);
}

function runs(paragraph: string): string[] {
	return mentions(paragraph).map(([text]) => text);
}

describe('nameMentions', () => {
	describe('runs of capitalised words', () => {
		const cases: [string, string, string[]][] = [
			['a first and last name is one run', 'The ferry brought Hattie Marsh to the island.', ['Hattie Marsh']],
			['an honorific keeps its full stop', 'Everyone bowed to Mr. Quill that evening.', ['Mr. Quill']],
			['a particle joins the parts of one name', 'She had a print of Leonardo da Vinci on the wall.', ['Leonardo da Vinci']],
			['an initial joins too', 'The letter was signed Terry O. Nicholson in green ink.', ['Terry O. Nicholson']],
			['a letter with a full stop of its own may be a name', 'The warder looked at K. and went to the window.', ['K.']],
			['a lone capital is no name, nor a letter of an abbreviation', 'I said that I would go to the U.S. with Tam.', ['Tam']],
			['a name may wrap across a line', 'The harbour master,\nAnna\nPávlovna, waved.', ['Anna\nPávlovna']],
			['apostrophes and hyphens inside a name hold it together', 'Then O’Hara and Jean-Paul arrived.', ['O’Hara', 'Jean-Paul']],
			['a closed-class word is never part of a run', 'When Orla came, The Lantern was shut.', ['Orla', 'Lantern']],
			['the pronoun I is no name', 'I told Orla that I knew.', ['Orla']],
			['a title after a name starts the next name', 'The Emperor Alexander Prince Vasíli said nothing.', ['Emperor Alexander', 'Prince Vasíli']],
			['a possessive and a contraction end the name', "Orla's coat was wet, and Orla'll dry it.", ['Orla', 'Orla']],
			['a full stop after a name ends the sentence', 'He waved to Orla. Then he left.', ['Orla']],
			["another language's word is a name after an English title", 'The lamp was lit by Mr. Der and Miss Este.', ['Mr. Der', 'Miss Este']],
			['but an English one is not', 'Then Mr. The came.', ['Mr.']],
			['Spanish `y` joins a full name’s two surnames', 'Con su sobrina llegó Ermelinda Ruiz y Ruiz.', ['Ermelinda Ruiz y Ruiz']],
			['but after one name it joins two people', 'Entonces salieron Tomás y Lucía, y luego Don Anselmo y Pilar.', ['Tomás', 'Lucía', 'Don Anselmo', 'Pilar']],
			['a French word with its article elided into it opens no name', 'L’opinion de Ned Land était faite. C’est Nicolas qui parle.', ['Ned Land', 'Nicolas']],
			['but an Irish or Gascon name keeps its apostrophe', 'D’Artagnan bowed to O’Hara.', ['D’Artagnan', 'O’Hara']],
			['and a sentence never opens a name on `Y`', 'Y la Lucía se fue. Mientras Tomás callaba, llovía.', ['Lucía', 'Tomás']],
			[
				'a participle opening a sentence with its object is no name',
				'Beckoning them to follow, Orla crossed the yard. Sitting\nin the boat, she waited.',
				['Orla'],
			],
			['but a name ending in -ing goes on with its verb', 'Manning said nothing. Then Fielding looked up.', ['Manning', 'Fielding']],
		];
		for (const [rule, paragraph, expected] of cases) {
			it(rule, () => assert.deepStrictEqual(runs(paragraph), expected));
		}
	});

	describe('evidence beside a run', () => {
		const cases: [string, string, [string, string[]][]][] = [
			['the first word of a paragraph opens a sentence', 'Orla rowed.', [['Orla', ['SentenceStart']]]],
			[
				'so does a word after a full stop, but not after Mr.',
				'It rained. Wren waited for Mr. Pellow.',
				[
					['Wren', ['SentenceStart']],
					['Mr. Pellow', []],
				],
			],
			['a verb of speech after the name', 'Later Orla said nothing.', [['Orla', ['SpeechVerb']]]],
			['a verb of speech before the name', '"Yes," said Orla.', [['Orla', ['SpeechVerb']]]],
			['a verb of speech past an auxiliary', 'Then Orla had whispered it.', [['Orla', ['SpeechVerb']]]],
			['a possessive', 'They took Orla’s boat.', [['Orla', ['Possessive']]]],
			['a place preposition', 'She lived in Pellham for years.', [['Pellham', ['AfterPlacePreposition']]]],
			['a determiner', 'They drank at the Lantern.', [['Lantern', ['AfterDeterminer']]]],
			['what people do', 'Later Dev touched her arm.', [['Dev', ['PersonContext']]]],
			['who people are with', 'She walked home with Dev.', [['Dev', ['PersonContext']]]],
			['an introduction', 'Her brother, Tam, came too.', [['Tam', ['Introduced']]]],
			['a name the narrator is called by', 'The keeper called me Pelloran.', [['Pelloran', ['Introduced']]]],
			['a name given with `my name is`', 'Now my name is Quenby.', [['Quenby', ['Introduced']]]],
			['a name given with `my name was`', 'Then my name was Quenby.', [['Quenby', ['Introduced']]]],
			['a person noun after the comma', 'They sent for Munro, the commander of the fort.', [['Munro', ['Introduced']]]],
			['a person noun and its adjective after the comma', 'They sent for Munro, an old ferryman, at dawn.', [['Munro', ['Introduced']]]],
			['not the subject of the next clause', 'They had entered Pellham, the old prince remembered.', [['Pellham', []]]],
			['not a phrase the name only ends', 'She was a true Goddess, a mother of all.', [['Goddess', []]]],
			['capitals all through', 'It was signed MISS BROOKE and nothing else.', [['MISS BROOKE', ['AllCaps']]]],
		];
		for (const [rule, paragraph, expected] of cases) {
			it(rule, () => assert.deepStrictEqual(mentions(paragraph), expected));
		}
	});

	describe('vocatives in dialogue', () => {
		it('a name that opens the speech and is followed by ? or !', () => {
			assert.deepStrictEqual(mentions('"Orla? Is that you?"'), [['Orla', ['SentenceStart', 'InDialogue', 'Vocative']]]);
		});

		it('a name after a comma at the end of a clause', () => {
			assert.deepStrictEqual(mentions('"Don\'t you see it, Wren?"'), [['Wren', ['InDialogue', 'Vocative']]]);
		});

		it('not a list of names, nor a title in quotes', () => {
			assert.deepStrictEqual(
				mentions('"Widow, Anvil, Long Tooth," he said.').map(([text, flags]) => [text, flags.includes('Vocative')]),
				[
					['Widow', false],
					['Anvil', false],
					['Long Tooth', false],
				],
			);
			assert.ok(!mentions('They called the horse "Rob Roy" after that.')[0][1].includes('Vocative'));
		});

		it("not a word a French elision runs into, whose apostrophe opens no quote (`d'Espagne?`)", () => {
			const found = mentions('"Connaissez-vous l\'histoire d\'Espagne?" demanda Margot.');
			assert.deepStrictEqual(
				found.find(([text]) => text === 'Espagne'),
				['Espagne', ['InDialogue']],
			);
		});
	});

	it("reads a French article elided into a name as an article, across italics (`l'_Astrolabe_`)", () => {
		const found = mentions("Le soir, Margot monta à bord de l'_Astrolabe_ avec Bastien.");
		assert.deepStrictEqual(
			found.find(([text]) => text === 'Astrolabe'),
			['Astrolabe', ['AfterDeterminer']],
		);
	});

	it('marks a name inside dialogue, and not one outside it', () => {
		const flags = mentions('"Yes, give it to Wren," Orla said.').map(([text, list]) => [text, list.includes('InDialogue')]);
		assert.deepStrictEqual(flags, [
			['Wren', true],
			['Orla', false],
		]);
	});
});
