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
import { isApostrophe, isLetterCode, isUppercaseCode } from './letterCodes';
import { evidence } from './mentionEvidence';

const MAX_WORDS = 6;
/**
 * Capitals that may start a name. One regular expression for every paragraph (compiling one each time costs
 * more than the scan); its lastIndex is set before each use and the scan never yields, so no call sees another's.
 */
const CAPITALS = /[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0391-\u03A9\u0410-\u042F]/g;

interface Word {
	readonly start: number;
	/** End of the word itself, before any possessive or full stop. */
	readonly end: number;
	/** End including a full stop that belongs to it (`Mr.`, `K.`). */
	readonly endWithStop: number;
	readonly possessiveEnd: number;
}

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
		if (isFunctionWord(firstText) && !honorificKey(firstText)) {
			capitals.lastIndex = Math.max(possessiveEnd(paragraph, firstEnd), paragraph.charCodeAt(firstEnd) === 0x2e ? firstEnd + 1 : firstEnd);
			continue;
		}
		const first = wordAt(paragraph, start, firstEnd);
		capitals.lastIndex = Math.max(first.possessiveEnd, first.endWithStop);
		// The run's words are counted, and only the last is kept: no array for each of a novel's names.
		let wordCount = 1;
		let last = first;
		while (wordCount < MAX_WORDS) {
			const next = nextNameWord(paragraph, last);
			if (!next) {
				break;
			}
			wordCount += next.length;
			last = next[next.length - 1];
		}
		// A single capital is the pronoun `I` or a stray initial, not a name.
		if (wordCount === 1 && first.end - first.start === 1) {
			continue;
		}
		// An honorific's full stop stays with the name; any other ends the sentence.
		const keepsStop = wordCount > 1 || honorificKey(firstText) !== undefined;
		const end = keepsStop && last.endWithStop > last.end && isStopKept(paragraph, last) ? last.endWithStop : last.end;
		capitals.lastIndex = Math.max(last.possessiveEnd, end);
		while (quoteIndex < quotes.length && quotes[quoteIndex].end <= start) {
			quoteIndex++;
		}
		const inDialogue = quoteIndex < quotes.length && quotes[quoteIndex].start < start;
		const text = paragraph.slice(start, end);
		mentions.push({
			start,
			end,
			text,
			flags: evidence(paragraph, start, end, last.possessiveEnd, inDialogue, quotes[quoteIndex]) | (isAllCaps(text) ? MentionFlag.AllCaps : 0),
		});
	}
	return mentions;
}

function isDigitOrJoiner(code: number): boolean {
	return (code >= 0x30 && code <= 0x39) || code === 0x40 || code === 0x2f || code === 0x5c;
}

function readWord(text: string, start: number): Word {
	return wordAt(text, start, wordEnd(text, start));
}

function wordAt(text: string, start: number, end: number): Word {
	const endWithStop = text.charCodeAt(end) === 0x2e ? end + 1 : end;
	return { start, end, endWithStop, possessiveEnd: possessiveEnd(text, end) };
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

/** The word(s) continuing the name after `previous`: one capitalised word, or a particle and one. */
function nextNameWord(text: string, previous: Word): Word[] | undefined {
	if (previous.possessiveEnd > previous.end) {
		return undefined;
	}
	let index = previous.end;
	if (previous.endWithStop > previous.end) {
		if (!isStopKept(text, previous)) {
			return undefined;
		}
		index = previous.endWithStop;
	}
	const afterGap = skipOneGap(text, index);
	if (afterGap < 0) {
		return undefined;
	}
	const code = text.charCodeAt(afterGap);
	if (isUppercaseCode(code)) {
		const word = readWord(text, afterGap);
		const value = text.slice(word.start, word.end);
		// A title after a name starts the next name: `the Emperor Alexander Prince Vasíli said`.
		const startsAnotherName = honorificKey(value) !== undefined && !isTitle(text, previous);
		// `O.` in `Terry O. Nicholson` is an initial, not the interjection.
		const initial = value.length === 1 && word.endWithStop > word.end;
		// Past a title another language's word is a name (`Mr. Der`, `Miss Este`): no sentence opens there.
		const closedClass = isFunctionWord(value) && (isEnglishFunctionWord(value) || !isTitle(text, previous));
		return (closedClass && !initial) || startsAnotherName ? undefined : [word];
	}
	if (code >= 0x61 && code <= 0x7a) {
		const particle = readWord(text, afterGap);
		if (particle.possessiveEnd > particle.end || !isNameParticle(text.slice(particle.start, particle.end))) {
			return undefined;
		}
		const afterParticle = skipOneGap(text, particle.end);
		if (afterParticle < 0 || !isUppercaseCode(text.charCodeAt(afterParticle))) {
			return undefined;
		}
		const word = readWord(text, afterParticle);
		return isFunctionWord(text.slice(word.start, word.end)) ? undefined : [particle, word];
	}
	return undefined;
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
