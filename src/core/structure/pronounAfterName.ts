// Decides what the words after a name say of its sex: the first pronoun in its sentence that points back to a
// subject (he, his, himself; she, herself, and her before a noun), and whether the name opens its clause, where
// such a pronoun is most likely its own. The narration's gender votes and the cast's families both read it.

import { Gender } from '../lexicon/types';
import { CLAUSE_OPENERS, LONGEST_CLAUSE_OPENER } from '../lexicon/clauseOpeners';

const HE = new Set(['he', 'his', 'himself']);
const SHE = new Set(['she', 'herself']);
/** After `her`, words that make it an object (`looked at her and`), not a possessive. */
const NOT_AFTER_POSSESSIVE = new Set([
	'and',
	'to',
	'with',
	'for',
	'that',
	'in',
	'on',
	'at',
	'as',
	'but',
	'was',
	'the',
	'a',
	'an',
	'up',
	'out',
	'off',
	'down',
	'away',
	'back',
	'again',
	'so',
	'too',
	'by',
	'from',
	'into',
	'if',
	'when',
	'or',
	'of',
]);
const LOOK_CHARS = 120;
/** A letter, an apostrophe or a hyphen: what a word is made of here. */
const WORD_CHARACTER = /^[\p{L}’'-]$/u;
const STOPS = '.!?;"“”‘';

/** The sex the words after a name (up to `limit`, within its sentence) give it, if any. */
export function pronounAfter(text: string, from: number, limit: number): Gender | undefined {
	// Read word by word with no slice and no regular expression run over the window: this runs after
	// every name of the book, and most meet a stop or a pronoun within a few words.
	const end = Math.min(limit, from + LOOK_CHARS, text.length);
	let afterHer = false;
	for (let index = from; index < end;) {
		const code = text.charCodeAt(index);
		if (code === 0x22 || code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3b || (code >= 0x2018 && STOPS.includes(text[index]))) {
			return undefined;
		}
		const wordEnd = endOfWord(text, index, end);
		if (wordEnd === index) {
			index++;
			continue;
		}
		if (!afterHer && !mayBePronoun(text, index, wordEnd - index)) {
			// Most words are none of he, his, himself, she, herself, her: they are passed over unread.
			index = wordEnd;
			continue;
		}
		const word = text.slice(index, wordEnd);
		index = wordEnd;
		if (afterHer) {
			return word.length > 2 && !NOT_AFTER_POSSESSIVE.has(word) && word === word.toLowerCase() ? 'she' : undefined;
		}
		const lower = word.toLowerCase();
		if (HE.has(lower)) {
			return 'he';
		}
		if (SHE.has(lower)) {
			return 'she';
		}
		afterHer = lower === 'her';
	}
	return undefined;
}

/**
 * Whether the name at `start` reads as a clause's subject: at a sentence's or clause's opening (`Mara lit…`,
 * `…, and Mara lit…`), not after a verb or a preposition (`startled Mara; she…`, `with Mara, his…`), where
 * the pronoun that follows is most likely someone else's.
 */
export function opensClause(text: string, start: number): boolean {
	// Char codes, no regular expression and no slice for most names: this runs before every name of the book.
	let index = start - 1;
	while (index >= 0 && text.charCodeAt(index) <= 0x20) {
		index--;
	}
	let wordStart = index + 1;
	while (wordStart > 0 && isWordCode(text, wordStart - 1)) {
		wordStart--;
	}
	if (wordStart > index) {
		// The text's start, or punctuation: a sentence, a clause or a quote ends before the name.
		return true;
	}
	const first = text.charCodeAt(wordStart);
	if (first >= 0x41 && first <= 0x5a) {
		return true;
	}
	if (index + 1 - wordStart > LONGEST_CLAUSE_OPENER) {
		return false;
	}
	const word = text.slice(wordStart, index + 1);
	return CLAUSE_OPENERS.has(word) || (first >= 0x80 && word !== word.toLowerCase());
}

/** Whether the character at `index` belongs to a word: a letter, an apostrophe or a hyphen. */
function isWordCode(text: string, index: number): boolean {
	const code = text.charCodeAt(index);
	if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x27 || code === 0x2d) {
		return true;
	}
	return code >= 0x80 && WORD_CHARACTER.test(text[index]);
}

/**
 * Whether the word of `length` at `start` may be one pronounAfter looks for (he, his, himself, she, herself,
 * her, in any case): only those lengths, opening on h or s. Tells most words without slicing them.
 */
function mayBePronoun(text: string, start: number, length: number): boolean {
	if (length !== 2 && length !== 3 && length !== 7) {
		return false;
	}
	const first = text.charCodeAt(start) | 0x20;
	return first === 0x68 || first === 0x73;
}

/** Where the word starting at `start` ends, no further than `end`; `start` when no word starts there. */
function endOfWord(text: string, start: number, end: number): number {
	let index = start;
	while (index < end) {
		const code = text.charCodeAt(index);
		if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x27 || code === 0x2d) {
			index++;
			continue;
		}
		if (code < 0x80) {
			break;
		}
		// A letter outside ASCII, perhaps of two code units: one only when both lie before `end`, as a
		// window cut at `end` would have it.
		const width = code >= 0xd800 && code <= 0xdbff && index + 1 < end ? 2 : 1;
		if (!WORD_CHARACTER.test(text.slice(index, index + width))) {
			break;
		}
		index += width;
	}
	return index;
}
