// Decides which closed quotes in English prose are not speech: a title or a word held up for a look
// (`the “holy lake”`), a word the sentence runs on through, a list of things said reported in the
// narration. Double and single quotes mark all of these the way they mark speech.

import { isReportingVerb, isSpeechVerb } from '../lexicon/speechVerbs';
import { PRONOUNS } from '../lexicon/pronouns';
import { CONJUNCTIONS, NAMING_VERBS } from '../lexicon/quoteContextWords';
import { isWordCharAt } from '../text/words';
import { QuoteSpan } from './types';
import { ARTICLES } from '../lexicon/determiners';
import { isSpaceBesideQuote } from '../text/characters';

/**
 * English speech opens a paragraph or follows punctuation (`said, “…”`, `. “…”`) or a speech verb
 * (`said “…”`), or is attributed after it (`“…,” said Gabriel`). A quote that runs on from any other
 * word is a title or a word held up for a look: `the “holy lake”`, `a copy of “Lines addressed to a
 * young lady”`, unless a conjunction opens a new thing said: `and “I will!”`.
 */
export function isMention(text: string, span: QuoteSpan): boolean {
	const { start } = span;
	let before = start - 1;
	while (before >= 0 && isSpaceBesideQuote(text.charCodeAt(before))) {
		before--;
	}
	if (before < 0 || !isWordCharAt(text, before)) {
		return false;
	}
	let wordStart = before;
	while (wordStart > 0 && (isWordCharAt(text, wordStart - 1) || text.charCodeAt(wordStart - 1) === 0x27 || text.charCodeAt(wordStart - 1) === 0x2019)) {
		wordStart--;
	}
	const word = text.slice(wordStart, before + 1).toLowerCase();
	if (NAMING_VERBS.has(word)) {
		return true;
	}
	if (isSpeechVerb(word) || isAttributed(text, span) || (opensSentence(text, span) && speechVerbShortlyBefore(text, before + 1))) {
		return false;
	}
	// After `and`, `but` or `that` a quote that is a sentence of its own is a new thing said: `but “long way--all day.”`;
	// after any other word but `as` or an article, one that is a clause in lower case: `that Polly “must be kept in.”`
	return (
		!(CONJUNCTIONS.has(word) && isOwnSentence(text, span)) &&
		!(!WORDS_BEFORE_A_NAME_FOR.has(word) && reportedMidSentence(text, span)) &&
		!exclaimsAfterPossessive(text, span, wordStart)
	);
}

/** Words read back from a quote for the verb that leads into it: `said to the cook “…”`, `called out “…”`. */
const LEAD_IN_WORDS = 4;

/**
 * `the Owl called out “The race is over!”`, `saying to herself “That will do.”`, `the cook said severely “Who is
 * this?”`: a verb of speech a few words back, with no punctuation between, hands in a sentence said without a
 * comma. Its `-ing` form too. A naming verb leads in only with `out` after it: `called it “progress”` is a name.
 */
function speechVerbShortlyBefore(text: string, wordEnd: number): boolean {
	let end = wordEnd;
	let next = '';
	for (let words = 0; words < LEAD_IN_WORDS; words++) {
		let start = end;
		while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) {
			start--;
		}
		end = start;
		while (start > 0 && isWordCharAt(text, start - 1)) {
			start--;
		}
		if (start === end) {
			return false;
		}
		const word = text.slice(start, end).toLowerCase();
		if (words === 0 && NOUN_OPENERS.has(word)) {
			// `the dogs began their “yo! yo!”`: the quote is the noun the phrase opens on.
			return false;
		}
		if (isSpeechVerb(word) || (word.endsWith('ing') && (isSpeechVerb(word.slice(0, -3)) || isSpeechVerb(`${word.slice(0, -3)}e`)))) {
			const stem = word.endsWith('ing') ? word.slice(0, -3) : word;
			return !(NAMING_VERBS.has(word) || NAMING_VERBS.has(stem)) || next === 'out';
		}
		next = word;
		end = start;
	}
	return false;
}

/** Words that open a noun phrase, so that a quote after them is its noun. `her` is left out: `said to her “Go!”`. */
const NOUN_OPENERS: ReadonlySet<string> = new Set([...ARTICLES, 'my', 'our', 'his', 'their', 'your', 'its']);

/**
 * A quote that opens on a capital or ends by exclaiming or asking, and is no title (`How the Hen Was Set`, with no
 * punctuation of speech): a sentence said, not a word held up.
 */
function opensSentence(text: string, span: QuoteSpan): boolean {
	let first = span.start + 1;
	while (first < span.end && (isSpaceBesideQuote(text.charCodeAt(first)) || text[first] === '_')) {
		first++;
	}
	const last = lastInside(text, span);
	const words = wordsInside(text, span);
	return (/\p{Lu}/u.test(text[first] ?? '') || last === '!' || last === '?') && !(words.length > 1 && isTitle(words) && !ENDS_SPEECH.includes(last));
}

/** `Mrs Ogle’s dry “Hm!” closed it`: an exclamation or question that is someone’s, by name, a word or two before. */
function exclaimsAfterPossessive(text: string, span: QuoteSpan, wordStart: number): boolean {
	const last = lastInside(text, span);
	if (last !== '!' && last !== '?') {
		return false;
	}
	return OWNER_BEFORE.test(text.slice(Math.max(0, wordStart - 40), span.start));
}

/** A name with `'s` and a word or two after it, just before a quote: `Mrs Ogle’s dry `. */
const OWNER_BEFORE = /(?:^|\s)\p{Lu}[\p{L}-]*['’]s(?:\s+\p{Ll}+){0,2}\s*$/u;

/** The last character inside the closing mark, over spaces. */
function lastInside(text: string, span: QuoteSpan): string {
	let last = span.end - 2;
	while (last > span.start && isSpaceBesideQuote(text.charCodeAt(last))) {
		last--;
	}
	return last > span.start ? text[last] : '';
}

/**
 * A quote that exclaims or asks (`“I will!”`), or three words or more ending on their own full stop in a
 * sentence that reports speech. A word held up (`and “bracing.”`) or a title (`and “The Water Is Wide.”`) is not.
 */
function isOwnSentence(text: string, span: QuoteSpan): boolean {
	const last = lastInside(text, span);
	if (last === '!' || last === '?') {
		return true;
	}
	if (last !== '.') {
		return false;
	}
	const words = wordsInside(text, span);
	return words.length >= 3 && !isTitle(words) && reportsSpeechBefore(text, span.start);
}

/** Words after which a quote is what something is called: `himself as “a honest tradesman.”`, `what is called an “old wives’ summer.”` */
const WORDS_BEFORE_A_NAME_FOR: ReadonlySet<string> = new Set([...NOUN_OPENERS, 'as']);

/**
 * `Her aunt had said that Polly “must be kept to her lessons.”`: words said, quoted from the middle of a
 * sentence that reports speech, lower case and ending on their own full stop.
 */
function reportedMidSentence(text: string, span: QuoteSpan): boolean {
	let first = span.start + 1;
	while (first < span.end && isSpaceBesideQuote(text.charCodeAt(first))) {
		first++;
	}
	return /\p{Ll}/u.test(text[first] ?? '') && lastInside(text, span) === '.' && isOwnSentence(text, span);
}

function wordsInside(text: string, span: QuoteSpan): string[] {
	return text
		.slice(span.start + 1, span.end - 1)
		.split(/[\s—–]+/)
		.filter(word => /\p{L}/u.test(word));
}

/** `The Water Is Wide`: every word of four letters or more capitalised. */
function isTitle(words: readonly string[]): boolean {
	return words.some(word => /^\p{Lu}/u.test(word)) && words.every(word => word.length < 4 || !/^\p{Ll}/u.test(word));
}

/**
 * The sentence before `start` already reports speech (`Our guide told us that…`), so a quote ending on a full
 * stop carries the words said; without it, American commas and full stops inside marks make scare quotes look
 * the same: `and “wise beyond her years.”`.
 */
function reportsSpeechBefore(text: string, start: number): boolean {
	let sentenceStart = start;
	while (sentenceStart > 0 && start - sentenceStart < 300 && !(/[.!?]/.test(text[sentenceStart - 1]) && isSpaceBesideQuote(text.charCodeAt(sentenceStart)))) {
		sentenceStart--;
	}
	return (text.slice(sentenceStart, start).match(/\p{L}+/gu) ?? []).some(word => isReportingVerb(word));
}

/** `“…” said Gabriel`, `“…!” cried the ladies`: a quote ending on its own punctuation, then a verb of saying. */
function isAttributed(text: string, span: QuoteSpan): boolean {
	const last = lastInside(text, span);
	if (last === '' || !ENDS_SPEECH.includes(last)) {
		return false;
	}
	const next = /^[ \t\r\n]+([\p{L}’']+)/u.exec(text.slice(span.end, span.end + 24));
	return next !== null && isReportingVerb(next[1]);
}

/**
 * Speech ends on its own punctuation (`“Yes,”` `“No.”`) or is attributed (`‘Hallo’ said the Rat`). A word
 * or two with neither, running on into the sentence, is held up for a look: `sat a woman, “young” and fair`.
 */
export function isHeldUpWord(text: string, span: QuoteSpan): boolean {
	let last = span.end - 2;
	while (last > span.start && isSpaceBesideQuote(text.charCodeAt(last))) {
		last--;
	}
	// `“I’ll ” and down went the stick`: a space before the closing mark is a dash lost from speech broken off.
	if (last <= span.start || ENDS_SPEECH.includes(text[last]) || last < span.end - 2) {
		return false;
	}
	// A word or two: one gap between words at most, read no further than that.
	let gaps = 0;
	for (let index = span.start + 1; index < last; index++) {
		if (isSpaceBesideQuote(text.charCodeAt(index)) && !isSpaceBesideQuote(text.charCodeAt(index - 1)) && ++gaps > 1) {
			return false;
		}
	}
	const after = /^\s+([a-z][\p{L}’']*)/u.exec(text.slice(span.end, span.end + 40));
	return after !== null && !isSpeechVerb(after[1]) && !ATTRIBUTING_PRONOUNS.has(after[1]) && !isSpeechVerb(wordBefore(text, span.start));
}

/** The word just before `start`, over spaces, or '' when punctuation comes first. */
function wordBefore(text: string, start: number): string {
	let end = start;
	while (end > 0 && isSpaceBesideQuote(text.charCodeAt(end - 1))) {
		end--;
	}
	let begin = end;
	while (begin > 0 && isWordCharAt(text, begin - 1)) {
		begin--;
	}
	return text.slice(begin, end);
}

const ENDS_SPEECH = '.,!?;:…—–-';
const ATTRIBUTING_PRONOUNS = new Set([...PRONOUNS, 'said', 'says']);

/**
 * Three or more short quotes with nothing but space between them are a list of things said, reported in
 * the narration (`“Up yonder,” “Over there,” “Way up”--was all they said`), not turns of speech.
 */
export function listedPhrases(text: string, spans: readonly QuoteSpan[]): boolean[] {
	const listed = spans.map(() => false);
	let runStart = 0;
	for (let index = 1; index <= spans.length; index++) {
		const joined =
			index < spans.length && isBlankBetween(text, spans[index - 1].end, spans[index].start) && isShort(text, spans[index]) && isShort(text, spans[index - 1]);
		if (!joined) {
			if (index - runStart >= 3) {
				listed.fill(true, runStart, index);
			}
			runStart = index;
		}
	}
	return listed;
}

// Char loops rather than a regex over a slice: every pair of quotes in a paragraph is tested.
function isShort(text: string, span: QuoteSpan): boolean {
	if (span.end - span.start >= 40) {
		return false;
	}
	for (let index = span.start; index < span.end; index++) {
		const code = text.charCodeAt(index);
		if (code === 0x0a || code === 0x0d) {
			return false;
		}
	}
	return true;
}

/** Only spaces and tabs in `[start, end)`. */
function isBlankBetween(text: string, start: number, end: number): boolean {
	for (let index = start; index < end; index++) {
		const code = text.charCodeAt(index);
		if (code !== 0x20 && code !== 0x09) {
			return false;
		}
	}
	return true;
}
