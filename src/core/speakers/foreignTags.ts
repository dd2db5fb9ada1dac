// Speech tags in French, German and Spanish prose, which put the verb first after the quote: `«…», dit
// Conseil`, `dit-il`, `„…“, sagte K.`, `—…—le dijo Augusto`. The English readers know English verbs, and an
// English subject before its verb; these tags are read here, from their verbs' commonest forms: the name, the
// pronoun or the description (`der Maler`, as `the painter` would be) that follows the verb.

import { SpeakerCue } from './types';
import { nameAt } from '../lexicon/speakerNames';
import { isFunctionWord } from '../lexicon/functionWords';
import { wordsAfter } from './wordWindows';

/** The forms tags use: the third person of the past and present, and French's first; not `fit`, which English shares. */
const SPEECH_VERBS = new Set(
	// French
	(
		'dit répondit répliqua reprit demanda cria ajouta murmura continua observa riposta poursuivit interrompit ' +
		"répéta s'écria s'exclama " +
		// French, the narrator's own: `répondis-je`, `m'écriai-je`
		'dis répondis répliquai repris demandai criai ajoutai murmurai continuai observai ripostai poursuivis ' +
		"interrompis répétai m'écriai m'exclamai " +
		// German
		'sagte sagt fragte fragt rief antwortete erwiderte entgegnete flüsterte schrie meinte murmelte bemerkte ' +
		'wiederholte fuhr ' +
		// Spanish
		'dijo preguntó respondió contestó exclamó gritó añadió murmuró repuso replicó continuó prosiguió interrumpió'
	).split(' '),
);

/** Subject pronouns after a tag's verb, as the English cues give them: `dit-il`, `sagte sie`, `dijo ella`, `répondis-je`. */
const PRONOUNS = new Map([
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
const ARTICLES = new Set(['le', 'la', "l'", 'un', 'une', 'der', 'die', 'das', 'ein', 'eine', 'el', 'una']);

/** Words a description after the verb may run to: `un vieux marin`. */
const DESCRIPTION_WORDS = 3;

/** German adverbs that come between a tag's verb and its subject: `wiederholte nun der Mann`. */
const GERMAN_ADVERBS = new Set(['nun', 'dann', 'jetzt', 'leise', 'laut', 'schnell', 'endlich', 'wieder', 'noch', 'sofort', 'plötzlich', 'schließlich']);

/** Titles in lower case between an article and a name: `le capitaine Nemo`, `le docteur Dumont`. */
const LOWER_CASE_TITLES = new Set(['capitaine', 'commandant', 'docteur', 'professeur', 'père', 'don', 'doña', 'señor', 'señora', 'señorita']);

/** An object pronoun before the verb: Spanish `le dijo`, French `lui dit`. */
const CLITICS = new Set(['le', 'les', 'me', 'te', 'se', 'nos', 'lui']);

/** Whether `word`, the first after a quote, may open a French, German or Spanish tag: most English ones cannot. */
export function mayOpenForeignTag(word: string): boolean {
	const hyphen = word.indexOf('-');
	return CLITICS.has(word) || SPEECH_VERBS.has(hyphen > 0 ? word.slice(0, hyphen).replace('’', "'") : word.replace('’', "'"));
}

/** The speaker a French, German or Spanish tag right after the quote gives, if it is one. */
export function foreignCueAfter(paragraph: string, start: number, limit: number): SpeakerCue | undefined {
	const words = wordsAfter(paragraph, start, limit, 6);
	const verb = words.length > 1 && CLITICS.has(words[0]) ? 1 : 0;
	const word = words[verb]?.replace('’', "'");
	if (word === undefined) {
		return undefined;
	}
	const hyphen = word.indexOf('-');
	if (hyphen > 0) {
		// `dit-il`, `s'écria-t-elle`
		const pronoun = PRONOUNS.get(word.slice(word.lastIndexOf('-') + 1));
		return pronoun !== undefined && SPEECH_VERBS.has(word.slice(0, hyphen)) ? { pronoun, foreign: true } : undefined;
	}
	if (!SPEECH_VERBS.has(word) || verb + 1 >= words.length) {
		return undefined;
	}
	// `répondit tranquillement Conseil`, `wiederholte nun der Mann`
	const after = isAdverb(words[verb + 1]) && verb + 2 < words.length ? verb + 2 : verb + 1;
	const pronoun = PRONOUNS.get(words[after]);
	if (pronoun !== undefined) {
		return { pronoun, foreign: true };
	}
	if (ARTICLES.has(words[after].toLowerCase()) && after + 1 < words.length && !isFunctionWord(words[after + 1])) {
		// `le capitaine Nemo` is Nemo; `der Maler`, `le Canadien` are who the tag says, as `the painter` would be.
		const titled = LOWER_CASE_TITLES.has(words[after + 1]) ? nameAt(words, after + 2) : undefined;
		return { name: titled?.name ?? description(words, after), foreign: true };
	}
	const name = nameAt(words, after);
	return name !== undefined ? { name: name.name, foreign: true } : undefined;
}

/** French `-ment`, Spanish `-mente` and the commonest German adverbs. */
function isAdverb(word: string): boolean {
	return (word.length > 5 && (word.endsWith('ment') || word.endsWith('mente'))) || GERMAN_ADVERBS.has(word);
}

/** The article at `start` and the words after it, up to a function word, a noun's capital or DESCRIPTION_WORDS. */
function description(words: readonly string[], start: number): string {
	let end = start + 1;
	while (end < words.length && end - start < DESCRIPTION_WORDS && !isFunctionWord(words[end])) {
		end++;
		if (words[end - 1] !== words[end - 1].toLowerCase()) {
			break;
		}
	}
	return words.slice(start, end).join(' ');
}
