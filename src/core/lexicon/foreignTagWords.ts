// The words of a French, German or Spanish speech tag, which puts its verb first after the quote (`«…», dit
// Conseil`, `„…“, sagte der Maler`, `—…—le dijo Augusto`): the verbs in the forms tags use, the pronouns,
// articles and lower-case titles that may follow them, and the words that may come between.

/**
 * German's commonest speech verbs (`sagte Leni`, `fragte der Onkel`): in German prose, where every noun is
 * capitalised, they are what tells a name, and the cast trusts these alone; no English sentence holds them.
 */
export const GERMAN_SPEECH_FORMS: readonly string[] = ['sagte', 'sagt', 'fragte', 'fragt', 'rief', 'antwortete', 'erwiderte', 'flüsterte', 'schrie', 'meinte'];

/** Spanish verbs of a tag in the first person, which name the narrator with no pronoun: `—…—le dije`, `—…—pregunté`. */
const SPANISH_FIRST_PERSON_TAG_VERBS: ReadonlySet<string> = new Set(
	'dije pregunté respondí contesté exclamé grité añadí murmuré repuse repliqué continué proseguí interrumpí agregué observé'.split(' '),
);

/** Whether `word` is a Spanish tag's verb in the first person: its speaker is the narrator. */
export function isFirstPersonTagVerb(word: string): boolean {
	return SPANISH_FIRST_PERSON_TAG_VERBS.has(word);
}

/** The forms tags use: the third person of the past and present, and French's first; not `fit`, which English shares. */
const TAG_VERBS: ReadonlySet<string> = new Set([
	// French
	...'dit répondit répliqua reprit demanda cria ajouta murmura continua observa riposta poursuivit interrompit répéta'.split(' '),
	"s'écria",
	"s'exclama",
	// French, the narrator's own: `répondis-je`, `m'écriai-je`
	...'dis répondis répliquai repris demandai criai ajoutai murmurai continuai observai ripostai poursuivis interrompis répétai'.split(' '),
	"m'écriai",
	"m'exclamai",
	// German
	...GERMAN_SPEECH_FORMS,
	...'entgegnete murmelte bemerkte wiederholte fuhr'.split(' '),
	// Spanish, the preterite and the imperfect: `—…—agregó Víctor`, `—…—le decía Augusto`
	...'dijo preguntó respondió contestó exclamó gritó añadió murmuró repuso replicó continuó prosiguió interrumpió'.split(' '),
	...'agregó observó susurró suplicó insinuó arguyó siguió terminó concluyó sentenció explicó advirtió afirmó declaró comentó insistió protestó objetó rogó balbuceó tartamudeó musitó gimió sollozó suspiró repitió ordenó aclaró'.split(
		' ',
	),
	...'decía preguntaba respondía contestaba exclamaba añadía repetía murmuraba gritaba'.split(' '),
	// Spanish, the narrator's own: `—…—le dije`
	...SPANISH_FIRST_PERSON_TAG_VERBS,
]);

/** `word` as written, with a curly apostrophe or a straight one: `dit`, `s’écria`. */
export function isForeignTagVerb(word: string): boolean {
	return TAG_VERBS.has(word.includes('’') ? word.replaceAll('’', "'") : word);
}

/** Subject pronouns after a tag's verb, as the English cues give them: `dit-il`, `sagte sie`, `dijo ella`, `répondis-je`. */
export const FOREIGN_SUBJECT_PRONOUNS: ReadonlyMap<string, string> = new Map([
	['je', 'i'],
	['ich', 'i'],
	['yo', 'i'],
	['il', 'he'],
	['elle', 'she'],
	['ils', 'they'],
	['elles', 'they'],
	['er', 'he'],
	['sie', 'she'],
	['él', 'he'],
	['ella', 'she'],
	['ellos', 'they'],
	['ellas', 'they'],
]);

/**
 * Articles before a speaker the tag describes: `dit le capitaine Nemo`, `sagte der Maler`, `dijo el médico`.
 * Not French `ce`, which opens a time as often (`dit ce jour-là Ned Land`).
 */
export const TAG_ARTICLES: ReadonlySet<string> = new Set(['le', 'la', "l'", 'un', 'une', 'der', 'die', 'das', 'ein', 'eine', 'el', 'una']);

/** Titles in lower case between an article and a name: `le capitaine Nemo`, `le docteur Dumont`. */
export const LOWER_CASE_TITLES: ReadonlySet<string> = new Set([
	'capitaine',
	'commandant',
	'docteur',
	'professeur',
	'père',
	'don',
	'doña',
	'señor',
	'señora',
	'señorita',
]);

/** Words between an article and the name they introduce: `dijo el llamado Mauricio`, `dit le nommé Ned`. */
export const NAMING_WORDS: ReadonlySet<string> = new Set(['llamado', 'llamada', 'nommé', 'nommée', 'dénommé', 'dénommée']);

/** A voice, whose owner follows: `dijo la voz de Liduvina`, `dit la voix de Conseil`. */
export const VOICE_WORDS: ReadonlySet<string> = new Set(['voz', 'voix']);

/** The `of` between a voice and its owner. */
export const OWNER_WORDS: ReadonlySet<string> = new Set(['de', 'du', 'del']);

/** Nouns after an article that say when, not who: `dijo una vez`, `dit une fois`. */
export const TIME_NOUNS: ReadonlySet<string> = new Set(['vez', 'fois']);

/** An object pronoun before the verb: Spanish `le dijo`, French `lui dit`. */
export const TAG_CLITICS: ReadonlySet<string> = new Set(['le', 'les', 'me', 'te', 'se', 'nos', 'lui']);

/** German adverbs that come between a tag's verb and its subject: `wiederholte nun der Mann`. */
const GERMAN_TAG_ADVERBS: ReadonlySet<string> = new Set([
	'nun',
	'dann',
	'jetzt',
	'leise',
	'laut',
	'schnell',
	'endlich',
	'wieder',
	'noch',
	'sofort',
	'plötzlich',
	'schließlich',
]);

/** French `-ment`, Spanish `-mente` and the commonest German adverbs: `répondit tranquillement Conseil`. */
export function isForeignTagAdverb(word: string): boolean {
	return (word.length > 5 && (word.endsWith('ment') || word.endsWith('mente'))) || GERMAN_TAG_ADVERBS.has(word);
}
