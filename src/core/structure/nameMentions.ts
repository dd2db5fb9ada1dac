// Finds the capitalised word runs of one paragraph that may be names (`Karen Cartwright`, `Mr. Darcy`,
// `Leonardo da Vinci`) and notes the evidence beside each: a sentence start, dialogue, a possessive, a verb of
// speech, a vocative, a determiner or a place preposition before it. Reads only the paragraph, so the result
// is cached with the paragraph's analysis; deciding which runs are characters is the cast's document pass.

import { honorificKey } from '../lexicon/honorifics';
import { isAbbreviation } from '../lexicon/abbreviations';
import { isDeterminer, isGermanDeterminer } from '../lexicon/determiners';
import { isFunctionWord } from '../lexicon/functionWords';
import { isNameParticle } from '../lexicon/nameSpellings';
import { isNamingWord, isPersonNoun, isPersonVerb, isSpeechVerbAfterName, isSpeechVerbBeforeName } from '../lexicon/personWords';
import { isPlacePreposition } from '../lexicon/placeWords';
import { VOCATIVE_OPENERS } from '../lexicon/addressWords';
import { NAME_VERB_GAP_WORDS } from '../lexicon/speechTagWords';
import { TextRange } from '../text/types';
import { MentionFlag, NameMention } from './types';
import { isSpace } from '../text/characters';

const MAX_WORDS = 6;
/**
 * Capitals that may start a name. One regular expression for every paragraph (compiling one each time costs
 * more than the scan); its lastIndex is set before each use and the scan never yields, so no call sees another's.
 */
const CAPITALS = /[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0391-\u03A9\u0410-\u042F]/g;
const LETTER = /[\p{L}\p{M}]/u;
const UPPERCASE = /\p{Lu}/u;

/** Letters of the Basic Multilingual Plane, learned on first sight: 1 letter, 2 not. */
const letterTable = new Uint8Array(0x10000);

function isLetterCode(code: number): boolean {
	if (code < 0x80) {
		return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
	}
	let known = letterTable[code];
	if (known === 0) {
		known = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
		letterTable[code] = known;
	}
	return known === 1;
}

function isUppercaseCode(code: number): boolean {
	return code < 0x80 ? code >= 0x41 && code <= 0x5a : isLetterCode(code) && UPPERCASE.test(String.fromCharCode(code));
}

function isApostrophe(code: number): boolean {
	return code === 0x27 || code === 0x2019;
}

/** The marks read while looking behind a name, as character codes: no one-character string for each look. */
const OPENING_QUOTES = codesOf('"“‘\'«»„「『‹›');
// Spanish opens a question or an exclamation with ¿ and ¡: the capital after them opens a sentence.
const OPENING_MARKS = codesOf('([*_—―–-¿¡');
const CLOSING_MARKS = codesOf('"”’\'»«“)]*_」』');
const SENTENCE_ENDS = codesOf('.!?…');

function codesOf(marks: string): Set<number> {
	return new Set([...marks].map(mark => mark.charCodeAt(0)));
}
/** After a name addressed mid-speech: `…, Iowa?`, `…, Karen.` */
const VOCATIVE_AFTER = new Set([',', '!', '?', '.', ';', '…', '—']);
/** After a name that opens the speech: `"Karen? I…"`, `"Edith!"`. Not a bare close: `“Rob Roy”` is a title. */
const VOCATIVE_AFTER_OPENING = new Set([',', '!', '?']);

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
		const words = [first];
		while (words.length < MAX_WORDS) {
			const next = nextNameWord(paragraph, words[words.length - 1]);
			if (!next) {
				break;
			}
			for (const word of next) {
				words.push(word);
			}
		}
		// A single capital is the pronoun `I` or a stray initial, not a name.
		if (words.length === 1 && first.end - first.start === 1) {
			continue;
		}
		let last = words[words.length - 1];
		// An honorific's full stop stays with the name; any other ends the sentence.
		const keepsStop = words.length > 1 || honorificKey(firstText) !== undefined;
		const end = keepsStop && last.endWithStop > last.end && isStopKept(paragraph, last) ? last.endWithStop : last.end;
		capitals.lastIndex = Math.max(last.possessiveEnd, end);
		while (quoteIndex < quotes.length && quotes[quoteIndex].end <= start) {
			quoteIndex++;
		}
		const inDialogue = quoteIndex < quotes.length && quotes[quoteIndex].start < start;
		const text = paragraph.slice(start, end);
		last = words[words.length - 1];
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
		const startsAnotherName = honorificKey(value) !== undefined && honorificKey(text.slice(previous.start, previous.endWithStop)) === undefined;
		// `O.` in `Terry O. Nicholson` is an initial, not the interjection.
		const initial = value.length === 1 && word.endWithStop > word.end;
		return (isFunctionWord(value) && !initial) || startsAnotherName ? undefined : [word];
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

function evidence(text: string, start: number, end: number, possessiveEnd: number, inDialogue: boolean, quote: TextRange | undefined): number {
	let flags = inDialogue ? MentionFlag.InDialogue : 0;
	const before = lookBehind(text, start);
	if (before.sentenceStart) {
		flags |= MentionFlag.SentenceStart;
	}
	if (possessiveEnd > end) {
		flags |= MentionFlag.Possessive;
	}
	const previousWord = before.word?.toLowerCase();
	if (isElidedArticle(text, start)) {
		// `l’Océan`, `l’Atlantique`: the French article, elided.
		flags |= MentionFlag.AfterDeterminer;
	} else if (previousWord !== undefined) {
		if (isSpeechVerbBeforeName(previousWord)) {
			flags |= MentionFlag.SpeechVerb;
		} else if (isDeterminer(previousWord)) {
			flags |= MentionFlag.AfterDeterminer;
			// `said the Rat`: a speaker whose name takes an article.
			// `said the Rat,` but not `said the Lantern would close`: the speaker's name ends the clause.
			const endsClause = /^(?:[,.;:!?…—]|\s*$)/.test(text.slice(end, end + 2));
			if (previousWord === 'the' && endsClause && isSpeechVerbBeforeName(wordEndingAt(text, before.wordStart - 1)?.toLowerCase() ?? '')) {
				flags |= MentionFlag.SpeechAfterArticle;
			}
		} else if (isPlacePreposition(previousWord) && possessiveEnd === end) {
			// `in Boston`, but `in Giotto's picture` says nothing of Giotto.
			flags |= MentionFlag.AfterPlacePreposition;
		} else if (previousWord === 'of') {
			flags |= MentionFlag.AfterOf;
		} else if (previousWord === 'with') {
			flags |= MentionFlag.PersonContext;
		} else if (isNamingWord(previousWord) || (previousWord === 'was' && /\bname\s+$/i.test(text.slice(Math.max(0, start - 15), start - 4)))) {
			flags |= MentionFlag.Introduced;
		} else if (GERMAN_ADJECTIVE_ENDING.test(previousWord) && isGermanDeterminer(wordEndingAt(text, before.wordStart - 1)?.toLowerCase())) {
			// `ein großes Zimmer`, `dem alten Onkel`: German capitalises the noun after its adjective too.
			flags |= MentionFlag.AfterDeterminer;
		}
	} else if (before.mark === ',' && before.wordBeforeMark !== undefined && isPersonNoun(before.wordBeforeMark.toLowerCase())) {
		flags |= MentionFlag.Introduced;
	}
	const after = Math.max(end, possessiveEnd);
	if (possessiveEnd === end) {
		const verb = verbAfter(text, after);
		if (verb !== undefined && isSpeechVerbAfterName(verb)) {
			flags |= MentionFlag.SpeechVerb;
		} else if (verb !== undefined && isPersonVerb(verb)) {
			flags |= MentionFlag.PersonContext;
		}
	}
	if (inDialogue && possessiveEnd === end && quote) {
		const opensQuote = before.openedQuote || start === firstAfterSpace(text, quote.start + 1);
		const addressed = before.mark === ',' || (previousWord !== undefined && VOCATIVE_OPENERS.has(previousWord));
		const nextAt = firstAfterSpace(text, after);
		const next = text[nextAt];
		// `Widow, Anvil, Long Tooth, Little Tooth`: a list, not someone addressed.
		const listed =
			(next === ',' && /^,\s*(?!I\b)\p{Lu}/u.test(text.slice(nextAt, nextAt + 4))) || (before.mark === ',' && startsUppercase(before.wordBeforeMark));
		if (!listed && ((addressed && VOCATIVE_AFTER.has(next)) || (opensQuote && VOCATIVE_AFTER_OPENING.has(next)))) {
			flags |= MentionFlag.Vocative;
		}
	}
	return flags;
}

interface Behind {
	readonly sentenceStart: boolean;
	readonly openedQuote: boolean;
	/** The punctuation mark just before the name, if any. */
	readonly mark: string | undefined;
	/** The word just before the name, when only spaces separate them. */
	readonly word: string | undefined;
	/** The word before the mark, when a comma precedes the name: `father` in `his father, Elmo`. */
	readonly wordBeforeMark: string | undefined;
	/** Where `word` starts. */
	readonly wordStart: number;
}

function lookBehind(text: string, start: number): Behind {
	let index = start - 1;
	let openedQuote = false;
	for (let code = text.charCodeAt(index); index >= 0 && (OPENING_QUOTES.has(code) || OPENING_MARKS.has(code)); code = text.charCodeAt(--index)) {
		openedQuote ||= OPENING_QUOTES.has(code);
	}
	const adjacent = index === start - 1;
	while (index >= 0 && isSpace(text.charCodeAt(index))) {
		index--;
	}
	if (index < 0 || openedQuote) {
		return { sentenceStart: true, openedQuote, mark: undefined, word: undefined, wordBeforeMark: undefined, wordStart: -1 };
	}
	const code = text.charCodeAt(index);
	if (isLetterCode(code)) {
		let wordStart = index;
		while (wordStart > 0 && (isLetterCode(text.charCodeAt(wordStart - 1)) || isApostrophe(text.charCodeAt(wordStart - 1)))) {
			wordStart--;
		}
		return {
			sentenceStart: false,
			openedQuote,
			mark: undefined,
			word: adjacent ? text.slice(wordStart, index + 1) : undefined,
			wordBeforeMark: undefined,
			wordStart,
		};
	}
	let markIndex = index;
	while (markIndex > 0 && CLOSING_MARKS.has(text.charCodeAt(markIndex))) {
		markIndex--;
	}
	if (!SENTENCE_ENDS.has(text.charCodeAt(markIndex))) {
		return {
			sentenceStart: false,
			openedQuote,
			mark: text[index],
			word: undefined,
			wordBeforeMark: text[index] === ',' ? wordEndingAt(text, index) : undefined,
			wordStart: -1,
		};
	}
	const mark = text[markIndex];
	if (mark === '.' && markIndex === index) {
		let wordStart = markIndex;
		while (wordStart > 0 && isLetterCode(text.charCodeAt(wordStart - 1))) {
			wordStart--;
		}
		const word = text.slice(wordStart, markIndex);
		if (isAbbreviation(word) || (word.length === 1 && isUppercaseCode(word.charCodeAt(0)))) {
			return { sentenceStart: false, openedQuote, mark, word: undefined, wordBeforeMark: undefined, wordStart: -1 };
		}
	}
	return { sentenceStart: true, openedQuote, mark, word: undefined, wordBeforeMark: undefined, wordStart: -1 };
}

/** An inflected German adjective: `großes`, `alten`, `ganzem`, `kleiner`. */
const GERMAN_ADJECTIVE_ENDING = /(?:e[nmrs])$/;
/** `l’` or `l'` alone just before `start`. (Not `d’`: `d’Artagnan` is a name.) */
function isElidedArticle(text: string, start: number): boolean {
	const letter = text.charCodeAt(start - 2);
	return isApostrophe(text.charCodeAt(start - 1)) && (letter === 0x6c || letter === 0x4c) && !isLetterCode(text.charCodeAt(start - 3));
}

function startsUppercase(word: string | undefined): boolean {
	return word !== undefined && word !== 'I' && isUppercaseCode(word.charCodeAt(0));
}

function wordEndingAt(text: string, end: number): string | undefined {
	while (end > 0 && text.charCodeAt(end - 1) === 0x20) {
		end--;
	}
	let start = end;
	while (start > 0 && isLetterCode(text.charCodeAt(start - 1))) {
		start--;
	}
	return start < end ? text.slice(start, end) : undefined;
}

/** The lower-case word after a name, past one auxiliary or -ly adverb: `Karen had said` gives `said`. */
function verbAfter(text: string, end: number): string | undefined {
	const first = lowerWordAt(text, end);
	if (first === undefined) {
		return undefined;
	}
	if (NAME_VERB_GAP_WORDS.has(first.word) || (first.word.length > 4 && first.word.endsWith('ly'))) {
		return lowerWordAt(text, first.end)?.word ?? first.word;
	}
	return first.word;
}

function lowerWordAt(text: string, from: number): { word: string; end: number } | undefined {
	let index = from;
	while (index < text.length && (text.charCodeAt(index) === 0x20 || text.charCodeAt(index) === 0x0a || text.charCodeAt(index) === 0x0d)) {
		index++;
	}
	if (index === from && from > 0 && text[from] !== ',') {
		return undefined;
	}
	// `Karen, who` counts; any other mark ends the clause.
	if (text[index] === ',') {
		index++;
		while (index < text.length && text.charCodeAt(index) === 0x20) {
			index++;
		}
		const word = wordFrom(text, index);
		return word && /^who/.test(word.word) ? word : undefined;
	}
	return wordFrom(text, index);
}

function wordFrom(text: string, index: number): { word: string; end: number } | undefined {
	let end = index;
	while (end < text.length && text.charCodeAt(end) >= 0x61 && text.charCodeAt(end) <= 0x7a) {
		end++;
	}
	return end > index ? { word: text.slice(index, end), end } : undefined;
}

function firstAfterSpace(text: string, index: number): number {
	let cursor = index;
	while (cursor < text.length && isSpace(text.charCodeAt(cursor))) {
		cursor++;
	}
	return cursor;
}
