import * as assert from 'assert';
import { foreignCueAfter } from '../../../../src/core/speakers/foreignTags';
import { speakerNames } from './quoteSpeakers';

/** The cue the tag after the quote that opens `paragraph` gives: the quote closes on its second mark. */
function cueAfterQuote(paragraph: string) {
	const close = 1 + paragraph.slice(1).search(/[”“»—]/u);
	return foreignCueAfter(paragraph, close + 1, paragraph.length);
}

describe('foreignCueAfter', () => {
	it('reads a French, German or Spanish verb and the name after it', () => {
		assert.deepStrictEqual(cueAfterQuote('«Oui», dit Margot en souriant.'), { name: 'Margot', foreign: true });
		assert.deepStrictEqual(cueAfterQuote('„Nein“, sagte K. und stand auf.'), { name: 'K', foreign: true });
		assert.deepStrictEqual(cueAfterQuote('—Ven —le dijo Tomás.'), { name: 'Tomás', foreign: true });
	});

	it('reads the pronoun after the verb, joined to it or not, the narrator’s too', () => {
		assert.deepStrictEqual(cueAfterQuote('«Viens», dit-elle.'), { pronoun: 'she', foreign: true });
		assert.deepStrictEqual(cueAfterQuote('«Pourquoi?» s’écria-t-il.'), { pronoun: 'he', foreign: true });
		assert.deepStrictEqual(cueAfterQuote('„Gut“, sagte er.'), { pronoun: 'he', foreign: true });
		assert.deepStrictEqual(cueAfterQuote('«Non», répondis-je.'), { pronoun: 'i', foreign: true });
	});

	it('gives the name after a title in lower case, else the description the tag gives', () => {
		assert.deepStrictEqual(cueAfterQuote('«Venez», dit le capitaine Marlot.'), { name: 'Marlot', foreign: true });
		assert.deepStrictEqual(cueAfterQuote('—Basta —exclamó don Fermín.'), { name: 'Fermín', foreign: true });
		assert.deepStrictEqual(cueAfterQuote('—¿Y bien? —preguntó doña Inés.'), { name: 'Inés', foreign: true });
		assert.deepStrictEqual(cueAfterQuote('„Warten Sie“, sagte der Maler.'), { name: 'der Maler', foreign: true });
		assert.strictEqual(cueAfterQuote('„Warten Sie“, sagte der aus dem Zimmer kam.'), undefined);
		assert.deepStrictEqual(cueAfterQuote('„Warten Sie“, sagte der Maler lächelnd.'), { name: 'der Maler', foreign: true });
		assert.deepStrictEqual(cueAfterQuote('«Non», répondit un vieux marin.'), { name: 'un vieux marin', foreign: true });
		assert.strictEqual(cueAfterQuote('«Non», dit ce jour-là Margot.'), undefined);
	});

	it('reads past an adverb between the verb and its subject', () => {
		assert.deepStrictEqual(cueAfterQuote('«Non», répondit tranquillement Margot.'), { name: 'Margot', foreign: true });
		assert.deepStrictEqual(cueAfterQuote('„Zu spät“, wiederholte nun der Mann.'), { name: 'der Mann', foreign: true });
	});

	it('reads Spanish tags in the imperfect and more verbs of the preterite', () => {
		assert.deepStrictEqual(cueAfterQuote('—Ven —le decía Tomás.'), { name: 'Tomás', foreign: true });
		assert.deepStrictEqual(cueAfterQuote('—Y pan —agregó Rosa.'), { name: 'Rosa', foreign: true });
		assert.deepStrictEqual(cueAfterQuote('—Es tarde —observó ella.'), { pronoun: 'she', foreign: true });
	});

	it('gives a Spanish tag in the first person to the narrator, whatever follows it', () => {
		assert.deepStrictEqual(cueAfterQuote('—¿Por qué? —le pregunté.'), { pronoun: 'i', foreign: true });
		assert.deepStrictEqual(cueAfterQuote('—No —le dije a Tomás.'), { pronoun: 'i', foreign: true });
	});

	it('gives a voice’s line to its owner and a name introduced as called to that name', () => {
		assert.deepStrictEqual(cueAfterQuote('—Ya voy —dijo la voz de Inés.'), { name: 'Inés', foreign: true });
		assert.deepStrictEqual(cueAfterQuote('«Non», dit la voix de Margot.'), { name: 'Margot', foreign: true });
		assert.deepStrictEqual(cueAfterQuote('—Pues sí —dijo el llamado Ramiro.'), { name: 'Ramiro', foreign: true });
	});

	it('takes a time after the verb for no one', () => {
		assert.strictEqual(cueAfterQuote('—Ya lo sé —dijo una vez, y se fue.'), undefined);
		assert.strictEqual(cueAfterQuote('«Non», dit une fois Margot.'), undefined);
	});

	it('reads no English word as such a verb', () => {
		assert.strictEqual(cueAfterQuote('“Come,” said Tom.'), undefined);
		assert.strictEqual(cueAfterQuote('“It will do,” fit Tom for the part, she thought.'), undefined);
	});
});

describe('speakers in a story tagged in another language', () => {
	// Long enough for the story's language to be judged: more than twenty turns.
	const evening = (day: string) =>
		[
			`Am ${day} kam Lotte spät nach Hause.`,
			'„Du bist spät“, sagte Grete.',
			'„Der Zug war voll“, antwortete Lotte.',
			'Aber Grete hörte nicht zu. Es war schon dunkel.',
			'„Hast du gegessen?“, fragte sie.',
			'„Noch nicht“, sagte Lotte.',
			'„Dann komm“, sagte der Vater.',
		].join('\n\n');
	const text = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag'].map(evening).join('\n\n* * *\n\n');

	it('names speakers from the tags, and never a sentence’s opening word', () => {
		const said = speakerNames(text);
		assert.ok(said.length > 20, `${said.length} quotes`);
		assert.deepStrictEqual([...new Set(said)].sort(), ['Grete', 'Lotte', 'der Vater']);
		assert.deepStrictEqual(said.slice(0, 5), ['Grete', 'Lotte', 'Grete', 'Lotte', 'der Vater']);
	});
});

describe('a first-person narrator in a French story', () => {
	// Read from the French tags alone (more than 20 turns, none with an English verb): the narrator's
	// `répondis-je` lines carry the name the others call the narrator by, as in an English story.
	const evening = (day: string) =>
		[
			`Le ${day}, je descendis au port avant la nuit.`,
			'«Monsieur Varenne, dit Margot, la barque est prête.',
			'—Alors partons, répondis-je.',
			'—Bien, monsieur Varenne, dit-elle.»',
			'Nous marchâmes jusqu’au quai sans parler.',
			'«Le vent tourne, monsieur Varenne, dit le vieux Bastien.',
			'—Je le vois bien, répondis-je.',
			'—Alors attendez demain, dit Bastien.»',
		].join('\n\n');
	const days = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi'];

	it('gives the narrator’s lines the name the others call the narrator by', () => {
		const said = speakerNames(days.map(evening).join('\n\n* * *\n\n'));
		assert.ok(said.length > 20, `${said.length} quotes`);
		// The first quote is two spans, either side of its tag.
		assert.deepStrictEqual(said.slice(0, 7), ['Margot', 'Margot', 'Monsieur Varenne', 'Margot', 'Bastien', 'Monsieur Varenne', 'Bastien']);
	});

	it('never takes a French line’s opening word for the narrator’s name or a speaker', () => {
		const unnamed = (day: string) =>
			evening(day)
				.replace('«Monsieur Varenne, dit Margot, la barque est prête.', '«La barque est prête, dit Margot.')
				.replace(/, monsieur Varenne,/g, ',');
		const said = speakerNames(days.map(unnamed).join('\n\n* * *\n\n'));
		assert.deepStrictEqual([...new Set(said)].sort(), ['Bastien', 'Margot', 'Narrator']);
	});
});

describe('a short scene in French', () => {
	it('is read from its French tags, so a line’s opening word calls no one out', () => {
		const scene = [
			'La pluie battait les vitres de l’auberge.',
			'«Restez-vous? me dit le vieux marin.',
			'—Non, répondis-je.',
			'—Voyons, la route est longue.',
			'—Je la connais, répliquai-je.',
			'—Bien, dit-il.',
			'—Alors, nous partirons demain, dis-je.»',
			'Il sortit sans un mot.',
			'«Et vous, Margot? demandai-je.',
			'—Alors, je reste ici, dit Margot.»',
		].join('\n\n');
		// Read by the English rules, `Alors` was called out twice and became the old sailor's name.
		assert.deepStrictEqual(speakerNames(scene), [
			'le vieux marin',
			'Narrator',
			'le vieux marin',
			'Narrator',
			'le vieux marin',
			'Narrator',
			'Narrator',
			'Margot',
		]);
	});
});

describe('speakers in a Spanish story', () => {
	// More than twenty turns, tied by the verbs Spanish tags use besides `dijo`: `observó`, `agregó`, `decía`.
	const evening = (day: string) =>
		[
			`El ${day} Inés volvió tarde del taller.`,
			'—Llegas tarde —observó Rosa.',
			'—Había mucha gente en el tren —le decía Inés.',
			'Rosa no la escuchaba. Ya era de noche.',
			'—¿Y tu hermano? —agregó Rosa.',
			'—Se quedó en el taller —suspiró Inés.',
		].join('\n\n');
	const days = ['lunes', 'martes', 'miércoles', 'jueves', 'viernes'];

	it('names speakers from tags in verbs other than `dijo`', () => {
		const said = speakerNames(days.map(evening).join('\n\n* * *\n\n'));
		assert.ok(said.length >= 20, `${said.length} quotes`);
		assert.deepStrictEqual(said.slice(0, 4), ['Rosa', 'Inés', 'Rosa', 'Inés']);
	});

	it('gives the answer to a line that calls someone by name to them', () => {
		const called = ['* * *', '—Inés, ¿has comido algo?', '—Todavía no.', '—Pues siéntate —repuso Rosa.'].join('\n\n');
		const said = speakerNames([...days.map(evening), called].join('\n\n* * *\n\n'));
		assert.deepStrictEqual(said.slice(-3), ['Rosa', 'Inés', 'Rosa']);
	});

	it('takes no line’s opening word for someone called out', () => {
		const opening = ['* * *', '—Bueno, ¿has comido algo?', '—Todavía no.', '—Pues siéntate —repuso Rosa.'].join('\n\n');
		const said = speakerNames([...days.map(evening), opening].join('\n\n* * *\n\n'));
		assert.ok(!said.includes('Bueno'), said.join(', '));
	});
});

describe('a first-person narrator in a Spanish story', () => {
	// Read from the Spanish tags alone: the narrator's `le dije` lines carry the name the others call the
	// narrator by, under its title in lower case (`don Miguel`).
	const evening = (day: string) =>
		[
			`El ${day} bajé al puerto antes de la noche.`,
			'—La barca está lista, don Miguel —dijo Rosa.',
			'—Pues vámonos —le dije.',
			'—Bien, don Miguel —contestó ella.',
			'Caminamos hasta el muelle sin hablar.',
			'—El viento cambia, don Miguel —dijo Bastián.',
			'—Ya lo veo —le contesté.',
			'—Pues espere a mañana —dijo Bastián.',
		].join('\n\n');
	const days = ['lunes', 'martes', 'miércoles', 'jueves', 'viernes'];

	it('gives the narrator’s lines the name the others call the narrator by', () => {
		const said = speakerNames(days.map(evening).join('\n\n* * *\n\n'));
		assert.ok(said.length > 20, `${said.length} quotes`);
		assert.deepStrictEqual(said.slice(0, 6), ['Rosa', 'Miguel', 'Rosa', 'Bastián', 'Miguel', 'Bastián']);
	});
});
