// Reads the few words either side of a quote that its speech tag may hold: up to a clause's end, a
// colon, or the window's width, whichever comes first.

import { endsWithAbbreviation } from '../dialogue/abbreviations';
import { isSpace, isWordCharacter } from '../text/characters';

/**
 * Up to WINDOW_WORDS words from `start`, stopping at the end of a clause or at `limit`. The words are shared
 * with later calls for the same window, so they are never changed: most quotes' tags are read twice, two
 * words to tell whether a tag may follow and then the tag itself, and the second read goes on from the first.
 */
export function wordsAfter(text: string, start: number, limit: number, maxWords = WINDOW_WORDS): readonly string[] {
	const last = lastAfter;
	if (last.text === text && last.start === start && last.limit === limit) {
		if (last.words.length >= maxWords) {
			return last.words.length === maxWords ? last.words : last.words.slice(0, maxWords);
		}
		if (last.next < 0) {
			return last.words;
		}
		const words = last.words.slice();
		last.next = readWordsAfter(text, last.next, Math.min(limit, start + WINDOW_CHARS), maxWords, words);
		last.words = words;
		return words;
	}
	const end = Math.min(limit, start + WINDOW_CHARS);
	let index = start;
	while (index < end && isLeadIn(text.charCodeAt(index))) {
		index++;
	}
	const words: string[] = [];
	last.text = text;
	last.start = start;
	last.limit = limit;
	last.next = readWordsAfter(text, index, end, maxWords, words);
	last.words = words;
	return words;
}

/** The window wordsAfter read last, and where its reading stopped for want of words (-1 when the clause ended). */
const lastAfter: { text: string; start: number; limit: number; next: number; words: readonly string[] } = {
	text: '',
	start: -1,
	limit: -1,
	next: -1,
	words: [],
};

/** Adds words from `index` to `words` up to `maxWords`; returns where to go on for more, or -1 when the clause ends first. */
function readWordsAfter(text: string, index: number, end: number, maxWords: number, words: string[]): number {
	while (index < end) {
		if (words.length >= maxWords) {
			return index;
		}
		const wordStart = index;
		while (index < end && isWordCharacter(text, index)) {
			index++;
		}
		if (index === wordStart) {
			return -1;
		}
		const isAbbreviation = text.charCodeAt(index) === 0x2e && endsWithAbbreviation(text, index);
		words.push(text.slice(wordStart, isAbbreviation ? index + 1 : index));
		if (isAbbreviation) {
			index++;
		}
		if (index >= end || !isSpace(text.charCodeAt(index))) {
			return -1;
		}
		while (index < end && isSpace(text.charCodeAt(index))) {
			index++;
		}
	}
	return -1;
}

/**
 * Up to WINDOW_WORDS words before `end`, nearest first, of the clause that leads into the quote; empty
 * when no clause does (`Karen smiled. "Hi."`). `colon` tells a script-like `Karen: "…"`.
 */
export function wordsBefore(
	text: string,
	end: number,
	limit: number,
	maxWords = WINDOW_WORDS,
	maxChars = WINDOW_CHARS,
): { words: string[]; colon: boolean; commaAfter: boolean[] } {
	const start = Math.max(limit, end - maxChars);
	const words: string[] = [];
	/** Whether a comma stood right after each word: `floundering, a man’s voice called` is not `kicking out his legs`. */
	const commaAfter: boolean[] = [];
	let index = end;
	while (index > start && (isSpace(text.charCodeAt(index - 1)) || text[index - 1] === '-' || text[index - 1] === '—')) {
		index--;
	}
	const colon = text[index - 1] === ':';
	// A clause that leads into speech ends in `,` `:` or a dash, or runs straight into it (`Karen said "hi"`).
	// A comma is left for the first word's `commaAfter`: `the level of Oliver's wits, "…"` owns no exclamation.
	if (index > start && colon) {
		index--;
	} else if (index > start && text[index - 1] === ',') {
		// read below
	} else if (index > start && !isWordCharacter(text, index - 1)) {
		return { words, colon, commaAfter };
	}
	while (index > start && words.length < maxWords) {
		let comma = false;
		while (index > start && (isSpace(text.charCodeAt(index - 1)) || text[index - 1] === ',')) {
			comma ||= text[index - 1] === ',';
			index--;
		}
		const wordEnd = index;
		if (text[index - 1] === '.' && endsWithAbbreviation(text, index - 1)) {
			index--;
		}
		while (index > start && isWordCharacter(text, index - 1)) {
			index--;
		}
		if (index === wordEnd) {
			break;
		}
		words.push(text.slice(index, wordEnd));
		commaAfter.push(comma);
		const before = text[index - 1];
		if (before === '.' && index - 1 > start && !endsWithAbbreviation(text, index - 1)) {
			break;
		}
		if (before !== undefined && !isSpace(before.charCodeAt(0)) && before !== ',' && before !== '.') {
			break;
		}
	}
	return { words, colon, commaAfter };
}

/** At most this many words either side of a quote are read for its speaker: `said the man at the gate`, `Karen turned to Ivy and said`. */
export const AFTER_WORDS = 6;

export const WINDOW_WORDS = 9;

export const WINDOW_CHARS = 120;

/** Space, or speech punctuation left outside the marks: `"Yes", said Karen`, `"Yes"—said Karen`. */
export function isLeadIn(code: number): boolean {
	return isSpace(code) || code === 0x2c || code === 0x2014 || code === 0x2d;
}
