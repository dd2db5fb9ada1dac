// Finds the capitalised word runs of one paragraph that may be names (`Karen Cartwright`, `Mr. Darcy`,
// `Leonardo da Vinci`) and notes the evidence beside each, which mentionEvidence.ts reads from the words
// around it. Reads only the paragraph, so the result is cached with the paragraph's analysis; deciding which
// runs are characters is the cast's document pass.

import { honorificKey } from '../lexicon/honorifics';
import { isAbbreviation } from '../lexicon/abbreviations';
import { isEnglishFunctionWord, isFunctionWord } from '../lexicon/functionWords';
import { isNameParticle } from '../lexicon/nameSpellings';
import { TextRange } from '../text/types';
import { MentionFlag, NameMention } from './types';
import { isSpace } from '../text/characters';
import { followsParticiple } from '../lexicon/participleWords';
import { isApostrophe, isLetterCode, isUppercaseCode } from './letterCodes';
import { evidence } from './mentionEvidence';

const MAX_WORDS = 6;
/**
 * Capitals that may start a name. One regular expression for every paragraph (compiling one each time costs
 * more than the scan); its lastIndex is set before each use and the scan never yields, so no call sees another's.
 */
const CAPITALS = /[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0391-\u03A9\u0410-\u042F]/g;

interface Word {
	start: number;
	/** End of the word itself, before any possessive or full stop. */
	end: number;
	/** End including a full stop that belongs to it (`Mr.`, `K.`). */
	endWithStop: number;
	possessiveEnd: number;
}

/**
 * The last word read of the name being scanned: one record moved along every name rather than an object
 * for each of a novel's words. The scan never yields, so no call sees another's.
 */
const last: Word = { start: 0, end: 0, endWithStop: 0, possessiveEnd: 0 };

/** The capitalised runs of `paragraph` that may be names, in order. */
export function findNameMentions(paragraph: string, quotes: readonly TextRange[]): NameMention[] {
	const mentions: NameMention[] = [];
	let quoteIndex = 0;
	// test() rather than exec(): no match object for each of a novel's hundred thousand capitals.
	const capitals = CAPITALS;
	capitals.lastIndex = 0;
	while (capitals.test(paragraph)) {
		const start = capitals.lastIndex - 1;
		if (start > 0 && (isLetterCode(paragraph.charCodeAt(start - 1)) || isDigitOrJoiner(paragraph.charCodeAt(start - 1)))) {
			continue;
		}
		// Most capitals open a sentence on `The`, `He`, `But`: they are turned away before a word is built.
		const firstEnd = wordEnd(paragraph, start);
		const firstText = paragraph.slice(start, firstEnd);
		if ((isFunctionWord(firstText) && !honorificKey(firstText)) || isElidedOpening(firstText)) {
			capitals.lastIndex = Math.max(possessiveEnd(paragraph, firstEnd), paragraph.charCodeAt(firstEnd) === 0x2e ? firstEnd + 1 : firstEnd);
			continue;
		}
		setWord(last, paragraph, start, firstEnd);
		capitals.lastIndex = Math.max(last.possessiveEnd, last.endWithStop);
		// The run's words are counted as `last` moves along them: no array for each of a novel's names.
		let wordCount = 1;
		while (wordCount < MAX_WORDS) {
			const passed = moveToNextNameWord(paragraph, last, firstText, wordCount);
			if (passed === 0) {
				break;
			}
			wordCount += passed;
		}
		// A single capital is the pronoun `I` or a stray initial, not a name; but one with a full stop of its
		// own (`said K.`, `K. nodded`) may be a name the book shortens so, which the cast weighs.
		if (wordCount === 1 && firstEnd - start === 1 && !isLetterName(paragraph, start, firstEnd)) {
			continue;
		}
		// An honorific's or a letter's full stop stays with the name; any other ends the sentence.
		const keepsStop = wordCount > 1 || firstEnd - start === 1 || honorificKey(firstText) !== undefined;
		const end = keepsStop && last.endWithStop > last.end && isStopKept(paragraph, last) ? last.endWithStop : last.end;
		capitals.lastIndex = Math.max(last.possessiveEnd, end);
		while (quoteIndex < quotes.length && quotes[quoteIndex].end <= start) {
			quoteIndex++;
		}
		const inDialogue = quoteIndex < quotes.length && quotes[quoteIndex].start < start;
		// Most names are one word with no full stop kept: the word already read is the name.
		const text = end === firstEnd ? firstText : paragraph.slice(start, end);
		const flags = evidence(paragraph, start, end, last.possessiveEnd, inDialogue, quotes[quoteIndex]) | (isAllCaps(text) ? MentionFlag.AllCaps : 0);
		if (wordCount === 1 && (flags & MentionFlag.SentenceStart) !== 0 && opensParticipleClause(paragraph, text, end)) {
			continue;
		}
		mentions.push({ start, end, text, flags });
	}
	return mentions;
}

/**
 * Whether `word`, opening its sentence and ending at `end`, is a participle with its object or a preposition
 * after it (`Motioning them to wait, the warder knocked`): no one's name, however often the book opens a
 * sentence on it.
 */
function opensParticipleClause(paragraph: string, word: string, end: number): boolean {
	if (word.length < 6 || !word.endsWith('ing') || !isSpace(paragraph.charCodeAt(end))) {
		return false;
	}
	let next = end + 1;
	while (next < paragraph.length && paragraph.charCodeAt(next) >= 0x61 && paragraph.charCodeAt(next) <= 0x7a) {
		next++;
	}
	return next > end + 1 && !isLetterCode(paragraph.charCodeAt(next)) && followsParticiple(paragraph.slice(end + 1, next));
}

/** `K.` standing alone: a capital, not the pronoun `I`, with a full stop that no letter follows (not `U.S.`). */
function isLetterName(paragraph: string, start: number, end: number): boolean {
	return (
		paragraph.charCodeAt(start) !== 0x49 &&
		paragraph.charCodeAt(end) === 0x2e &&
		(end + 1 >= paragraph.length || !isLetterCode(paragraph.charCodeAt(end + 1))) &&
		(start === 0 || paragraph.charCodeAt(start - 1) !== 0x2e)
	);
}

function isDigitOrJoiner(code: number): boolean {
	return (code >= 0x30 && code <= 0x39) || code === 0x40 || code === 0x2f || code === 0x5c;
}

function setWord(word: Word, text: string, start: number, end: number): void {
	word.start = start;
	word.end = end;
	word.endWithStop = text.charCodeAt(end) === 0x2e ? end + 1 : end;
	word.possessiveEnd = possessiveEnd(text, end);
}

/**
 * A French sentence's opening word with its article or pronoun elided into it (`L’opinion`, `D’abord`,
 * `C’était`, `Qu’il`): a lower-case word follows the apostrophe, as it never does in `O’Hara` or `D’Artagnan`.
 */
function isElidedOpening(word: string): boolean {
	const apostrophe = word.startsWith('Qu') ? 2 : 1;
	if (word.length <= apostrophe + 1 || !isApostrophe(word.charCodeAt(apostrophe))) {
		return false;
	}
	const next = word[apostrophe + 1];
	return next !== next.toUpperCase() && (apostrophe === 2 || 'CDJLMNST'.includes(word[0]));
}

/** Where the word starting at `start` ends: letters, joined across a hyphen or an inner apostrophe. */
function wordEnd(text: string, start: number): number {
	let index = start + 1;
	while (index < text.length) {
		const code = text.charCodeAt(index);
		if (isLetterCode(code)) {
			index++;
			continue;
		}
		const next = text.charCodeAt(index + 1);
		if ((code === 0x2d || code === 0x2010) && isLetterCode(next)) {
			index += 2;
			continue;
		}
		// O'Hara and D'Artagnan join across the apostrophe; Karen's, Karen'll and Karen'd end before it.
		if (isApostrophe(code) && isLetterCode(next) && !isEnclitic(text, index + 1)) {
			index += 2;
			continue;
		}
		break;
	}
	return index;
}

/** `'s`, `'ll`, `'d`, `'ve`, `'re`, `'m` closing a word. */
function isEnclitic(text: string, at: number): boolean {
	const match = /^(s|ll|d|ve|re|m)(?![\p{L}\p{M}])/iu.exec(text.slice(at, at + 3));
	return match !== null;
}

/** Where a possessive after `end` stops (`'s`, `’s`, or a bare `’` after s), or `end` when there is none. */
function possessiveEnd(text: string, end: number): number {
	const code = text.charCodeAt(end);
	if (!isApostrophe(code)) {
		return end;
	}
	const after = text.charCodeAt(end + 1);
	if ((after === 0x73 || after === 0x53) && !isLetterCode(text.charCodeAt(end + 2))) {
		return end + 2;
	}
	const before = text.charCodeAt(end - 1);
	if ((before === 0x73 || before === 0x53) && !isLetterCode(after)) {
		return end + 1;
	}
	return end;
}

function isStopKept(text: string, word: Word): boolean {
	const value = text.slice(word.start, word.end);
	return isAbbreviation(value) || (value.length === 1 && isUppercaseCode(value.charCodeAt(0)));
}

/**
 * Moves `word` on to the word continuing the name after it: one capitalised word, or a particle and one.
 * Gives how many words it passed (the particle counts), or 0, leaving `word` as it was, where the name ends.
 * The name so far opens on `first` and has `wordCount` words.
 */
function moveToNextNameWord(text: string, word: Word, first: string, wordCount: number): number {
	if (word.possessiveEnd > word.end) {
		return 0;
	}
	let index = word.end;
	if (word.endWithStop > word.end) {
		if (!isStopKept(text, word)) {
			return 0;
		}
		index = word.endWithStop;
	}
	const afterGap = skipOneGap(text, index);
	if (afterGap < 0) {
		return 0;
	}
	const code = text.charCodeAt(afterGap);
	if (isUppercaseCode(code)) {
		const end = wordEnd(text, afterGap);
		const value = text.slice(afterGap, end);
		// A title after a name starts the next name: `the Emperor Alexander Prince Vasíli said`.
		const startsAnotherName = honorificKey(value) !== undefined && !isTitle(text, word);
		// `O.` in `Terry O. Nicholson` is an initial, not the interjection.
		const initial = value.length === 1 && text.charCodeAt(end) === 0x2e;
		// Past a title another language's word is a name (`Mr. Der`, `Miss Este`): no sentence opens there.
		const closedClass = isFunctionWord(value) && (isEnglishFunctionWord(value) || !isTitle(text, word));
		if ((closedClass && !initial) || startsAnotherName) {
			return 0;
		}
		setWord(word, text, afterGap, end);
		return 1;
	}
	if (code >= 0x61 && code <= 0x7a) {
		const particleEnd = wordEnd(text, afterGap);
		const particle = text.slice(afterGap, particleEnd);
		if (possessiveEnd(text, particleEnd) > particleEnd || !isNameParticle(particle)) {
			return 0;
		}
		// Spanish joins a full name's two surnames with `y` (`Ermelinda Ruiz y Ruiz`); after one name it joins
		// two people (`Augusto y Eugenia`, `Don Quijote y Sancho`).
		if (particle === 'y' && wordCount - (honorificKey(first) === undefined ? 0 : 1) < 2) {
			return 0;
		}
		const afterParticle = skipOneGap(text, particleEnd);
		if (afterParticle < 0 || !isUppercaseCode(text.charCodeAt(afterParticle))) {
			return 0;
		}
		const end = wordEnd(text, afterParticle);
		if (isFunctionWord(text.slice(afterParticle, end))) {
			return 0;
		}
		setWord(word, text, afterParticle, end);
		return 2;
	}
	return 0;
}

/** Whether the word, with its full stop, is a title: `Mr.`, `Captain`. */
function isTitle(text: string, word: Word): boolean {
	return honorificKey(text.slice(word.start, word.endWithStop)) !== undefined;
}

/** The index after one space or one line break between two words of a name, or -1. */
function skipOneGap(text: string, index: number): number {
	let cursor = index;
	let breaks = 0;
	while (cursor < text.length && isSpace(text.charCodeAt(cursor))) {
		if (text.charCodeAt(cursor) === 0x0a) {
			breaks++;
		}
		cursor++;
	}
	const width = cursor - index;
	return width === 0 || breaks > 1 || (breaks === 0 && width > 2) ? -1 : cursor;
}

function isAllCaps(text: string): boolean {
	if (text.length < 2 || !isUppercaseCode(text.charCodeAt(1))) {
		return false;
	}
	let letters = 0;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (isLetterCode(code)) {
			if (!isUppercaseCode(code)) {
				return false;
			}
			letters++;
		}
	}
	return letters >= 2;
}
