// Speech tags in French, German and Spanish prose, which put the verb first after the quote: `«…», dit
// Conseil`, `dit-il`, `„…“, sagte K.`, `—…—le dijo Augusto`. The English readers know English verbs, and an
// English subject before its verb; these tags are read here, with the words of lexicon/foreignTagWords.ts: the
// name, the pronoun or the description (`der Maler`, as `the painter` would be) that follows the verb.

import { SpeakerCue } from './types';
import { nameAt } from '../lexicon/speakerNames';
import { isFunctionWord } from '../lexicon/functionWords';
import {
	FOREIGN_SUBJECT_PRONOUNS,
	isFirstPersonTagVerb,
	isForeignTagAdverb,
	isForeignTagVerb,
	LOWER_CASE_TITLES,
	NAMING_WORDS,
	OWNER_WORDS,
	TAG_ARTICLES,
	TAG_CLITICS,
	TIME_NOUNS,
	VOICE_WORDS,
} from '../lexicon/foreignTagWords';
import { wordsAfter } from './wordWindows';

/** Words a description after the verb may run to: `un vieux marin`. */
const DESCRIPTION_WORDS = 3;

/** Whether `word`, the first after a quote, may open a French, German or Spanish tag: most English ones cannot. */
export function mayOpenForeignTag(word: string): boolean {
	return TAG_CLITICS.has(word) || isForeignTagVerb(verbPart(word));
}

/** The verb of `dit-il`, `s'écria-t-elle`; the word itself when no pronoun is joined to it. */
function verbPart(word: string): string {
	const hyphen = word.indexOf('-');
	return hyphen > 0 ? word.slice(0, hyphen) : word;
}

/** The speaker a French, German or Spanish tag right after the quote gives, if it is one. */
export function foreignCueAfter(paragraph: string, start: number, limit: number): SpeakerCue | undefined {
	const words = wordsAfter(paragraph, start, limit, 6);
	const verb = words.length > 1 && TAG_CLITICS.has(words[0]) ? 1 : 0;
	const word = words[verb];
	if (word === undefined || !isForeignTagVerb(verbPart(word))) {
		return undefined;
	}
	if (word.includes('-')) {
		// `dit-il`, `s'écria-t-elle`
		const pronoun = FOREIGN_SUBJECT_PRONOUNS.get(word.slice(word.lastIndexOf('-') + 1));
		return pronoun !== undefined ? { pronoun, foreign: true } : undefined;
	}
	if (isFirstPersonTagVerb(word)) {
		// `—…—le dije a Augusto`: the verb's person says who speaks, whatever follows.
		return { pronoun: 'i', foreign: true };
	}
	if (verb + 1 >= words.length) {
		return undefined;
	}
	// `répondit tranquillement Conseil`, `wiederholte nun der Mann`
	const after = isForeignTagAdverb(words[verb + 1]) && verb + 2 < words.length ? verb + 2 : verb + 1;
	const pronoun = FOREIGN_SUBJECT_PRONOUNS.get(words[after]);
	if (pronoun !== undefined) {
		return { pronoun, foreign: true };
	}
	if (TAG_ARTICLES.has(words[after].toLowerCase()) && after + 1 < words.length && !isFunctionWord(words[after + 1])) {
		const noun = words[after + 1];
		if (TIME_NOUNS.has(noun)) {
			return undefined;
		}
		// `le capitaine Nemo` and `el llamado Mauricio` are Nemo and Mauricio; `la voz de Liduvina` is hers;
		// `der Maler`, `le Canadien` are who the tag says, as `the painter` would be.
		const owned = VOICE_WORDS.has(noun) && OWNER_WORDS.has(words[after + 2]) ? after + 3 : -1;
		const named = LOWER_CASE_TITLES.has(noun) || NAMING_WORDS.has(noun) ? after + 2 : owned;
		const name = named >= 0 ? nameAt(words, named) : undefined;
		return { name: name?.name ?? describedSpeaker(words, after), foreign: true };
	}
	// `dijo don Fermín`: a title in lower case straight after the verb.
	const name = nameAt(words, LOWER_CASE_TITLES.has(words[after]) ? after + 1 : after);
	return name !== undefined ? { name: name.name, foreign: true } : undefined;
}

/** The article at `start` and the words after it, up to a function word, a noun's capital or DESCRIPTION_WORDS. */
function describedSpeaker(words: readonly string[], start: number): string {
	let end = start + 1;
	while (end < words.length && end - start < DESCRIPTION_WORDS && !isFunctionWord(words[end])) {
		end++;
		if (words[end - 1] !== words[end - 1].toLowerCase()) {
			break;
		}
	}
	return words.slice(start, end).join(' ');
}
