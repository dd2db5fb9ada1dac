// Decides what counts as a word. A word is a run of letters, digits and combining marks, held
// together across an inner apostrophe or hyphen (don’t, well-known) and, between digits, a comma
// or point (1,000, 3.14). Each Han, Kana or Hangul character is a word of its own.
// A hand-written scanner: a Unicode regex over a whole novel is six times slower.

import { isAsciiSpace } from './characters';

const enum CharClass {
	Unknown = 0,
	Word = 1,
	Ideograph = 2,
	Other = 3,
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const IDEOGRAPH = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;

/** Classes of the Basic Multilingual Plane, learned on first sight of each character. */
const bmpClasses = new Uint8Array(0x10000);

/**
 * countWords' first look at a character: a word character, a break that never joins two words (a space, most
 * punctuation), or one to read the careful way (not classed yet, an ideograph, a joiner, a comma or point, a
 * surrogate). Kept with bmpClasses as it learns.
 */
const enum FirstLook {
	Break = 0,
	Word = 1,
	Careful = 2,
}
const firstLooks = new Uint8Array(0x10000).fill(FirstLook.Careful);

function learn(code: number, charClass: CharClass): void {
	bmpClasses[code] = charClass;
	if (charClass === CharClass.Word) {
		firstLooks[code] = FirstLook.Word;
	} else if (charClass === CharClass.Other && !isInnerJoiner(code) && code !== 0x2c && code !== 0x2e) {
		firstLooks[code] = FirstLook.Break;
	}
}

for (let code = 0; code < 0x80; code++) {
	const isAlphanumeric = (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
	learn(code, isAlphanumeric ? CharClass.Word : CharClass.Other);
}

function classify(text: string, index: number, code: number): CharClass {
	if (code >= 0xd800 && code <= 0xdbff) {
		const low = text.charCodeAt(index + 1);
		if (low >= 0xdc00 && low <= 0xdfff) {
			return classifyCharacter(text.slice(index, index + 2));
		}
		return CharClass.Other;
	}
	let known = bmpClasses[code];
	if (known === CharClass.Unknown) {
		known = classifyCharacter(String.fromCharCode(code));
		learn(code, known);
	}
	return known;
}

function classifyCharacter(character: string): CharClass {
	if (IDEOGRAPH.test(character)) {
		return CharClass.Ideograph;
	}
	return WORD_CHAR.test(character) ? CharClass.Word : CharClass.Other;
}

function isDigit(code: number): boolean {
	return code >= 0x30 && code <= 0x39;
}

/** ' ’ - ‐ ‑ between two word characters join them: don’t, o'clock, well-known. */
function isInnerJoiner(code: number): boolean {
	return code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x2010 || code === 0x2011;
}

/** True when the character at `index` is part of a word (a letter, digit, mark or ideograph). */
export function isWordCharAt(text: string, index: number): boolean {
	if (index < 0 || index >= text.length) {
		return false;
	}
	const code = text.charCodeAt(index);
	const charClass = code < 0x80 ? bmpClasses[code] : classify(text, index, code);
	return charClass === CharClass.Word || charClass === CharClass.Ideograph;
}

/** Calls `onWord(start, end)` for each word of `text` within `[start, end)`. */
export function forEachWord(text: string, onWord: (start: number, end: number) => void, start = 0, end = text.length): void {
	let wordStart = -1;
	let previousWasDigit = false;
	for (let index = start; index < end; index++) {
		const code = text.charCodeAt(index);
		const charClass = code < 0x80 ? bmpClasses[code] : classify(text, index, code);
		const width = code >= 0xd800 && code <= 0xdbff && index + 1 < end ? 2 : 1;
		if (charClass === CharClass.Word) {
			if (wordStart < 0) {
				wordStart = index;
			}
			previousWasDigit = isDigit(code);
			index += width - 1;
			continue;
		}
		if (wordStart >= 0 && index + 1 < end && joinsAcross(text, index, code, previousWasDigit)) {
			continue;
		}
		if (wordStart >= 0) {
			onWord(wordStart, index);
			wordStart = -1;
		}
		if (charClass === CharClass.Ideograph) {
			onWord(index, index + width);
		}
		index += width - 1;
	}
	if (wordStart >= 0) {
		onWord(wordStart, end);
	}
}

function joinsAcross(text: string, index: number, code: number, previousWasDigit: boolean): boolean {
	const next = text.charCodeAt(index + 1);
	if (isInnerJoiner(code)) {
		return (next < 0x80 ? bmpClasses[next] : classify(text, index + 1, next)) === CharClass.Word;
	}
	// 1,000 and 3.14 are one word; "one,two" is two.
	return (code === 0x2c || code === 0x2e) && previousWasDigit && isDigit(next);
}

/**
 * Number of words in `text` within `[start, end)`: forEachWord's scan without the callback, since every
 * paragraph is counted on each cold analysis and the call per word was a fifth of the count's time.
 * Letters and breaks are counted by arithmetic, not by a branch on whether a word goes on: that branch
 * went the other way at each word's two ends, and its mispredictions were a quarter of the count's
 * time (War and Peace's paragraphs, 19 → 14 ms).
 */
export function countWords(text: string, start = 0, end = text.length): number {
	let count = 0;
	// 1 inside a word, else 0.
	let inWord = 0;
	for (let index = start; index < end; index++) {
		const code = text.charCodeAt(index);
		const look = firstLooks[code];
		if (look !== FirstLook.Careful) {
			// A break after a word ends it.
			count += inWord & (look ^ 1);
			inWord = look;
			continue;
		}
		const width = code >= 0xd800 && code <= 0xdbff && index + 1 < end ? 2 : 1;
		const charClass = classify(text, index, code);
		if (charClass === CharClass.Word) {
			inWord = 1;
			index += width - 1;
			continue;
		}
		if (inWord === 1) {
			// The word's last character came just before: only an ASCII digit makes 1,000 and 3.14 one word.
			if (index + 1 < end && joinsAcross(text, index, code, isDigit(text.charCodeAt(index - 1)))) {
				continue;
			}
			count++;
			inWord = 0;
		}
		if (charClass === CharClass.Ideograph) {
			count++;
		}
		index += width - 1;
	}
	return count + inWord;
}

/** Number of words in `text` within `[start, end)` outside the sorted, disjoint `excluded` ranges. */
export function countWordsExcluding(text: string, start: number, end: number, excluded: readonly { start: number; end: number }[]): number {
	let count = 0;
	let cursor = start;
	for (const range of excluded) {
		if (range.end <= cursor || range.start >= end) {
			continue;
		}
		count += countWords(text, cursor, Math.max(cursor, range.start));
		cursor = Math.max(cursor, range.end);
	}
	return count + countWords(text, cursor, end);
}

/** What countWordsInAndOut found: the words of the whole text, and those of the ranges alone. */
export interface WordsWithin {
	readonly words: number;
	readonly within: number;
}

/**
 * countWords over all of `text`, and the sum of countWords over each of the sorted, disjoint `ranges`, in
 * one scan instead of two (a paragraph's words, and its dialogue's). The text is counted a piece at a time
 * between range edges; a word an edge cuts in two is counted once in the whole, which a few characters
 * either side of the edge tell. Edges closer together than a blank falls between them are counted the plain way.
 */
export function countWordsWithin(text: string, ranges: readonly TextRangeLike[]): WordsWithin {
	const length = text.length;
	let words = 0;
	let within = 0;
	let cursor = 0;
	const cuts: EdgeCuts = { reach: 0, last: -1, doubled: 0 };
	for (const range of ranges) {
		if (range.start < cursor || range.end < range.start || range.end > length) {
			return countPlainly(text, ranges);
		}
		const inside = countWords(text, range.start, range.end);
		within += inside;
		words += countWords(text, cursor, range.start) + inside;
		if (!cutAt(text, range.start, cuts) || !cutAt(text, range.end, cuts)) {
			return countPlainly(text, ranges);
		}
		cursor = range.end;
	}
	return { words: words + countWords(text, cursor, length) - cuts.doubled, within };
}

/** The edges counting was cut at so far: the last, how far its neighbourhood reached, and words counted twice. */
interface EdgeCuts {
	reach: number;
	last: number;
	doubled: number;
}

/** Adds the words counting cut in two at `edge`; false when the edge is too near the last to tell. */
function cutAt(text: string, edge: number, cuts: EdgeCuts): boolean {
	if (edge === cuts.last || edge === 0 || edge === text.length) {
		return true;
	}
	const before = blankBefore(text, edge);
	if (before < cuts.reach) {
		return false;
	}
	const after = blankAfter(text, edge);
	cuts.doubled += countWords(text, before, edge) + countWords(text, edge, after) - countWords(text, before, after);
	cuts.reach = after;
	cuts.last = edge;
	return true;
}

interface TextRangeLike {
	readonly start: number;
	readonly end: number;
}

function countPlainly(text: string, ranges: readonly TextRangeLike[]): WordsWithin {
	let within = 0;
	for (const range of ranges) {
		within += countWords(text, range.start, range.end);
	}
	return { words: countWords(text), within };
}

/** Just after the last blank before `at`, or 0. */
function blankBefore(text: string, at: number): number {
	let index = at;
	while (index > 0 && !isAsciiSpace(text.charCodeAt(index - 1))) {
		index--;
	}
	return index;
}

/** The first blank at or after `at`, or the text's end. */
function blankAfter(text: string, at: number): number {
	let index = at;
	while (index < text.length && !isAsciiSpace(text.charCodeAt(index))) {
		index++;
	}
	return index;
}
