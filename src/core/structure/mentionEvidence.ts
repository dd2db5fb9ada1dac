// Decides what the words around a capitalised run say of it: a sentence start, dialogue, a possessive, a
// verb of speech before or after (`said the Rat`, `Karen had said`), a vocative, a determiner, a place
// preposition. The cast weighs this evidence over the whole story; here it is only noted, per paragraph.

import { isAbbreviation } from '../lexicon/abbreviations';
import { ARTICLES, isDeterminer, isGermanDeterminer } from '../lexicon/determiners';
import { isCallingVerb, isNamingWord, isPersonNoun, isPersonVerb, isSpeechVerbAfterName, isSpeechVerbBeforeName } from '../lexicon/personWords';
import { isPlaceHead, isPlaceNounBeforeName, isPlacePreposition } from '../lexicon/placeWords';
import { isRoleNoun } from '../lexicon/roleWords';
import { ENDEARMENTS, VOCATIVE_OPENERS } from '../lexicon/addressWords';
import { NAME_VERB_GAP_WORDS } from '../lexicon/speechTagWords';
import { TextRange } from '../text/types';
import { MentionFlag } from './types';
import { isSpace } from '../text/characters';
import { isApostrophe, isLetterCode, isUppercaseCode } from './letterCodes';

/** The marks read while looking behind a name, as character codes: no one-character string for each look. */
const OPENING_QUOTES = codesOf('"“‘\'«»„「『‹›');
// Spanish opens a question or an exclamation with ¿ and ¡: the capital after them opens a sentence.
const OPENING_MARKS = codesOf('([*_—―–-¿¡');
/** Markdown's and plain text's italics and bold: `_Aurora_`, `*Aurora*`. */
const EMPHASIS_MARKS = codesOf('*_');
const CLOSING_MARKS = codesOf('"”’\'»«“)]*_」』');
const SENTENCE_ENDS = codesOf('.!?…');

function codesOf(marks: string): Set<number> {
	return new Set([...marks].map(mark => mark.charCodeAt(0)));
}
/** After a name addressed mid-speech: `…, Iowa?`, `…, Karen.` */
const VOCATIVE_AFTER = new Set([',', '!', '?', '.', ';', '…', '—']);
/** After a name that opens the speech: `"Karen? I…"`, `"Edith!"`. Not a bare close: `“Rob Roy”` is a title. */
const VOCATIVE_AFTER_OPENING = new Set([',', '!', '?']);

/** The MentionFlags the words around the run `[start, end)` give it; `quote` is the quote it sits in, if any. */
export function evidence(text: string, start: number, end: number, possessiveEnd: number, inDialogue: boolean, quote: TextRange | undefined): number {
	let flags = inDialogue ? MentionFlag.InDialogue : 0;
	const before = lookBehind(text, start);
	if (before.sentenceStart) {
		flags |= MentionFlag.SentenceStart;
	}
	if (possessiveEnd > end) {
		// `Lover's Lane` is a place, as `in Boston` makes one; `Pell's lane` is Pell's.
		flags |= namesAPlace(text, possessiveEnd) ? MentionFlag.AfterPlacePreposition : MentionFlag.Possessive;
	}
	const previousWord = before.word?.toLowerCase();
	if (previousWord === "l'" || previousWord === 'l’') {
		// `l’Océan`, `l’Atlantique`: the French article, elided. (Not `d’`: `d’Artagnan` is a name.)
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
		} else if ((isPlacePreposition(previousWord) || isPlaceNounBeforeName(previousWord)) && possessiveEnd === end) {
			// `in Boston`, `la mer Rouge`, but `in Giotto's picture` says nothing of Giotto.
			flags |= MentionFlag.AfterPlacePreposition;
		} else if (previousWord === 'of' || (previousWord === 'de' && !isSpeechVerbBeforeName(wordEndingAt(text, before.wordStart - 1)?.toLowerCase() ?? ''))) {
			// French and Spanish `de` is `of` (`le canal de Suez`, `las Islas de Indias`), but not the particle
			// of a name a speech verb opens (`replied de Beausset`).
			flags |= MentionFlag.AfterOf;
		} else if (previousWord === 'with') {
			flags |= MentionFlag.PersonContext;
		} else if (
			isNamingWord(previousWord) ||
			((previousWord === 'was' || previousWord === 'is') && /\bname\s+$/i.test(text.slice(Math.max(0, before.wordStart - 11), before.wordStart)))
		) {
			flags |= MentionFlag.Introduced;
		} else if (previousWord === 'me' && isCallingVerb(wordEndingAt(text, before.wordStart - 1)?.toLowerCase() ?? '')) {
			// `Call me Ishmael.`
			flags |= MentionFlag.Introduced;
		} else if (GERMAN_ADJECTIVE_ENDING.test(previousWord) && isGermanDeterminer(wordEndingAt(text, before.wordStart - 1)?.toLowerCase())) {
			// `ein großes Zimmer`, `dem alten Onkel`: German capitalises the noun after its adjective too.
			flags |= MentionFlag.AfterDeterminer;
		}
	} else if (before.mark === ',' && before.wordBeforeMark !== undefined && isPersonNoun(before.wordBeforeMark.toLowerCase())) {
		flags |= MentionFlag.Introduced;
	}
	const after = Math.max(end, possessiveEnd);
	if (
		possessiveEnd === end &&
		text.charCodeAt(end) === 0x2c &&
		!inDialogue &&
		(flags & NOT_A_PERSON_BEFORE) === 0 &&
		isPersonAfterComma(text, end) &&
		!(before.word !== undefined && ARTICLES.has(wordEndingAt(text, before.wordStart - 1)?.toLowerCase() ?? ''))
	) {
		// `Munro, the commander of the fort,`; not `the Semiramis of Hammersmith, the friend of`, nor `a true
		// Goddess, a mother of solace`, where the comma goes on about the phrase the word ends.
		flags |= MentionFlag.Introduced;
	}
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
		const next = text[endearmentEnd(text, nextAt)];
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

/**
 * What lookBehind found, in one object filled again for each name rather than a new one for each of a
 * novel's names: evidence() reads it before it looks behind the next name.
 */
const behind: { -readonly [K in keyof Behind]: Behind[K] } = {
	sentenceStart: false,
	openedQuote: false,
	mark: undefined,
	word: undefined,
	wordBeforeMark: undefined,
	wordStart: -1,
};

function found(
	sentenceStart: boolean,
	openedQuote: boolean,
	mark: string | undefined,
	word: string | undefined,
	wordBeforeMark: string | undefined,
	wordStart: number,
): Behind {
	behind.sentenceStart = sentenceStart;
	behind.openedQuote = openedQuote;
	behind.mark = mark;
	behind.word = word;
	behind.wordBeforeMark = wordBeforeMark;
	behind.wordStart = wordStart;
	return behind;
}

function lookBehind(text: string, start: number): Behind {
	let index = start - 1;
	let openedQuote = false;
	// The word before counts across an emphasis mark (`the _Aurora_`), not across a bracket or a dash.
	let adjacent = true;
	for (
		let code = text.charCodeAt(index);
		index >= 0 && ((OPENING_QUOTES.has(code) && !isElision(text, index)) || OPENING_MARKS.has(code));
		code = text.charCodeAt(--index)
	) {
		openedQuote ||= OPENING_QUOTES.has(code);
		adjacent &&= EMPHASIS_MARKS.has(code);
	}
	if (index >= 0 && !openedQuote && isElision(text, index)) {
		// The word elided into the name, with its apostrophe, across an emphasis mark: `l'` in `l'_Astrolabe_`.
		let wordStart = index;
		while (wordStart > 0 && isLetterCode(text.charCodeAt(wordStart - 1))) {
			wordStart--;
		}
		return found(false, false, undefined, adjacent ? text.slice(wordStart, index + 1) : undefined, undefined, wordStart);
	}
	while (index >= 0 && isSpace(text.charCodeAt(index))) {
		index--;
	}
	if (index < 0 || openedQuote) {
		return found(true, openedQuote, undefined, undefined, undefined, -1);
	}
	const code = text.charCodeAt(index);
	if (isLetterCode(code)) {
		let wordStart = index;
		while (wordStart > 0 && (isLetterCode(text.charCodeAt(wordStart - 1)) || isApostrophe(text.charCodeAt(wordStart - 1)))) {
			wordStart--;
		}
		return found(false, openedQuote, undefined, adjacent ? text.slice(wordStart, index + 1) : undefined, undefined, wordStart);
	}
	let markIndex = index;
	while (markIndex > 0 && CLOSING_MARKS.has(text.charCodeAt(markIndex))) {
		markIndex--;
	}
	if (!SENTENCE_ENDS.has(text.charCodeAt(markIndex))) {
		return found(false, openedQuote, text[index], undefined, text[index] === ',' ? wordEndingAt(text, index) : undefined, -1);
	}
	const mark = text[markIndex];
	if (mark === '.' && markIndex === index) {
		let wordStart = markIndex;
		while (wordStart > 0 && isLetterCode(text.charCodeAt(wordStart - 1))) {
			wordStart--;
		}
		const word = text.slice(wordStart, markIndex);
		if (isAbbreviation(word) || (word.length === 1 && isUppercaseCode(word.charCodeAt(0)))) {
			return found(false, openedQuote, mark, undefined, undefined, -1);
		}
	}
	return found(true, openedQuote, mark, undefined, undefined, -1);
}

/** An inflected German adjective: `großes`, `alten`, `ganzem`, `kleiner`. */
const GERMAN_ADJECTIVE_ENDING = /(?:e[nmrs])$/;

/** An apostrophe after a letter elides a word into the name (`d'Espagne`, `l'_Astrolabe_`): no quote opens there. */
function isElision(text: string, index: number): boolean {
	return isApostrophe(text.charCodeAt(index)) && index > 0 && isLetterCode(text.charCodeAt(index - 1));
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

/** `Lover's Lane`, `Guy's Hospital`: a place's name is the possessive at `end` and a capitalised place word after it. */
function namesAPlace(text: string, end: number): boolean {
	const at = firstAfterSpace(text, end);
	return isUppercaseCode(text.charCodeAt(at)) && isPlaceHead(text.slice(at, letterRunEnd(text, at)));
}

/** What the word before a name says that makes a person after it unlikely: `of Hammersmith`, `in Boston`, `the Lantern`. */
const NOT_A_PERSON_BEFORE = MentionFlag.AfterOf | MentionFlag.AfterPlacePreposition | MentionFlag.AfterDeterminer;

/**
 * `, the commander of`, `, an old ferryman,`, `, her brother, who`: a person noun after a name at `comma`,
 * then punctuation, `of` or a relative, says who the name is. Not `Vítebsk, the old prince remembered`,
 * where the words after the comma open the next clause.
 */
const APPOSITION =
	/^,[ \t]*\r?\n?[ \t]*(?:the|a|an|his|her|their|my|our)\s+(?:(\p{Ll}[\p{Ll}-]*)\s+)??(\p{Ll}[\p{Ll}-]*)(?=\s*[,;:.!?)—–]|\s+(?:of|who|whom|whose)\b)/u;

function isPersonAfterComma(text: string, comma: number): boolean {
	const match = APPOSITION.exec(text.slice(comma, comma + 64));
	return match !== null && (isPersonNoun(match[2]) || isRoleNoun(match[2]));
}

/** The lower-case word after a name, past one auxiliary or -ly adverb: `Karen had said` gives `said`. */
function verbAfter(text: string, end: number): string | undefined {
	// Words are found by where they start and sliced only once chosen: no object for each of a novel's names.
	const firstStart = lowerWordStart(text, end);
	if (firstStart < 0) {
		return undefined;
	}
	const firstEnd = lowerWordEnd(text, firstStart);
	const first = text.slice(firstStart, firstEnd);
	if (NAME_VERB_GAP_WORDS.has(first) || (first.length > 4 && first.endsWith('ly'))) {
		const secondStart = lowerWordStart(text, firstEnd);
		return secondStart < 0 ? first : text.slice(secondStart, lowerWordEnd(text, secondStart));
	}
	return first;
}

/** Where the lower-case word after `from` starts, past spaces and line breaks, or -1 when none is there. */
function lowerWordStart(text: string, from: number): number {
	let index = from;
	while (index < text.length && (text.charCodeAt(index) === 0x20 || text.charCodeAt(index) === 0x0a || text.charCodeAt(index) === 0x0d)) {
		index++;
	}
	if (index === from && from > 0 && text[from] !== ',') {
		return -1;
	}
	// `Karen, who` counts; any other mark ends the clause.
	if (text[index] === ',') {
		index++;
		while (index < text.length && text.charCodeAt(index) === 0x20) {
			index++;
		}
		return text.startsWith('who', index) ? index : -1;
	}
	return lowerWordEnd(text, index) > index ? index : -1;
}

/** The end of the run of `a`–`z` from `index`. */
function lowerWordEnd(text: string, index: number): number {
	let end = index;
	while (end < text.length && text.charCodeAt(end) >= 0x61 && text.charCodeAt(end) <= 0x7a) {
		end++;
	}
	return end;
}

/**
 * Past an endearment after a name (`Anny dear,`, `Tom darling!`): where the mark
 * after it is, or `at` itself when no endearment starts there.
 */
function endearmentEnd(text: string, at: number): number {
	const end = letterRunEnd(text, at);
	return end > at && ENDEARMENTS.has(text.slice(at, end)) ? firstAfterSpace(text, end) : at;
}

/** The end of the run of letters from `at`. */
function letterRunEnd(text: string, at: number): number {
	let end = at;
	while (end < text.length && isLetterCode(text.charCodeAt(end))) {
		end++;
	}
	return end;
}

function firstAfterSpace(text: string, index: number): number {
	let cursor = index;
	while (cursor < text.length && isSpace(text.charCodeAt(cursor))) {
		cursor++;
	}
	return cursor;
}
