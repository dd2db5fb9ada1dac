import * as assert from 'assert';
import * as fc from 'fast-check';
import { byStart } from '../../../../src/core/cast/findCast';
import { analyzeStory, appearanceAt, Cast, CastOverrides, castScenes, findCast, namedAppearances, NameTagger, StoryModel } from '../../../../src/core';

// One tagger for the file: compromise's lexicon loads once.
const tagger = new NameTagger();

function castOf(text: string, overrides?: CastOverrides): Cast {
	return findCast([analyzeStory(text)], tagger, { overrides });
}

/** Each character as its name and its other names, sorted; paragraphs are joined by blank lines. */
function namesWithAliases(paragraphs: readonly string[]): [string, string[]][] {
	return castOf(paragraphs.join('\n\n')).characters.map(found => [found.name, [...found.aliases].sort()]);
}

function names(text: string, overrides?: CastOverrides): string[] {
	return castOf(text, overrides).characters.map(character => character.name);
}

function character(cast: Cast, name: string) {
	const found = cast.characters.find(candidate => candidate.name === name);
	assert.ok(found, `${name} is in the cast: ${cast.characters.map(candidate => candidate.name).join(', ')}`);
	return found;
}

const HARBOUR = [
	'Hattie Marsh came off the ferry at dusk. Hattie had not been home in ten years.',
	'',
	'"Hattie? Is that you?" Wren called from the quay.',
	'',
	'"Who else would it be, Wren?" said Hattie. She dropped her bag on the stones.',
	'',
	"Wren laughed and took Hattie's bag, and they walked up to the Lantern together.",
].join('\n');

describe('cast', () => {
	it('takes a letter for a name where speech verbs tie it to lines, as `said K.`', () => {
		const text = [
			'K. woke late. The warder stood by the door.',
			'"Why are you here?" said K.',
			'"You are under arrest," said the warder.',
			'"By whom?" asked K. and sat up.',
			'"Get dressed," said the warder. K. got dressed.',
			'"Where are we going?" said K.',
			'They took Plan B. on the stairs, and the old woman across the street watched from Window A. all morning.',
		].join('\n\n');
		const k = character(castOf(text), 'K.');
		assert.strictEqual(k.lines, 3);
		assert.deepStrictEqual(names(text), ['K.']);
	});

	describe('who is a character', () => {
		it('finds the people of a scene, most mentioned first', () => {
			assert.deepStrictEqual(names(HARBOUR), ['Hattie', 'Wren']);
		});

		it('finds a name given once with who they are: `Munro, the commander of the fort`', () => {
			assert.deepStrictEqual(names('A runner came from Munro, the commander of the fort, with a request for help.'), ['Munro']);
		});

		it('finds a narrator who gives their name once: `Call me Ishmael`', () => {
			assert.deepStrictEqual(names('Call me Pelloran. Some years ago I kept the light on the point, and the gulls kept me.'), ['Pelloran']);
		});

		it('keeps a titled name in `-s` beside a first name under a title that goes before first names (`Mr. Edwards`, `Sir Edward`)', () => {
			const text = [
				'Sir Edward rode in at noon. Sir Edward was tired, and Sir Edward went straight to bed.',
				'Mr. Edwards, the steward, took his horse. Mr. Edwards fed it and brushed it down, and Mr. Edwards locked the stable.',
			].join('\n\n');
			assert.deepStrictEqual(names(text), ['Mr. Edwards', 'Sir Edward']);
		});

		it('keeps a person the story looks at again and again (`stared at Chester`), who speaks', () => {
			const text = [
				'Orla looked at Chester. Everyone in the room stared at Chester, and Tobias glanced at Chester too.',
				'"I did not take it," said Chester.',
				'Orla laughed at Chester. They were all angry at Chester that night.',
			].join('\n\n');
			assert.deepStrictEqual(names(text), ['Chester', 'Orla', 'Tobias']);
		});

		const notCharacters: [string, string, string[]][] = [
			[
				'a place the lexicon knows for a person’s name, mostly after `in`, `at`, `through` (`in Chester`)',
				[
					'Orla had lived in Chester all her life. Tobias came to stay in Chester that spring.',
					'"The rain in Chester never stops," said Tobias.',
					'Orla laughed. They walked through Chester in the evening, and at Chester station they waited for the train. Life in Chester was quiet, and Orla liked it so.',
				].join('\n\n'),
				['Orla', 'Tobias'],
			],
			[
				'places after prepositions and in the lexicon',
				'Orla took the train to Boston. In Boston she walked down Wexbury and along Wexbury to the sea. Orla said nothing. Orla slept in Wexbury.',
				['Orla'],
			],
			[
				'words capitalised only because they open a sentence',
				'Suddenly the lights failed. Still, Orla waited. Afterwards the rain came. Slowly it stopped. Orla said so. It stopped slowly, still.',
				['Orla'],
			],
			['months, weekdays and feasts', 'On Tuesday in March, before Christmas, Orla said she would leave in May.', ['Orla']],
			['interjections and oaths', '"Oh God," said Orla. "Hell, no." Orla sighed. "Good Lord."', ['Orla']],
			[
				'a title of address (`Ladyship`), spoken to and followed',
				'"Good morning, Ladyship," said Orla. Her Ladyship smiled at Orla. "Ladyship, the carriage," said Tobias. Ladyship nodded to Tobias. Orla followed Ladyship out, and Tobias held the door for Ladyship.',
				['Orla', 'Tobias'],
			],
			[
				'the oath `Lor`',
				'"Lor, what a day," said Orla. Tobias laughed at Orla, and Orla said "Lor!" to Tobias, and to the cook, and Lor knows who.',
				['Orla', 'Tobias'],
			],
			[
				'a place named after someone (`Prince Edward Island`)',
				'Anna grew up on Prince Edward Island, and Tobias said Prince Edward Island was cold. Anna missed Prince Edward Island all the same.',
				['Anna', 'Tobias'],
			],
			[
				'a house named for its owners (`Lucas Lodge`)',
				'Anna drove over to Lucas Lodge with Tobias. Tobias thought Lucas Lodge was grand, and Anna said Lucas Lodge was cold.',
				['Anna', 'Tobias'],
			],
			[
				'a boat named in italics after its article (`the _Aurora_`)',
				'Anna sailed on the _Aurora_ with Tobias. Tobias said the _Aurora_ was fast, and Anna loved the *Aurora* best of all.',
				['Anna', 'Tobias'],
			],
			['a sovereign addressed (`Sire`)', '"Yes, Sire," said Orla. "No, Sire," said Orla. Orla bowed, and the Sire smiled.', ['Orla']],
			['the Mass', 'Tobias went to Mass with Orla every week. Mass began at nine. Tobias said Mass was too long, but Orla liked Mass.', ['Orla', 'Tobias']],
			['a title alone', 'The Captain said nothing. Orla said the Captain was tired. "Yes, Captain," said Orla.', ['Orla']],
			['a show or a ship named with an article', 'They rehearsed the Lantern all week. Orla said the Lantern would close. Orla loved the Lantern.', ['Orla']],
			[
				'an English word far oftener in lower case, though a speech verb comes before it once (`cried Long live the Queen`)',
				'The crowd cried Long live the Queen, and Orla said nothing. It was a long day and a long night. The road was long, and they sang Long live the King. Orla waited a long time, and long after, she wrote Long live the Queen too. The long night went on.',
				['Orla'],
			],
			[
				"a place named by a possessive (`Lover's Lane`)",
				"Orla walked home by Lover's Lane. The trees of Lover's Lane were dark, and Orla said so. Nobody went near Lover's Lane at night, and the lane was empty.",
				['Orla'],
			],
			["the old elisions of `it` (`'Twas said`)", "'Twas said that Orla had gone. 'Tis said she went north. Orla came back in May.", ['Orla']],
			[
				'a family by its plural, though a speech verb gives it a line once',
				'Orla Sloane waved to Tobias. "We are going now," said Sloanes, all of them at once. Tobias watched the Sloanes go. The Sloanes left early, and Orla Sloane came back alone.',
				['Orla Sloane', 'Tobias'],
			],
			['a family by its plural', 'Orla Pellow said hello. The Pellows were at home. Orla said the Pellows had gone. The Pellows came back.', ['Orla Pellow']],
			[
				'a family by its plural in `-es`, and its daughters by theirs under a title (`the Lucases`, `the Miss Bennets`)',
				[
					'Orla walked up to the mill with Tobias. The Vasses lived there, all five of them. Orla said the Vasses were kind, and Tobias said the Vasses were loud.',
					'Miss Vass opened the door. "Come in," said Miss Vass. Behind her the two younger Miss Vasses were laughing, and the Miss Vasses did not stop when Tobias bowed.',
					'"The Vasses never stop," Orla said later. Tobias agreed. They had supper with Vasses all round them, and Orla liked the Vasses better than ever. The Miss Vasses sang all evening.',
				].join('\n\n'),
				['Orla', 'Tobias', 'Miss Vass'],
			],
		];
		for (const [what, text, expected] of notCharacters) {
			it(`leaves out ${what}`, () => assert.deepStrictEqual(names(text), expected));
		}

		it('takes the stray words off the front of a run: Poor Orla, Bloody hell', () => {
			const cast = castOf('"Bloody Hell Orla!" said Wren. Poor Orla said nothing. Orla wept.');
			assert.deepStrictEqual(
				cast.characters.map(found => found.name),
				['Orla', 'Wren'],
			);
			assert.deepStrictEqual(
				character(cast, 'Orla').appearances.map(appearance => appearance.text),
				['Orla', 'Orla', 'Orla'],
			);
		});
	});

	describe('books in French, Spanish and German', () => {
		const SPANISH = [
			'—¿Vienes, Lucía? —preguntó Tomás.',
			'—Sí, ahora voy. Pero espera un poco.',
			'Pero Lucía no vino. Pues nadie la esperaba en el muelle.',
			'—¡Sí! —gritó Lucía—. ¡La barca se va!',
			'Pero Tomás ya remaba. Pues así era Tomás, y así lo quería Lucía.',
			'—¿Y ahora qué, Tomás? —dijo Lucía.',
			'La marea subía. La noche caía sobre el puerto, y Tomás miraba a Lucía.',
			'—Pues nada. Pero mañana volvemos —dijo Tomás.',
		].join('\n\n');
		const GERMAN = [
			'„Kommst du, Lena?“, fragte Jonas.',
			'Sie ging in das Zimmer. Das Zimmer war dunkel, und im Zimmer stand ein Tisch.',
			'Jonas wartete vor der Tür. Die Tür war alt. Er klopfte an die Tür, und Lena öffnete.',
			'„Was willst du, Jonas?“, fragte Lena. Sie stand in ihrem Zimmer am Fenster.',
			'Er sah den Tisch. Auf dem Tisch lag ein Brief von Jonas an Lena.',
			'„Lies ihn“, sagte Jonas. Lena nahm den Brief vom Tisch und ging zur Tür.',
			'Später saß Lena in einem großen Garten, und im ganzen Garten blühte nichts.',
			'Jonas kam aus dem stillen Garten zurück. Lena wartete an einem alten Garten vorbei.',
			'Von seinem kleinen Garten sprach Jonas oft, und von ihrem grünen Garten auch Lena.',
		].join('\n\n');
		const GERMAN_ABSTRACTIONS = [
			'Jonas sprach mit großer Bestimmtheit, doch Lena hörte ihm mit Gleichgültigkeit zu.',
			'Von Bedeutung war das nicht. Jonas sagte es mit Bestimmtheit, und Lena lachte ohne Bedeutung.',
			'Ihre Gleichgültigkeit störte Jonas. Mit neuer Bestimmtheit fragte er Lena nach der Bedeutung.',
			'Lena zuckte mit Gleichgültigkeit die Schultern. Jonas ging, und Lena blieb.',
		].join('\n\n');
		// Nouns an English reader would take for names: capitalised mid-sentence again and again, and known to no
		// English lexicon; in German they follow articles and adjectives, where a name follows a verb.
		const GERMAN_NOUNS_AS_NAMES = [
			'Lena weinte heiße Tränen, und Jonas sah bittere Tränen und stille Tränen auf dem Tisch.',
			'Bruno gab ihr gute Ratschläge. Solche Ratschläge hatte sie nicht gewollt, und alte Ratschläge auch nicht.',
			'„Was nun?“, fragte Jonas. Da machte Lena ihm leise Vorwürfe, und Bruno hörte harte Vorwürfe mit an.',
			'„Sie haben Recht“, sagte Bruno. Er schrieb lange Eingaben, und Jonas las seine neuen Eingaben nicht.',
			'Lena sah große Nachteile, und Jonas sah kleine Nachteile und schwere Eingaben auf dem Tisch neben Bruno.',
		].join('\n\n');
		// Nouns with no article before them (`mit Geld`, `seit Minuten`, `unter Tränen`): capitalised mid-sentence
		// as a name is, and nothing else about them says person.
		const GERMAN_BARE_NOUNS = [
			'„Hast du Geld, Bruno?“, fragte Jonas. Bruno schwieg seit Minuten.',
			'Lena wartete seit Minuten vor der Tür. Ohne Geld konnte sie nichts kaufen, sagte sie zu Bruno.',
			'Jonas kam nach Minuten zurück, mit Geld in der Hand und Tränen in den Augen.',
			'„Wo warst du?“, fragte Lena unter Tränen. Jonas gab Bruno das Geld, und Bruno lachte unter Tränen.',
		].join('\n\n');
		const FRENCH = [
			'«Viens, Lucie», dit Marc.',
			'Marc regardait l’Océan. L’Océan était calme ce soir-là. Il aimait l’Océan plus que tout.',
			'«Oui, Marc, répondit Lucie, je viens.»',
			'Lucie descendit vers l’Océan. Elle ne disait rien. Marc la suivit.',
			'«Regarde l’Océan, Lucie», dit Marc. Il souriait.',
			'Mais Lucie regardait Marc, et non l’Océan.',
		].join('\n\n');
		const FRENCH_PLACES = [
			'«Nous entrons dans la mer Rouge», dit Marc.',
			'La mer Rouge était calme. Lucie regardait la mer Rouge, puis l’île Verte au loin.',
			'«L’île Verte est déserte», répondit Lucie. Marc ne disait rien de la mer Rouge.',
			'Le soir, ils passèrent devant l’île Verte, et Marc montra à Lucie le cap Sombre.',
			'«Voici le cap Sombre», dit Marc. Lucie sourit. Le cap Sombre était noir.',
		].join('\n\n');
		// Places after French `de`, as English ones after `of`: `le canal de Suez`, `le port de Vigo`.
		const FRENCH_PLACES_AFTER_DE = [
			'«Nous passerons par le canal de Suez», dit Marc.',
			'Lucie pensait au canal de Suez. Le port de Vigo était loin, et la baie de Vigo plus loin encore.',
			'«Le port de Suez est petit», répondit Lucie. Marc parlait de Vigo et de Suez.',
			'Le soir, Lucie rêvait encore de Vigo. Marc lisait une carte de Suez et une carte de Vigo.',
		].join('\n\n');
		// German's accusative article between a name and a noun (`sah Leni den Kaufmann an`) is no particle.
		const GERMAN_ARTICLE_AFTER_A_NAME = [
			'„Komm herein“, sagte Leni. Dann sah Leni den Kaufmann lange an.',
			'Jonas gab Leni den Brief. „Lies ihn“, sagte Jonas.',
			'Später führte Leni den Advokaten herein, und Jonas sah Leni den Kaufmann grüßen.',
		].join('\n\n');
		// A German run of capitals with a noun in it is a phrase: a genitive before its noun, a greeting.
		const GERMAN_NOUN_PHRASES = [
			'„Guten Morgen“, sagte Jonas. Lena stand vor Fräulein Hollers Zimmer und wartete auf ihn.',
			'Das Zimmer war leer. Im Zimmer brannte kein Licht, und Jonas sah in das dunkle Zimmer.',
			'„Wo ist Fräulein Holler?“, fragte Lena. „Sie schläft noch“, sagte Jonas und lachte.',
			'Am Morgen kam Fräulein Holler zurück, und Lena fand Fräulein Hollers Zimmer wieder hell.',
			'„Guten Morgen“, sagte Fräulein Holler. Es war ein kalter Morgen, und der Morgen war still.',
		].join('\n\n');
		// A quote that is an adjective and its noun, as German capitalises it, calls no one out.
		const GERMAN_ADJECTIVE_AND_NOUN = [
			'„Vielen Dank“, sagte Jonas, und Lena gab ihm die vielen Briefe.',
			'„Schlechte Nachrichten?“, fragte Lena. Es waren schlechte Tage für Jonas.',
			'„Solche Freisprüche,“ sagte Jonas, „gibt es nicht.“ Solche Fragen stellte Lena oft, und solche Antworten gab er.',
			'„Vielen Dank,“ wiederholte Lena. Sie dankte ihm mit vielen Worten.',
		].join('\n\n');
		const cases: [string, string, string[]][] = [
			['German adjectives and their nouns called out (`Vielen Dank,`, `Solche Freisprüche,`)', GERMAN_ADJECTIVE_AND_NOUN, ['Jonas', 'Lena']],
			['French places after `de` (`le canal de Suez`, `le port de Vigo`)', FRENCH_PLACES_AFTER_DE, ['Lucie', 'Marc']],
			['Spanish sentences opening on `Pero`, `Pues`, `¡Sí!`, `La`', SPANISH, ['Lucía', 'Tomás']],
			['German nouns after their articles and adjectives, and `Sie` and `Er`', GERMAN, ['Jonas', 'Lena']],
			['a French place after its elided article (`l’Océan`)', FRENCH, ['Lucie', 'Marc']],
			['a French place after the kind of place it is (`la mer Rouge`, `l’île Verte`)', FRENCH_PLACES, ['Lucie', 'Marc']],
			['German abstract nouns, capitalised mid-sentence (`mit Bestimmtheit`)', GERMAN_ABSTRACTIONS, ['Jonas', 'Lena']],
			['German nouns that follow articles and adjectives (`ihre ersten Tränen`, `die Nachteile`)', GERMAN_NOUNS_AS_NAMES, ['Bruno', 'Jonas', 'Lena']],
			['German nouns with no article before them (`mit Geld`, `unter Tränen`)', GERMAN_BARE_NOUNS, ['Bruno', 'Jonas', 'Lena']],
			['German runs with a noun in them (`Fräulein Hollers Zimmer`, `Guten Morgen`)', GERMAN_NOUN_PHRASES, ['Fräulein Holler', 'Jonas', 'Lena']],
		];
		for (const [rule, text, expected] of cases) {
			it(`leaves out ${rule}`, () => assert.deepStrictEqual(names(text).sort(), expected));
		}

		it('reads a German article after a name as the next words’, not a particle of the name (`sah Leni den Kaufmann an`)', () => {
			const cast = castOf(GERMAN_ARTICLE_AFTER_A_NAME);
			assert.deepStrictEqual(
				cast.characters.map(found => [found.name, found.aliases, found.mentions]),
				[
					['Leni', [], 5],
					['Jonas', [], 3],
				],
			);
		});
	});

	it('keeps the lines of a name whose particle follows the speech verb (`replied de Vaux`)', () => {
		const cast = castOf(
			[
				'"The carriage is ready," replied de Vaux.',
				'"Then we go," said Nell. She took her gloves.',
				'"Not yet," replied de Vaux. He looked at the rain.',
				'"Why not?" asked Nell.',
				'"The horses are tired," replied de Vaux.',
			].join('\n\n'),
		);
		assert.strictEqual(character(cast, 'Vaux').lines, 3);
	});

	describe('aliases', () => {
		it('joins a first name to the full name that contains it', () => {
			const cast = castOf(HARBOUR);
			assert.deepStrictEqual(character(cast, 'Hattie').aliases, ['Hattie Marsh']);
		});

		it('joins a surname to the title that goes with it', () => {
			const cast = castOf('Mr. Quill rang the bell. Everyone looked at Mr. Quill. Quill said nothing. "Quill!" they called. Mr. Quill sighed.');
			assert.deepStrictEqual(
				cast.characters.map(found => [found.name, found.aliases]),
				[['Mr. Quill', ['Quill']]],
			);
		});

		it('keeps Mr. apart from Mrs., and a surname they share to itself', () => {
			const cast = castOf(
				'Mr. Pellow said grace. Mrs. Pellow said nothing. Mr. Pellow ate. Mrs. Pellow smiled at Mr. Pellow. Everyone in town knew Pellow, said Orla. They all loved Pellow.',
			);
			assert.deepStrictEqual(
				cast.characters.map(found => [found.name, found.aliases]),
				[
					['Mr. Pellow', []],
					['Mrs. Pellow', []],
					['Pellow', []],
					['Orla', []],
				],
			);
		});

		it('gives a surname a family shares to the one member of the sex the narration gives it', () => {
			assert.deepStrictEqual(
				namesWithAliases([
					'Ernest Vane kept the inn by the ford. Madame Vane kept its books and Therese Vane its garden.',
					'Vane wiped his hands on his apron. Madame Vane watched the road.',
					'Vane poured his own ale first. Therese Vane laughed at him.',
					'Vane took his coat from the peg and went out. Madame Vane said nothing.',
				]),
				[
					['Vane', ['Ernest Vane']],
					['Madame Vane', []],
					['Therese Vane', []],
				],
			);
		});

		it('reads the sex of a surname up to the next name, not from the pronouns of the person after it', () => {
			assert.deepStrictEqual(
				namesWithAliases([
					'Ernest Vane kept the inn by the ford. Madame Vane kept its books.',
					'Vane wiped his hands on his apron. Vane watched Madame Vane and her needle.',
					'Vane poured his own ale first. Vane teased Madame Vane about her garden.',
					'Vane took his coat from the peg and went out. Madame Vane said nothing.',
				]),
				[
					['Vane', ['Ernest Vane']],
					['Madame Vane', []],
				],
			);
		});

		it('gives a surname Mr. and Mrs. share to the one the narration makes a he', () => {
			const cast = castOf(
				'Mr. Pellow kept the inn. Mrs. Pellow kept the books. Pellow wiped his hands on his apron. Mrs. Pellow frowned. Pellow poured his own ale first. Mr. Pellow laughed. Pellow took his coat and went out.',
			);
			assert.deepStrictEqual(
				cast.characters.map(found => [found.name, found.aliases]),
				[
					['Pellow', ['Mr. Pellow']],
					['Mrs. Pellow', []],
				],
			);
		});

		it('keeps a surname two brothers share to itself, whatever its sex', () => {
			const cast = castOf(
				[
					'Tom Pellow kept the inn by the ford. Hugh Pellow kept its stable.',
					'Pellow wiped his hands on his apron. Tom Pellow watched the road.',
					'Pellow poured his own ale first. Hugh Pellow laughed at him.',
					'Pellow took his coat from the peg and went out. Tom Pellow said nothing.',
				].join('\n\n'),
			);
			assert.ok(
				cast.characters.some(found => found.name === 'Pellow' && found.aliases.length === 0),
				JSON.stringify(cast.characters.map(found => [found.name, found.aliases])),
			);
		});

		it('gives a surname to the one character ten times as mentioned who goes by it, though another holds it too', () => {
			assert.deepStrictEqual(
				namesWithAliases([
					'George Harrow opened the shop at seven. Mr. Harrow swept the step, and Mr. Harrow set out the baskets of apples.',
					'"Good morning, Mr. Harrow," said Orla. Mr. Harrow nodded to her. Mrs. Harrow was still asleep upstairs.',
					'Mr. Harrow weighed the flour. Mr. Harrow counted the change twice. Everyone in the lane knew Harrow by now.',
					'"Harrow is a fair man," said Orla to the baker. Mr. Harrow heard it and smiled. Mr. Harrow gave her an extra roll.',
					'Mr. Harrow closed at six. Mr. Harrow locked the door, and Harrow walked home along the river.',
				]),
				[
					['Mr. Harrow', ['George Harrow', 'Harrow']],
					['Orla', []],
					['Mrs. Harrow', []],
				],
			);
		});

		it('gives a titled first name to the one character ten times as mentioned who goes by it', () => {
			assert.deepStrictEqual(
				namesWithAliases([
					'Nell Garrow came down to the quay at noon. Miss Garrow carried a basket, and Miss Garrow carried it well.',
					'"Good day, Miss Garrow," said Orla. Miss Garrow set the basket down. Nell Garrow looked out to sea.',
					'Miss Garrow bought a fish. Miss Garrow paid for it, and Miss Garrow counted the change. Nell Fane watched from the rail.',
					'"Miss Nell!" the fishwife called. Miss Nell waved back. Nell Garrow went home by the upper road.',
				]),
				[
					['Miss Garrow', ['Miss Nell', 'Nell Garrow']],
					['Orla', []],
					['Nell Fane', []],
				],
			);
		});

		it('gives a name under a title that tells no sex to the member of the sex the narration gives it', () => {
			assert.deepStrictEqual(
				namesWithAliases([
					'Ernest Vane kept the surgery by the ford. Therese Vane kept its books.',
					'Doctor Vane wiped his hands on his apron. Therese Vane watched the road.',
					'Doctor Vane poured his own tea first. Therese Vane laughed at him.',
					'Doctor Vane took his coat from the peg and went out. Therese Vane said nothing.',
				]),
				[
					['Doctor Vane', ['Ernest Vane']],
					['Therese Vane', []],
				],
			);
		});

		it('keeps a prince apart from a count of the same first name, however much more the count is named', () => {
			const cast = castOf(
				[
					'Count Theodore Varro rode in at dawn. Count Theodore Varro dined alone, and Count Theodore Varro slept badly.',
					'Count Theodore Varro wrote letters. Count Theodore Varro sealed them. Count Theodore Varro sent for his horse.',
					'Count Theodore Varro read the reply twice. Count Theodore Varro burned it. Count Theodore Varro rode out again.',
					'Count Theodore Varro met Theodore Marsh at the bridge. Prince Theodore had written to them both.',
				].join('\n\n'),
			);
			assert.ok(
				cast.characters.some(found => found.name === 'Prince Theodore' && found.aliases.length === 0),
				JSON.stringify(cast.characters.map(found => [found.name, found.aliases])),
			);
		});

		it('gives a first name two characters hold to the one the story names just before nearly every sighting of it', () => {
			assert.deepStrictEqual(
				namesWithAliases([
					'Jane Andrews walked to school along the brook. Jane carried her slate, and Jane carried her lunch.',
					'At the bridge Jane stopped to look at the trout. Jane counted seven of them.',
					'Jane was late after all. The teacher frowned at Jane, and said nothing.',
					'That evening a girl called Jane Moss came to the farm to buy eggs.',
				]),
				[
					['Jane', ['Jane Andrews']],
					['Jane Moss', []],
				],
			);
		});

		it('does not give a family surname to a wife the story names just before it', () => {
			const cast = castOf(
				[
					'Mrs. Pell kept the inn by the ford. Pell had built it, and Pell had painted its sign.',
					'Mrs. Pell poured the ale. Pell carried it out. Pell came back for more, and Pell laughed.',
					'Tom Pell, their son, came home in the spring.',
				].join('\n\n'),
			);
			assert.ok(
				cast.characters.some(found => found.name === 'Pell' && found.aliases.length === 0),
				JSON.stringify(cast.characters.map(found => [found.name, found.aliases])),
			);
		});

		it('weighs a name against the homes its holders have now, after the titled names have joined theirs', () => {
			assert.deepStrictEqual(
				namesWithAliases([
					'Mr. Dan Rook came into the bar at ten. Mr. Rook ordered gin, and Mr. Rook drank it standing.',
					'Rook looked round the room. Rook knew every face in it. Mr. Rook paid, and Rook left a coin on the bar.',
					'Rook walked home by the canal. Rook was whistling. Mr. Rook let himself in.',
					'His cousin, Walter Rook, had written from the coast.',
				]),
				[
					['Rook', ['Mr. Dan Rook', 'Mr. Rook']],
					['Walter Rook', []],
				],
			);
		});

		it('keeps a colonel apart from the man whose first name is his surname', () => {
			assert.deepStrictEqual(
				namesWithAliases([
					'Mr. Ashby Kell rode over from the hall. Mr. Kell brought his cousin, Colonel Ashby, who had been in the army.',
					'"A fine morning," said Colonel Ashby. Mr. Kell agreed with him. Colonel Ashby laughed.',
				]),
				[
					['Colonel Ashby', []],
					['Mr. Kell', ['Mr. Ashby Kell']],
				],
			);
		});

		it('joins a rank and a first name to the whole name under the same rank', () => {
			assert.deepStrictEqual(
				namesWithAliases(['Captain Jory Penhale took the wheel. "Hold her steady," said Captain Jory. Captain Jory Penhale held her himself.']),
				[['Captain Jory Penhale', ['Captain Jory']]],
			);
		});

		it('joins a whole name to the same name with a middle initial (`Tobias J. Wren`)', () => {
			assert.deepStrictEqual(
				namesWithAliases([
					'The deed was made out to Tobias J. Wren, and Orla signed below him.',
					'Tobias Wren paid the rent that spring. Tobias Wren mended the fence, and Orla said he did it badly.',
				]),
				[
					['Tobias Wren', ['Tobias J. Wren']],
					['Orla', []],
				],
			);
		});

		it('joins a whole name to the same name under the full first name its own is short for (`Ned Harrow`, `Mr. Edward Harrow`)', () => {
			assert.deepStrictEqual(
				namesWithAliases([
					'Ned Harrow kept the forge by the bridge. Ned Harrow shod the horses, and Orla paid him on Fridays.',
					'The letter was addressed to Mr. Edward Harrow, though nobody in the village called him that.',
					'Tom Harrow, his brother, kept the mill. Tom Harrow never wrote letters.',
				]),
				[
					['Ned Harrow', ['Mr. Edward Harrow']],
					['Tom Harrow', []],
				],
			);
		});

		it('joins one title spelled two ways', () => {
			assert.deepStrictEqual(
				namesWithAliases([
					'Mr. Tobin Rudd kept the mill. Mr. Tobin Rudd weighed the corn, and Mr. Tobin Rudd wrote it down.',
					'"Good day, Mister Tobin Rudd," said Orla, who always gave him his whole name.',
				]),
				[
					['Mr. Tobin Rudd', ['Mister Tobin Rudd']],
					['Orla', []],
				],
			);
		});

		/** A shopkeeper known once as `Mr. Hollis` and a dozen times as `Hollis`. */
		const HOLLIS_AT_THE_SHOP = [
			'Mr. Hollis opened the shop at eight. Hollis swept the step. Hollis set out the apples, and Hollis counted the till.',
			'Hollis served the baker. Hollis served the smith. Hollis went to the back, and Hollis came out again.',
		];

		it('joins a name under its titles to the one who goes by it bare, when they are many and he is mentioned far more', () => {
			assert.deepStrictEqual(
				namesWithAliases([
					'Count Varga came down the stairs at noon. Varga was tired, and Varga said so to the groom.',
					'Varga rode out to the lines. Varga watched the river. Varga counted the boats twice.',
					'At the ford the men called him General Varga, as they had in the war. Varga did not mind it.',
					'Varga slept in the mill. Varga woke before the others. Varga shaved in cold water, and Varga ate standing.',
					'Varga wrote to his sister. Varga sealed the letter. Varga gave it to the boy, and Varga went back to the river.',
				]),
				[['Varga', ['Count Varga', 'General Varga']]],
			);
		});

		/** A boy the story calls `Randolph` forty times, and once each by two titles and two whole names, beside the family's women. */
		const RANDOLPH_AT_THE_LAKE = [
			'Mrs. Pell sat on the porch with Miss Pell. Randolph ran down to the lake. Randolph threw stones, and Randolph counted the rings.',
			'Randolph came back wet. Randolph ate his bread. Randolph said the lake was cold, and Randolph went to bed. Mrs. Pell sighed.',
			'The maid called him Master Randolph when his mother could hear. Randolph did not answer. Randolph never did. Miss Pell laughed at him.',
			'Randolph woke early. Randolph ran down to the lake again. Randolph swam out to the rock, and Randolph sat there until noon.',
			'The boatman said good morning to Mr. Randolph. Randolph saw a heron. Randolph kept still. Randolph watched it fish, and Randolph told nobody.',
			'Randolph found a boat in the reeds. Randolph bailed it out. Randolph rowed it to the island, and Randolph rowed it back.',
			'Randolph ate supper on the steps. Randolph fed the dog. Randolph read by the lamp, and Randolph fell asleep over the book.',
			'It rained all morning. Randolph stayed in. Randolph drew the heron from memory, and Randolph gave the drawing to the maid.',
			'Randolph and the dog walked to the village. Randolph bought string. Randolph bought hooks, and Randolph spent the rest on toffee.',
			'Randolph fished from the jetty all afternoon. Randolph caught nothing. Randolph said it did not matter, and Randolph meant it.',
			'The card on his trunk said Randolph Q. Pell, and the label on his bag said Randolph Pell. Randolph walked home by the mill. Randolph stopped at the gate. Randolph looked back once, and Randolph went in.',
		];

		it('draws the fuller names of a bare name the story uses ten times as often into it, where they agree (`Randolph Q. Pell`, `Master Randolph`, `Mr. Randolph`)', () => {
			assert.deepStrictEqual(namesWithAliases(RANDOLPH_AT_THE_LAKE), [
				['Randolph', ['Master Randolph', 'Mr. Randolph', 'Randolph Pell', 'Randolph Q. Pell']],
				['Miss Pell', []],
				['Mrs. Pell', []],
			]);
		});

		it('keeps apart the men whose first names a bare surname goes with, however much more it is used (`Tobias Vance`, `Edmund Vance`)', () => {
			const vance = RANDOLPH_AT_THE_LAKE.map(paragraph =>
				paragraph
					.replace('Randolph Q. Pell', 'Tobias Vance')
					.replace('Randolph Pell', 'Edmund Vance')
					.replace(/(?:Master|Mr\.) Randolph/g, 'young Vance')
					.replaceAll('Randolph', 'Vance')
					.replaceAll('Pell', 'Vance'),
			);
			assert.deepStrictEqual(
				namesWithAliases(vance).map(([name]) => name),
				['Vance', 'Miss Vance', 'Mrs. Vance', 'Edmund Vance', 'Tobias Vance'],
			);
		});

		it('joins an everyday title to the bare name but never a saint of the same name', () => {
			assert.deepStrictEqual(
				namesWithAliases([
					...HOLLIS_AT_THE_SHOP,
					'Hollis walked home by the church of Saint Hollis, which was older than the town. Hollis ate alone, and Hollis slept.',
				]),
				[
					['Hollis', ['Mr. Hollis']],
					['Saint Hollis', []],
				],
			);
		});

		it('keeps a family apart when its surname is found under a man’s title and a wife’s', () => {
			assert.deepStrictEqual(
				namesWithAliases([...HOLLIS_AT_THE_SHOP, 'Mrs. Hollis had gone to her sister in the town. Hollis missed her. Hollis closed at six.']),
				[
					['Hollis', []],
					['Mr. Hollis', []],
					['Mrs. Hollis', []],
				],
			);
		});

		it('joins a rare full name to its first name’s character when the story uses the surname for a family', () => {
			assert.deepStrictEqual(
				namesWithAliases([
					'Ilsa walked to the quay. Ilsa watched the boats. Ilsa counted the gulls, and Ilsa laughed at the count.',
					'Ilsa went home by the church. Ilsa ate her bread. Ilsa read by the lamp, and Ilsa slept early.',
					'Ilsa woke at five. Ilsa swept the step. Ilsa fed the hens, and Ilsa went back to the quay.',
					'Jon Tervo kept bees on the hill. Tervo sold the honey. "Buy it or leave it," said Tervo. Tervo kept the money.',
					'On the school roll she was written Ilsa Tervo, as her mother had been.',
					// No Marrow but her: another Ilsa.
					'In the next street lived Ilsa Marrow, a widow, who kept cats.',
				]),
				[
					['Ilsa', ['Ilsa Tervo']],
					['Tervo', []],
					['Ilsa Marrow', []],
					['Jon Tervo', []],
				],
			);
		});

		it('joins a pet name to the one who goes by its full name, never to someone known by a title', () => {
			assert.deepStrictEqual(
				namesWithAliases([
					'Elizabeth Marsh came down to breakfast late. Elizabeth poured the tea. Elizabeth read her letter twice, and Elizabeth laughed.',
					'Elizabeth walked to the village. Elizabeth bought thread. Elizabeth met the curate, and Elizabeth was civil to him.',
					'Elizabeth sewed in the afternoon. Elizabeth wrote to her aunt. Elizabeth fed the birds, and Elizabeth slept an hour. Elizabeth woke at five, and Elizabeth dressed.',
					'"Lizzy, you are late," said Kitty. "Lady Catherine has sent for you."',
					'Lady Catherine waited in the parlour. Lady Catherine did not rise. Lady Catherine spoke of the weather, and Lady Catherine frowned.',
					'"Lizzy, sit down," said Lady Catherine. Elizabeth sat. "Kitty, you may go." Kitty went.',
					'"Lizzy! Lizzy, come and see the carriage," cried Kitty from the hall. Elizabeth went. Elizabeth looked, and Elizabeth smiled.',
					'Elizabeth stayed until dark. Elizabeth walked home alone, and Elizabeth said nothing of it. "Good night, Lizzy," said Kitty.',
				]),
				[
					['Elizabeth', ['Elizabeth Marsh', 'Lizzy']],
					['Lady Catherine', []],
					['Kitty', []],
				],
			);
		});

		it('keeps two people with one first name apart', () => {
			const cast = castOf('Tom Arden said hello. Tom Briggs said goodbye. Tom was tired, said Orla. Tom Arden left. Tom Briggs stayed.');
			assert.ok(
				cast.characters.some(found => found.name === 'Tom' && found.aliases.length === 0),
				JSON.stringify(cast.characters.map(found => [found.name, found.aliases])),
			);
		});
	});

	describe('appearances', () => {
		it('covers every mention of every alias, in narration and dialogue, without the possessive', () => {
			const cast = castOf(HARBOUR);
			const hattie = character(cast, 'Hattie');
			assert.deepStrictEqual(
				hattie.appearances.map(appearance => [HARBOUR.slice(appearance.start, appearance.end), appearance.inDialogue]),
				[
					['Hattie Marsh', false],
					['Hattie', false],
					['Hattie', true],
					['Hattie', false],
					['Hattie', false],
				],
			);
			assert.strictEqual(hattie.mentions, 5);
			assert.strictEqual(hattie.first, hattie.appearances[0]);
			assert.strictEqual(hattie.last, hattie.appearances[4]);
		});

		it('finds the character at an offset inside a name', () => {
			const cast = castOf(HARBOUR);
			const offset = HARBOUR.indexOf('Wren laughed') + 2;
			assert.strictEqual(cast.characters[appearanceAt(cast, 0, offset)!.character].name, 'Wren');
			assert.strictEqual(appearanceAt(cast, 0, HARBOUR.indexOf('laughed')), undefined);
		});

		it('knows the scenes each character is in', () => {
			const text = 'Chapter 1\n\nOrla said hello.\n\n* * *\n\nWren said goodbye. Wren waved to Orla.\n\nChapter 2\n\nWren said nothing.';
			const model = analyzeStory(text);
			const cast = findCast([model], tagger);
			assert.deepStrictEqual(
				character(cast, 'Orla').scenes.map(({ scene, mentions }) => [scene, mentions]),
				[
					[0, 1],
					[1, 1],
				],
			);
			assert.deepStrictEqual(
				castScenes(model, namedAppearances(cast, 0)).scenes.map(scene => scene.characters),
				[['Orla'], ['Wren', 'Orla'], ['Wren']],
			);
		});

		it('reads several stories as one manuscript', () => {
			const stories = [analyzeStory('Hattie Marsh said hello.'), analyzeStory('Hattie said goodbye. Hattie left.')];
			const cast = findCast(stories, tagger);
			assert.deepStrictEqual(
				cast.characters.map(found => [found.name, found.aliases, found.appearances.map(appearance => appearance.story)]),
				[['Hattie', ['Hattie Marsh'], [0, 1, 1]]],
			);
		});
	});

	describe('lines', () => {
		it("counts the dialogue spans whose speaker is one of the character's names", () => {
			const model = analyzeStory(HARBOUR);
			const speakers = ['Wren', 'Hattie Marsh'];
			const attributed: StoryModel = { ...model, dialogue: model.dialogue.map((span, index) => ({ ...span, speaker: speakers[index] })) };
			const cast = findCast([attributed], tagger);
			assert.deepStrictEqual(
				cast.characters.map(found => [found.name, found.lines]),
				[
					['Hattie', 1],
					['Wren', 1],
				],
			);
		});

		it('is zero when the dialogue has no speakers', () => {
			const model = analyzeStory(HARBOUR);
			const unattributed: StoryModel = { ...model, dialogue: model.dialogue.map(span => ({ ...span, speaker: undefined })) };
			assert.deepStrictEqual(
				findCast([unattributed], tagger).characters.map(found => found.lines),
				[0, 0],
			);
		});
	});

	describe('the cast file', () => {
		const IOWA = 'Karen sang. "Nice, Iowa," said Dev. Karen said nothing. Iowa was from Iowa, Dev said. Karen left.';

		it('without it, a nickname that is a place is no character', () => {
			assert.deepStrictEqual(names(IOWA), ['Karen', 'Dev']);
		});

		it("adds an alias: the nickname becomes the character's appearances", () => {
			const cast = castOf(IOWA, { characters: [{ name: 'Karen', aliases: ['Iowa'] }], ignore: [] });
			const karen = character(cast, 'Karen');
			assert.deepStrictEqual(karen.aliases, ['Iowa']);
			assert.strictEqual(karen.mentions, 6);
			assert.ok(karen.declared);
		});

		it('ignores a name, and leaves a declared character out of a story that never names them', () => {
			const cast = castOf(IOWA, { characters: [{ name: 'Marguerite', aliases: [] }], ignore: ['Dev'] });
			assert.deepStrictEqual(
				cast.characters.map(found => [found.name, found.mentions]),
				[['Karen', 3]],
			);
		});

		it('names the character as the file does, gathering every detected spelling', () => {
			const cast = castOf(HARBOUR, { characters: [{ name: 'Harriet', aliases: ['Hattie'] }], ignore: [] });
			assert.deepStrictEqual(character(cast, 'Harriet').aliases, ['Hattie Marsh', 'Hattie']);
		});
	});

	it('gives the same cast however little compromise may tag', () => {
		const text = `${HARBOUR}\n\nDev met Orla at Wexbury.`;
		const budgets = [0, 1, 40].map(taggingBudget => findCast([analyzeStory(text)], new NameTagger(), { taggingBudget }).characters.map(found => found.name));
		assert.deepStrictEqual(budgets[0].slice(0, 2), ['Hattie', 'Wren']);
		assert.deepStrictEqual(budgets[1].slice(0, 2), ['Hattie', 'Wren']);
		assert.deepStrictEqual(budgets[2].slice(0, 2), ['Hattie', 'Wren']);
	});

	it('never fails and keeps every appearance inside the text and on a name', () => {
		fc.assert(
			fc.property(
				fc.array(fc.constantFrom('Orla ', 'said ', 'Mr. ', 'Pellow', "'s ", '. ', '"', ', ', '\n\n', 'the ', 'Wexbury ', 'é', '\u0000', '\ud800'), {
					maxLength: 60,
				}),
				parts => {
					const text = parts.join('');
					const cast = castOf(text);
					for (const found of cast.characters) {
						for (const appearance of found.appearances) {
							assert.ok(appearance.start >= 0 && appearance.end <= text.length && appearance.start < appearance.end);
							assert.ok(/^\p{Lu}/u.test(text.slice(appearance.start, appearance.end)));
						}
					}
				},
			),
			{ numRuns: 300 },
		);
	});

	describe('appearances in order of where they stand', () => {
		const found = (character: number, start: number) => ({
			character,
			appearance: { story: 0, start, end: start + 4, text: 'Mara', inDialogue: false, scene: 0 },
		});

		it('orders by start and keeps the given order where starts are equal', () => {
			const list = [found(0, 40), found(1, 7), found(2, 40), found(3, 0)];
			assert.deepStrictEqual(
				byStart(list).map(entry => entry.character),
				[3, 1, 0, 2],
			);
		});

		it('agrees with a stable sort by start, for any list', () => {
			fc.assert(
				fc.property(fc.array(fc.nat({ max: 5_000_000 }), { maxLength: 60 }), starts => {
					const list = starts.map((start, index) => found(index, start % 7 === 0 ? 7 : start));
					const expected = [...list].sort((a, b) => a.appearance.start - b.appearance.start);
					assert.deepStrictEqual(
						byStart(list).map(entry => entry.character),
						expected.map(entry => entry.character),
					);
				}),
			);
		});
	});

	it('leaves out a word the lexicon does not know that the prose mostly writes in lower case: a verse line opening `Herons`', () => {
		const text = [
			'Pell rowed down past the reeds, where the herons stood in the shallows. He liked the herons.',
			'',
			'"Sing us the song, Pell," said Nell.',
			'',
			'"All right," said Pell, and he sang:',
			'',
			'All along the mill-race,\nHerons are a-wading,\nTall legs and grey backs,\nHerons’ heads all down!',
			'',
			'"That is a silly song," said Nell. The herons lifted and flew off over the herons’ old nests.',
			'',
			'"The herons think so too," said Pell.',
		].join('\n');
		assert.deepStrictEqual(names(text), ['Pell', 'Nell']);
	});

	it('keeps a name ending in -s that speaks as one person, though a misprint somewhere spells it without the -s', () => {
		const text = [
			'Hooks came into the yard with the dog at his heels.',
			'',
			'"Where is the cart?" said Hooks.',
			'',
			'"Gone to the mill," said Nell.',
			'',
			'"Then we walk," said Hooks.',
			'',
			'"In this rain?" said Nell.',
			'',
			'"In any rain," said Hooks, and he set off down the lane.',
			'',
			'Nell had heard that Mr. Hook was a hard man to follow.',
		].join('\n');
		assert.ok(names(text).includes('Hooks'), names(text).join(', '));
	});
});
