// Decides which words beside a quote name a person: capitalised words after any title (`Mr. Darcy`,
// `old Cotter`) or descriptions (`the old man`, `my brother`); and which two spellings are one person
// (`Mulligan`, `Buck Mulligan`). The words themselves are in honorifics, notSpeakerNames and pronouns.

import { SPEAKER_TITLES } from './honorifics';
import { NOT_SPEAKER_NAMES } from './notSpeakerNames';

/** Lower-case words a name may carry in front without being part of it: `said old Cotter`. */
export const EPITHETS: ReadonlySet<string> = new Set(['old', 'young', 'little', 'poor', 'dear', 'good', 'big']);

export function isCapitalised(word: string): boolean {
	const code = word.charCodeAt(0);
	return (code >= 0x41 && code <= 0x5a) || (code > 0x7f && word[0] !== word[0].toLowerCase());
}

/** A word lower-cased without its abbreviation point: `Mr.` is `mr`. */
export function bare(word: string): string {
	const lower = word.toLowerCase();
	return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

export function isAdverb(word: string): boolean {
	return word.length > 3 && word.endsWith('ly') && !isCapitalised(word);
}

/** A word that may be, or start, a person's name. */
export function mayBeName(word: string): boolean {
	return isCapitalised(word) && !CAPITALISED_NOT_NAMES.has(word) && !NOT_SPEAKER_NAMES.has(bare(word)) && !isCapitalisedAdverb(word);
}

function isCapitalisedAdverb(word: string): boolean {
	if (word.length < 6) {
		return false;
	}
	// Most words end in neither `y` nor `d`: one look settles them without a pattern.
	const last = word.charCodeAt(word.length - 1);
	if (last === 0x79) {
		return ADVERB_ENDING.test(word) && !(word.endsWith('ily') && word.length < 7);
	}
	return last === 0x64 && word.charCodeAt(word.length - 2) === 0x65 && PARTICIPLE_ENDING.test(word) && !NAME_LIKE_PARTICIPLE.test(word);
}

/** `Alarmed, she ran.`, `Saddled and ready, the horse…`: a past participle opening a sentence. */
const PARTICIPLE_ENDING = /^\p{Lu}\p{Ll}+ed$/u;
/** Names that end like a participle: `Alfred`, `Mildred`, `Mohammed`, `Siegfried`. */
const NAME_LIKE_PARTICIPLE = /(?:fred|dred|mmed|hmed|ied|eed)$/;

/**
 * `Really,` `Naturally,` `Greatly relieved,`: adverbs open sentences and quotes; few names end like them
 * (`Sally`, `Emily` and `Cecily` are too short, `Beverly` does not match).
 */
const ADVERB_ENDING = /^\p{Lu}\p{Ll}*(?:ally|ently|antly|ously|ably|ibly|fully|lessly|ately|ively|edly|ingly|dly|tly|ily)$/u;

/** NOT_SPEAKER_NAMES as they open a sentence (`The`, `Then`), looked up without lower-casing first. */
const CAPITALISED_NOT_NAMES = new Set([...NOT_SPEAKER_NAMES].map(word => word[0].toUpperCase() + word.slice(1)));

/** A proper name at `index`: capitalised words after any honorific or epithet (`Mr. Darcy`, `old Cotter`). */
export function nameAt(words: readonly string[], index: number): { name: string; next: number } | undefined {
	let position = index;
	// `old Cotter`, and at a sentence's start `Poor Mole`: but `Old Cotter` and `Young Jerry` may be names whole.
	// The capital after it is asked first: most words beside a quote are followed by none, and then nothing is lower-cased.
	if (words[position] !== undefined && isCapitalised(words[position + 1] ?? '') && isEpithet(words[position])) {
		position++;
	}
	// Most words here are not capitalised (`he said`, `said she`): no name starts at them, and no list is made.
	if (position >= words.length || !isCapitalised(words[position])) {
		return undefined;
	}
	const parts: string[] = [];
	while (position < words.length && isCapitalised(words[position]) && SPEAKER_TITLES.has(bare(words[position])) && isCapitalised(words[position + 1] ?? '')) {
		parts.push(words[position]);
		position++;
	}
	const honorifics = parts.length;
	while (position < words.length && parts.length < 4 && mayBeName(words[position])) {
		const word = words[position];
		parts.push(word.endsWith('’s') || word.endsWith("'s") ? word.slice(0, -2) : word);
		position++;
	}
	// `Madame`, `Sir` alone address someone; they do not name them.
	if (parts.length === honorifics || (parts.length === 1 && SPEAKER_TITLES.has(bare(parts[0])))) {
		return undefined;
	}
	return { name: parts.length === 1 ? parts[0] : parts.join(' '), next: position };
}

/** `old`, `poor`, and at a sentence's start `Old`, `Poor`. */
function isEpithet(word: string): boolean {
	return EPITHETS.has(word) || (NOT_SPEAKER_NAMES.has(word.toLowerCase()) && EPITHETS.has(word.toLowerCase()));
}

/** A description's words; `the Rat` is the name `Rat`. */
export function description(words: readonly string[], start: number, end: number): string {
	const parts = words.slice(start, end);
	// `the Rat`, `the good-natured Rat`, `the Water Rat` are the name the story gives its creature.
	let name = parts.length;
	while (name > 1 && isCapitalised(parts[name - 1])) {
		name--;
	}
	if (parts[0].toLowerCase() === 'the' && name < parts.length) {
		return parts.slice(name).join(' ');
	}
	// `My uncle said` opens a sentence: it is still a description, `my uncle`.
	return [parts[0].toLowerCase(), ...parts.slice(1)].join(' ');
}

/** `the old man`, `my mother`: how the prose refers to someone whose name it does not use here. */
export function isDescription(speaker: string): boolean {
	return !isCapitalised(speaker);
}

/** Plural nouns no `-s` shows. */
const IRREGULAR_PLURALS = new Set(['men', 'women', 'children', 'people', 'folk', 'gentlemen', 'ladies', 'others', 'voices', 'geese', 'mice']);

/**
 * `the ladies`, `several voices`, `one of the women`: a description of a voice from a crowd, not one of
 * the two people taking turns, even when it says the line.
 */
export function isGroup(speaker: string): boolean {
	if (!isDescription(speaker)) {
		return false;
	}
	const words = speaker.split(' ');
	if (words[0] === 'one' && words[1] === 'of') {
		return true;
	}
	const noun = words[words.length - 1].toLowerCase();
	return IRREGULAR_PLURALS.has(noun) || (noun.length > 3 && noun.endsWith('s') && !/(?:ss|us|is|’s|'s)$/.test(noun));
}

/**
 * True when `short` names the same person as `long`: its words, titles aside, end `long`'s (`Darcy`,
 * `Mr. Darcy`), or, without a title, begin them (`Ogden`, `Ogden Ford`).
 */
export function samePerson(long: string, short: string): boolean {
	const longWords = long.split(' ');
	const shortWords = short.split(' ');
	const longTitle = SPEAKER_TITLES.has(bare(longWords[0])) ? bare(longWords[0]) : undefined;
	const shortTitle = SPEAKER_TITLES.has(bare(shortWords[0])) ? bare(shortWords[0]) : undefined;
	// `Mr. Bennet` is never `Mrs. Bennet`.
	if (longTitle !== undefined && shortTitle !== undefined && longTitle !== shortTitle) {
		return false;
	}
	const core = shortTitle !== undefined ? shortWords.slice(1) : shortWords;
	if (core.length === 0 || core.length > longWords.length) {
		return false;
	}
	const tail = longWords.slice(longWords.length - core.length);
	const head = longWords.slice(longTitle !== undefined ? 1 : 0, (longTitle !== undefined ? 1 : 0) + core.length);
	return core.every((word, index) => word === tail[index]) || (shortTitle === undefined && core.every((word, index) => word === head[index]));
}

/** True when `a` and `b` may be one person's names, whichever is the longer: `Pip` and `Pip Varga`. */
export function mayBeOnePerson(a: string, b: string): boolean {
	return a.length >= b.length ? samePerson(a, b) : samePerson(b, a);
}
