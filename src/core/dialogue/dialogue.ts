// Decides which stretches of one paragraph are quoted speech, under one dialogue style: the marks
// that open and close it (“…”, ‘…’, «…», „…“, 「…」), dash dialogue with its narrator breaks, and which
// ’ are apostrophes (don’t, ’tis, the boys’). A quote left open is closed at the paragraph's end, so
// one stray mark never colours the rest of the book; the document pass decides whether it continues.

import { withoutIncises } from './incises';
import { isReportingVerb, isSpeechVerb } from '../lexicon/speechVerbs';
import { endsWithAbbreviation } from '../lexicon/abbreviations';
import { INVERTED_PRONOUNS, PRONOUNS, SUBJECT_PRONOUNS } from '../lexicon/pronouns';
import { isWordCharAt } from '../text/words';
import { DialogueStyle, ParagraphQuotes, QuoteKind, QuoteSpan } from './types';
import { isSpaceBesideQuote } from '../text/characters';

const NO_QUOTES: ParagraphQuotes = { spans: [], opensWithQuote: false };

const enum Mark {
	None = 0,
	StraightDouble,
	LeftDouble,
	RightDouble,
	LowDouble,
	StraightSingle,
	LeftSingle,
	RightSingle,
	LeftGuillemet,
	RightGuillemet,
	LeftCorner,
	RightCorner,
	LeftWhiteCorner,
	RightWhiteCorner,
	Dash,
}

const MARKS = new Uint8Array(0x10000);
MARKS[0x22] = Mark.StraightDouble;
MARKS[0x201c] = Mark.LeftDouble;
MARKS[0x201d] = Mark.RightDouble;
MARKS[0x201e] = Mark.LowDouble;
MARKS[0x27] = Mark.StraightSingle;
MARKS[0x2018] = Mark.LeftSingle;
MARKS[0x2019] = Mark.RightSingle;
MARKS[0xab] = Mark.LeftGuillemet;
MARKS[0xbb] = Mark.RightGuillemet;
MARKS[0x300c] = Mark.LeftCorner;
MARKS[0x300d] = Mark.RightCorner;
MARKS[0x300e] = Mark.LeftWhiteCorner;
MARKS[0x300f] = Mark.RightWhiteCorner;
MARKS[0x2014] = Mark.Dash; // —
MARKS[0x2015] = Mark.Dash; // ―
MARKS[0x2013] = Mark.Dash; // –

/** Styles in which a paragraph opening with a dash is speech. */
function hasDashDialogue(style: DialogueStyle): boolean {
	return style === 'dash' || style === 'guillemets' || style === 'guillemetsReversed';
}

export function findQuotes(paragraph: string, style: DialogueStyle): ParagraphQuotes {
	const first = firstVisible(paragraph);
	if (first >= paragraph.length) {
		return NO_QUOTES;
	}
	let spans: QuoteSpan[] = [];
	let strays: readonly number[] = [];
	if (hasDashDialogue(style) && MARKS[paragraph.charCodeAt(first)] === Mark.Dash) {
		if (!isOrnament(paragraph, first)) {
			findDashSpeech(paragraph, first, style, spans);
		}
	} else {
		const scanner = new QuoteScanner(paragraph, style, spans);
		scanner.scan();
		strays = scanner.strays;
		if (style === 'dash') {
			spans = withSpeechAfterColon(paragraph, style, spans);
		}
		if (style === 'double' || style === 'single') {
			const listed = listedPhrases(paragraph, spans);
			spans = spans.filter((span, index) => !span.closed || (!listed[index] && !isMention(paragraph, span) && !isHeldUpWord(paragraph, span)));
			if (mayHoldItalicSpeech(paragraph)) {
				spans = withItalicUtterances(paragraph, spans);
			}
		}
	}
	spans = withoutIncises(paragraph, spans);
	if (strays.length > 0) {
		return { spans, opensWithQuote: spans.length > 0 && spans[0].start === first, strayClosings: strays };
	}
	if (spans.length === 0) {
		return NO_QUOTES;
	}
	return { spans, opensWithQuote: spans[0].start === first };
}

/** Words after which a quote names something rather than reporting speech: `what he called “progress”`. */
const NAMING_VERBS = new Set([
	'call',
	'called',
	'calls',
	'calling',
	'sing',
	'sang',
	'sings',
	'name',
	'named',
	'term',
	'termed',
	'word',
	'entitled',
	'titled',
	'read',
	'reads',
]);

/**
 * English speech opens a paragraph or follows punctuation (`said, “…”`, `. “…”`) or a speech verb
 * (`said “…”`), or is attributed after it (`“…,” said Gabriel`). A quote that runs on from any other
 * word is a title or a word held up for a look: `the “holy lake”`, `a copy of “Lines addressed to a
 * young lady”`, unless a conjunction opens a new thing said: `and “I will!”`.
 */
function isMention(text: string, span: QuoteSpan): boolean {
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
	if (isSpeechVerb(word) || isAttributed(text, span)) {
		return false;
	}
	// After `and`, `but` or `that` a quote that is a sentence of its own is a new thing said: `but “long way--all day.”`
	return !(CONJUNCTIONS.has(word) && isOwnSentence(text, span)) && !exclaimsAfterPossessive(text, span, wordStart);
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

const CONJUNCTIONS = new Set(['and', 'but', 'or', 'nor', 'yet', 'then', 'that']);

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
	const words = text
		.slice(span.start + 1, span.end - 1)
		.split(/[\s—–]+/)
		.filter(word => /\p{L}/u.test(word));
	const title = words.some(word => /^\p{Lu}/u.test(word)) && words.every(word => word.length < 4 || !/^\p{Ll}/u.test(word));
	return words.length >= 3 && !title && reportsSpeechBefore(text, span.start);
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
function isHeldUpWord(text: string, span: QuoteSpan): boolean {
	let last = span.end - 2;
	while (last > span.start && isSpaceBesideQuote(text.charCodeAt(last))) {
		last--;
	}
	if (last <= span.start || ENDS_SPEECH.includes(text[last])) {
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
function listedPhrases(text: string, spans: readonly QuoteSpan[]): boolean[] {
	const listed = spans.map(() => false);
	let runStart = 0;
	for (let index = 1; index <= spans.length; index++) {
		const joined =
			index < spans.length &&
			/^[ \t]*$/.test(text.slice(spans[index - 1].end, spans[index].start)) &&
			isShort(text, spans[index]) &&
			isShort(text, spans[index - 1]);
		if (!joined) {
			if (index - runStart >= 3) {
				listed.fill(true, runStart, index);
			}
			runStart = index;
		}
	}
	return listed;
}

function isShort(text: string, span: QuoteSpan): boolean {
	return span.end - span.start < 40 && !/[\r\n]/.test(text.slice(span.start, span.end));
}

/** True when the paragraph has an italic run that could be an utterance set in italics, so it needs reading even without quote marks. */
export function mayHoldItalicSpeech(paragraph: string): boolean {
	return paragraph.includes('_') || paragraph.includes('*');
}

/** Verbs of crying out that introduce an utterance in italics, in every form: `cried out, _Hekinah degul_`. */
const UTTERING_VERBS: ReadonlySet<string> = new Set(
	['cry', 'shout', 'exclaim', 'repeat', 'scream', 'yell', 'roar', 'bellow', 'shriek', 'whisper', 'murmur', 'mutter', 'utter', 'chant', 'howl'].flatMap(stem => {
		const bare = stem.endsWith('y') ? stem.slice(0, -1) : stem;
		return bare === stem ? [stem, `${stem}s`, `${stem}ed`, `${stem}ing`] : [stem, `${bare}ies`, `${bare}ied`, `${stem}ing`];
	}),
);

/** An italic run that opens on a capital, a few words with no full stop: `_Hekinah degul_`, `*Langro dehul san!*`. */
const ITALIC_RUN = /([_*])(\p{Lu}[\p{L}\p{M}’', \t\r\n-]{0,60}?[\p{L}!?])\1/gu;

/**
 * Older books set an utterance in a foreign or invented tongue in italics rather than quote marks:
 * `he cried out three times, _Langro dehul san_`, `a universal shout of _Hekinah degul_`. Such a run is
 * speech when a verb of crying out in its own clause hands it in (after a comma or colon, after `aloud`
 * or `out`, or as `a shout of`), when it opens on a capital as a sentence does, and when the clause ends
 * with it. Emphasis inside a sentence has none of these: `He said _nothing_ about it`.
 */
function withItalicUtterances(text: string, spans: QuoteSpan[]): QuoteSpan[] {
	const found: QuoteSpan[] = [];
	for (const match of text.matchAll(ITALIC_RUN)) {
		const start = match.index;
		const end = start + match[0].length;
		const marker = match[1];
		const edgeBefore = start === 0 ? '' : text[start - 1];
		const edgeAfter = end < text.length ? text[end] : '';
		if (edgeBefore === marker || edgeAfter === marker || isWordCharAt(text, start - 1) || isWordCharAt(text, end) || match[2].split(/\s+/).length > 6) {
			continue;
		}
		let next = end;
		while (next < text.length && isSpaceBesideQuote(text.charCodeAt(next))) {
			next++;
		}
		// The clause ends with the utterance: punctuation, a bracket, a dash or the paragraph's end.
		if (!(next === text.length || /^(?:[.;:!?(—]|--)/.test(text.slice(next, next + 2))) || !isUtteranceIntroduced(text, start)) {
			continue;
		}
		if (!spans.some(span => span.start < end && start < span.end)) {
			found.push({ start, end, closed: true, kind: 'italic' });
		}
	}
	return found.length === 0 ? spans : [...spans, ...found].sort((a, b) => a.start - b.start);
}

/** `cried out in a shrill voice, ` `cry aloud ` `a shout of `: a verb of crying out in the clause before `start` hands the utterance in. */
function isUtteranceIntroduced(text: string, start: number): boolean {
	let clauseStart = start;
	while (clauseStart > 0 && start - clauseStart < 120 && !'.;:!?"“”‘’«»'.includes(text[clauseStart - 1])) {
		clauseStart--;
	}
	// The colon of `cried:` belongs to the clause that hands the utterance in.
	if (text[clauseStart - 1] === ':' && /^\s*$/.test(text.slice(clauseStart, start))) {
		clauseStart--;
		while (clauseStart > 0 && start - clauseStart < 120 && !'.;!?"“”‘’«»'.includes(text[clauseStart - 1])) {
			clauseStart--;
		}
	}
	const clause = text.slice(clauseStart, start);
	if (/\b(?:shouts?|cry|cries)\s+of\s+$/i.test(clause)) {
		return true;
	}
	if (!/(?:[,:]|\b(?:aloud|out))\s+$/i.test(clause)) {
		return false;
	}
	return (clause.match(/\p{L}+/gu) ?? []).some(word => UTTERING_VERBS.has(word.toLowerCase()));
}

/** `— I —`: a numeral between dashes heads a part; it is not speech. */
function isOrnament(text: string, first: number): boolean {
	const end = trimmedEnd(text, text.length);
	return end - first < 16 && MARKS[text.charCodeAt(end - 1)] === Mark.Dash && !/[\r\n]/.test(text.slice(first, end));
}

interface OpenQuote {
	readonly kind: QuoteKind;
	readonly start: number;
	/** A guillemet pair that faces inwards, »…«, in text whose guillemets otherwise face out. */
	readonly inwards?: boolean;
}

/** Walks a paragraph's marks with a stack of open quotes; the outermost open quote makes a span. */
class QuoteScanner {
	private readonly open: OpenQuote[] = [];
	/** The next opening or sure closing single mark the lookahead found, and which it was. */
	private decisiveAt = -1;
	private decisiveRole = SingleRole.None;
	/** Closing double marks that found no quote open. */
	readonly strays: number[] = [];

	constructor(
		private readonly text: string,
		private readonly style: DialogueStyle,
		private readonly spans: QuoteSpan[],
	) {
		this.end = text.length;
	}

	private readonly end: number;

	scan(): void {
		const { text, style, end } = this;
		const german = style === 'german';
		const reversed = style === 'guillemetsReversed';
		const single = style === 'single';
		// The engine finds the marks; apostrophes matter only in single-quote text, dashes only at a paragraph's start.
		const marks = single ? /["“”„«»「」『』'‘’]/g : /["“”„«»「」『』]/g;
		// test() rather than exec(): no match object for each mark. Every mark is one UTF-16 unit.
		while (marks.test(text)) {
			const index = marks.lastIndex - 1;
			const mark = MARKS[text.charCodeAt(index)];
			switch (mark) {
				case Mark.StraightDouble:
					if (this.has('double')) {
						this.close('double', index);
					} else if (this.has('low') && this.closerShaped(index)) {
						this.close('low', index);
					} else if (index + 1 < end && (!isSpaceBesideQuote(text.charCodeAt(index + 1)) || index === 0 || isSpaceBesideQuote(text.charCodeAt(index - 1)))) {
						this.push('double', index);
					} else if (this.open.length === 0 && !(index > 0 && isDigit(text.charCodeAt(index - 1)))) {
						// `Hello" she said` with nothing open: a stray closing mark, not an opening one (`6" long` is inches).
						this.strays.push(index);
					}
					break;
				case Mark.LeftDouble:
					if (this.has('low') && this.closerShaped(index)) {
						this.close('low', index);
					} else if (this.has('double') && this.closerShaped(index)) {
						// “ typed for ”: autocorrect facing the wrong way.
						this.close('double', index);
					} else if (german) {
						// In German “ closes; it opens only an English-style quote standing alone.
						if (this.open.length === 0 && this.openerShaped(index)) {
							this.push('double', index);
						}
					} else if (this.top()?.kind === 'double') {
						// A new “ while one is open: the earlier quote was never closed.
						this.restart('double', index);
					} else {
						this.push('double', index);
					}
					break;
				case Mark.RightDouble:
					if (this.has('double')) {
						this.close('double', index);
					} else if (this.has('low')) {
						this.close('low', index);
					} else if (this.open.length === 0 && this.openerShaped(index)) {
						this.push('double', index);
					} else if (this.open.length === 0 && !german) {
						this.strays.push(index);
					}
					break;
				case Mark.LowDouble:
					this.push('low', index);
					break;
				case Mark.StraightSingle:
				case Mark.LeftSingle:
				case Mark.RightSingle:
					if (single) {
						this.single(index, mark);
					}
					break;
				case Mark.LeftGuillemet:
					if (reversed || this.top()?.inwards) {
						this.close('guillemet', index);
					} else {
						this.push('guillemet', index);
					}
					break;
				case Mark.RightGuillemet:
					if (reversed) {
						this.push('guillemet', index);
					} else if (this.has('guillemet')) {
						this.close('guillemet', index);
					} else if (index + 1 < end && isWordCharAt(text, index + 1)) {
						// »Komm her«: a » right before a word opens, whatever the document's guillemets do.
						this.open.push({ kind: 'guillemet', start: index, inwards: true });
					} else if (this.open.length === 0) {
						this.strays.push(index);
					}
					break;
				case Mark.LeftCorner:
				case Mark.LeftWhiteCorner:
					this.push('corner', index);
					break;
				case Mark.RightCorner:
				case Mark.RightWhiteCorner:
					this.close('corner', index);
					break;
			}
		}
		if (this.open.length > 0) {
			this.spans.push({ start: this.open[0].start, end: trimmedEnd(text, end), closed: false, kind: this.open[0].kind });
			this.open.length = 0;
		}
	}

	private top(): OpenQuote | undefined {
		return this.open[this.open.length - 1];
	}

	private has(kind: QuoteKind): boolean {
		for (let index = this.open.length - 1; index >= 0; index--) {
			if (this.open[index].kind === kind) {
				return true;
			}
		}
		return false;
	}

	private push(kind: QuoteKind, index: number): void {
		this.open.push({ kind, start: index });
	}

	/** Closes the innermost open quote of `kind` and anything opened inside it. */
	private close(kind: QuoteKind, index: number): void {
		for (let depth = this.open.length - 1; depth >= 0; depth--) {
			if (this.open[depth].kind === kind) {
				if (depth === 0) {
					this.spans.push({ start: this.open[0].start, end: index + 1, closed: true, kind: this.open[0].kind });
				}
				this.open.length = depth;
				return;
			}
		}
	}

	/** Ends the outermost quote unclosed just before `index` and opens a new one there. */
	private restart(kind: QuoteKind, index: number): void {
		if (this.open.length === 1) {
			this.spans.push({ start: this.open[0].start, end: trimmedEnd(this.text, index), closed: false, kind: this.open[0].kind });
			this.open.length = 0;
		}
		this.push(kind, index);
	}

	private openerShaped(index: number): boolean {
		const next = index + 1 < this.end ? this.text.charCodeAt(index + 1) : -1;
		return (
			next >= 0 &&
			!isSpaceBesideQuote(next) &&
			(index === 0 || isSpaceBesideQuote(this.text.charCodeAt(index - 1)) || isOpeningPunctuation(this.text.charCodeAt(index - 1)))
		);
	}

	private closerShaped(index: number): boolean {
		return index > 0 && !isSpaceBesideQuote(this.text.charCodeAt(index - 1)) && (index + 1 >= this.end || !isWordCharAt(this.text, index + 1));
	}

	/** A single mark in single-quote text: an opening, a closing, or an apostrophe. */
	private single(index: number, mark: Mark): void {
		const role = singleRole(this.text, index, mark, this.end);
		if (role === SingleRole.Opener) {
			// British text nests “…” inside ‘…’, so a second opening is an elision: ‘I got ’im,’ he said.
			if (!this.has('single')) {
				this.push('single', index);
			}
		} else if (role === SingleRole.ProbableCloser) {
			this.close('single', index);
		} else if (role === SingleRole.AmbiguousCloser && this.has('single') && !this.probableCloserFollows(index)) {
			this.close('single', index);
		}
	}

	/**
	 * After `boys’` or `goin’`: true when a surer closing mark follows before the next opening one, so
	 * this mark is an apostrophe. Each stretch of text is looked through once, so a paragraph costs linear time.
	 */
	private probableCloserFollows(index: number): boolean {
		if (this.decisiveAt <= index) {
			this.decisiveAt = this.end;
			this.decisiveRole = SingleRole.None;
			for (let ahead = index + 1; ahead < this.end; ahead++) {
				const mark = MARKS[this.text.charCodeAt(ahead)];
				if (mark !== Mark.StraightSingle && mark !== Mark.LeftSingle && mark !== Mark.RightSingle) {
					continue;
				}
				const role = singleRole(this.text, ahead, mark, this.end);
				if (role === SingleRole.Opener || role === SingleRole.ProbableCloser) {
					this.decisiveAt = ahead;
					this.decisiveRole = role;
					break;
				}
			}
		}
		return this.decisiveRole === SingleRole.ProbableCloser;
	}
}

const enum SingleRole {
	None,
	Apostrophe,
	Opener,
	/** After punctuation: `Yes,’` `Go!’`. */
	ProbableCloser,
	/** After a letter: a closing mark (`‘Hallo, Mole’ said…`) or an apostrophe (`the boys’ coats`). */
	AmbiguousCloser,
}

/** Words elided at their start, whose ’ or ' is an apostrophe even where a quote could open: ’tis, ’em. */
const ELISIONS = new Set(['tis', 'twas', 'twere', 'twill', 'twould', 'em', 'n']);

function singleRole(text: string, index: number, mark: Mark, end: number): SingleRole {
	const wordBefore = isWordCharAt(text, index - 1);
	const wordAfter = index + 1 < end && isWordCharAt(text, index + 1);
	// ’ between letters is an apostrophe: don’t, o’clock, O’Brien.
	if (wordBefore && wordAfter) {
		return SingleRole.Apostrophe;
	}
	const previous = index > 0 ? text.charCodeAt(index - 1) : -1;
	const next = index + 1 < end ? text.charCodeAt(index + 1) : -1;
	const spaceBefore = previous < 0 || isSpaceBesideQuote(previous);
	const spaceAfter = next < 0 || isSpaceBesideQuote(next);
	const opens = mark === Mark.LeftSingle || (mark === Mark.StraightSingle && (spaceBefore || (isOpeningPunctuation(previous) && !spaceAfter)));
	if (opens) {
		if (spaceAfter) {
			return SingleRole.None;
		}
		// ’tis, ’em, rock ’n’ roll, the ’90s.
		return startsElision(text, index + 1, end) ? SingleRole.Apostrophe : SingleRole.Opener;
	}
	if (spaceBefore) {
		// ’ at a word's start elides: ’tis, ’em.
		return spaceAfter ? SingleRole.None : SingleRole.Apostrophe;
	}
	if (wordAfter) {
		return SingleRole.None;
	}
	return wordBefore ? SingleRole.AmbiguousCloser : SingleRole.ProbableCloser;
}

function startsElision(text: string, start: number, end: number): boolean {
	const code = text.charCodeAt(start);
	if (code >= 0x30 && code <= 0x39) {
		return true;
	}
	let wordEnd = start;
	while (wordEnd < end && wordEnd - start < 6 && isWordCharAt(text, wordEnd)) {
		wordEnd++;
	}
	const word = text.slice(start, wordEnd).toLowerCase();
	if (word === 'n') {
		// rock ’n’ roll: the n is closed by a second mark.
		const after = text.charCodeAt(wordEnd);
		return after === 0x27 || after === 0x2019;
	}
	return ELISIONS.has(word);
}

/**
 * Dash dialogue: the paragraph opens with a dash and is speech, except its narrator breaks, which open
 * with a dash before a letter (—preguntó ella—) or, in English, with an unmarked `he said` after the
 * speech's own punctuation. A break closed by a dash gives way to speech again after its punctuation.
 */
function findDashSpeech(text: string, first: number, style: DialogueStyle, spans: QuoteSpan[]): void {
	const end = text.length;
	const reversed = style === 'guillemetsReversed';
	let speechStart = first;
	/** In a break: true when it opened with an unmarked attribution, which a sentence's end closes. */
	let attribution = false;
	let nested = 0;
	const endSpeech = (at: number, closed = true) => {
		const spanEnd = trimmedEnd(text, at);
		if (spanEnd > speechStart) {
			spans.push({ start: speechStart, end: spanEnd, closed, kind: 'dash' });
		}
		speechStart = -1;
	};
	for (let index = first + 1; index < end; index++) {
		const code = text.charCodeAt(index);
		const mark = MARKS[code];
		if (speechStart >= 0) {
			if (mark === Mark.LeftGuillemet || mark === Mark.RightGuillemet) {
				const opens = (mark === Mark.LeftGuillemet) !== reversed;
				if (opens) {
					nested++;
				} else if (nested > 0) {
					nested--;
				} else {
					// The closing mark of a quote opened paragraphs ago: «… ¶ —… ¶ —Sí, señor.»
					endSpeech(index + 1);
				}
			} else if (mark === Mark.Dash && nested === 0 && opensNarratorBreak(text, index)) {
				endSpeech(index);
				attribution = false;
			} else if (nested === 0 && (code === 0x2c || code === 0x21 || code === 0x3f || code === 0x2026) && attributionFollows(text, index + 1)) {
				endSpeech(index + 1);
				attribution = true;
			}
		} else if (mark === Mark.Dash) {
			if (isSpaceBesideQuote(text.charCodeAt(index - 1)) && index + 1 < end && !isSpaceBesideQuote(text.charCodeAt(index + 1))) {
				// —preguntó ella. —Te espero: a new turn of speech.
				speechStart = index;
			} else if (!attribution) {
				speechStart = resumeAfter(text, index + 1);
			}
		} else if (
			attribution &&
			(code === 0x2e || code === 0x2c || code === 0x3b || code === 0x3a || code === 0x21 || code === 0x3f) &&
			index + 1 < end &&
			isSpaceBesideQuote(text.charCodeAt(index + 1)) &&
			!(code === 0x2e && endsWithAbbreviation(text, index))
		) {
			speechStart = resumeAfter(text, index + 1);
			attribution = false;
		}
		if (speechStart >= end) {
			speechStart = -1;
		}
	}
	if (speechStart >= 0) {
		endSpeech(end);
	}
}

const COLON_DASH = /:[ \u00a0]?[\u2014\u2015]/;

/** True when a paragraph with no quote marks may still hold dash speech led into by a colon. */
export function mayHoldSpeechAfterColon(paragraph: string, style: DialogueStyle): boolean {
	return style === 'dash' && COLON_DASH.test(paragraph);
}

/**
 * Speech a narration paragraph leads into with a colon and a dash: `y Eugenia dijo:—¡Mis tíos!—A los
 * pocos momentos…`. It runs as a paragraph opening with the dash would, from the first such dash
 * outside the spans already found; a guillemet after the dash is a quote the scanner has found.
 */
function withSpeechAfterColon(paragraph: string, style: DialogueStyle, spans: QuoteSpan[]): QuoteSpan[] {
	const colonDash = /:[ \u00a0]?[\u2014\u2015](?=[\p{L}¡¿])/gu;
	for (let found = colonDash.exec(paragraph); found; found = colonDash.exec(paragraph)) {
		const dash = found.index + found[0].length - 1;
		if (!spans.some(span => span.start <= dash && dash < span.end)) {
			const speech: QuoteSpan[] = [];
			findDashSpeech(paragraph, dash, style, speech);
			const kept = spans.filter(span => span.end <= dash);
			return kept.concat(
				speech,
				spans.filter(span => span.start >= dash && !speech.some(said => said.start < span.end && span.start < said.end)),
			);
		}
	}
	return spans;
}

/**
 * A dash inside speech that starts the narrator's words: —¿Vienes? —preguntó ella, Puedes irte—le dijo,
 * or ¡Mis tíos!—A los pocos momentos, a sentence of narration after the speech's own end.
 */
function opensNarratorBreak(text: string, index: number): boolean {
	const next = text.charCodeAt(index + 1);
	if (Number.isNaN(next) || isSpaceBesideQuote(next) || MARKS[next] === Mark.Dash) {
		return false;
	}
	const character = text[index + 1];
	if (isSpaceBesideQuote(text.charCodeAt(index - 1))) {
		return isWordCharAt(text, index + 1);
	}
	const before = text.charCodeAt(index - 1);
	const endsSentence = before === 0x21 || before === 0x3f || before === 0x2e || before === 0x2026;
	return character !== character.toUpperCase() || (endsSentence && /\p{Lu}/u.test(character));
}

/** After the speech's comma or mark: `he said`, `Stephen said quietly`, `said Buck Mulligan`. */
function attributionFollows(text: string, start: number): boolean {
	const words = /^\s+((?:[\p{L}’'-]+\s+){0,3})([\p{L}’'-]+)/u.exec(text.slice(start, start + 60));
	if (!words || !isSpaceBesideQuote(text.charCodeAt(start))) {
		return false;
	}
	const all = `${words[1]}${words[2]}`.split(/\s+/);
	if (isReportingVerb(all[0])) {
		return all.length > 1 && (INVERTED_PRONOUNS.has(all[1].toLowerCase()) || /^\p{Lu}/u.test(all[1]));
	}
	const subject = all[0];
	if (!SUBJECT_PRONOUNS.has(subject.toLowerCase()) && !/^\p{Lu}/u.test(subject)) {
		return false;
	}
	for (let position = 1; position < all.length; position++) {
		if (isSpeechVerb(all[position])) {
			return true;
		}
		// Only more of the name or an adverb may come between the subject and its verb.
		if (!/^\p{Lu}/u.test(all[position]) && !/ly$/.test(all[position])) {
			return false;
		}
	}
	return false;
}

/** Where speech resumes after a narrator break's closing dash: past its punctuation and spaces. */
function resumeAfter(text: string, index: number): number {
	while (index < text.length) {
		const code = text.charCodeAt(index);
		if (!isSpaceBesideQuote(code) && code !== 0x2e && code !== 0x2c && code !== 0x3b && code !== 0x3a) {
			break;
		}
		index++;
	}
	return index;
}

/** What may stand right before an opening mark: ( [ { / a dash, or another opening mark. */
function isOpeningPunctuation(code: number): boolean {
	return (
		code === 0x28 ||
		code === 0x5b ||
		code === 0x7b ||
		code === 0x2f ||
		code === 0x2d ||
		MARKS[code] === Mark.Dash ||
		code === 0x201c ||
		code === 0x2018 ||
		code === 0x22 ||
		code === 0xab ||
		code === 0x201e ||
		code === 0x300c ||
		code === 0x300e ||
		code === 0x5f ||
		code === 0x2a
	);
}

function firstVisible(text: string): number {
	let index = 0;
	while (index < text.length && isSpaceBesideQuote(text.charCodeAt(index))) {
		index++;
	}
	return index;
}

function trimmedEnd(text: string, end: number): number {
	while (end > 0 && isSpaceBesideQuote(text.charCodeAt(end - 1))) {
		end--;
	}
	return end;
}

function isDigit(code: number): boolean {
	return code >= 0x30 && code <= 0x39;
}
