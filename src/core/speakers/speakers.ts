// Decides what a paragraph's prose says about who speaks its quotes: `"…," said Karen.`,
// `Ivy asked, "…"`, `"…" Karen had said`, `Karen: "…"`. A pronoun (`she said`) names nobody unless
// the paragraph's narration names exactly one person, but still marks a turn. Reads a few words either
// side of each quote, by hand rather than by regular expression, because it runs on every quoted
// paragraph; what the turns add up to across paragraphs is turnTaking.ts's business.

import { endsWithAbbreviation, QuoteSpan } from '../dialogue/dialogue';
import { DialogueSpan } from '../model';
import {
	bare,
	description,
	genderOfWords,
	samePerson,
	DETERMINERS,
	HONORIFICS,
	INDEFINITES,
	isAdverb,
	isCapitalised,
	mayBeName,
	nameAt,
	PRONOUNS,
	TITLE_NOUNS,
} from '../lexicon/speakerNames';
import { isReportingVerb, isSpeechVerb } from '../lexicon/speechVerbs';
import { QuoteKinds, quoteKinds } from './quoteKinds';

/** What the prose beside one quote says about its speaker. */
interface SpeakerCue {
	/** The name or description the prose gives (`Karen`, `Mr. Darcy`, `the old man`); absent for a pronoun. */
	readonly name?: string;
	/** The pronoun the prose used instead (`she`, `i`, `somebody`). */
	readonly pronoun?: string;
	/** The narration showed others before this name: the latest of several, a weaker tie. */
	readonly contested?: boolean;
	/** Those others, the latest first: `Pell looked on. Sixpence was a fair price. "Here," he said.` may mean Pell. */
	readonly earlier?: readonly string[];
}

/** How firmly the prose ties a turn to its speaker. */
export type SpeakerTie =
	/** A speech verb: `said Karen`. */
	| 'verb'
	/** A pronoun with a speech verb, in a paragraph whose narration names one person: `Terry stopped. "…," he said.` */
	| 'pronoun'
	/** Only an action in the same paragraph: `Karen looked up. "Hi."` */
	| 'beat';

/** One turn of speech: a paragraph's quotes, or in text without blank lines, a line's. */
export interface ParagraphTurn {
	/** Index of the turn's first quote among the paragraph's quotes, and one past its last. */
	readonly firstQuote: number;
	readonly endQuote: number;
	/** The name or description the prose ties to the turn. */
	readonly speaker?: string;
	readonly tie?: SpeakerTie;
	/** `I said`: the narrator speaks, whose name the prose does not give. */
	readonly narrator?: boolean;
	/** `she said` with no name: who it is, the exchange must tell. */
	readonly pronoun?: 'he' | 'she';
	/** `somebody said`: a voice from outside the exchange. */
	readonly stranger?: boolean;
	/** A speech verb ties the turn to its speaker, named or not: `said Karen`, `she said`. */
	readonly attributed?: boolean;
	/** Names the turn's quotes call out to (`"Come here, Mole!"`): whoever they are, they are not its speaker. */
	readonly addressed?: readonly string[];
	/** People a `he said` turn's narration shows on the receiving end (`said he to Temple`): not its speaker either. */
	readonly objects?: readonly string[];
	/** `He broke off. / "Or lemon?" he asked.`: the pronoun goes on from the paragraph before. */
	readonly continues?: boolean;
	/**
	 * For a speaker read from the last of several sentence subjects, the subjects before it, the latest
	 * first: the one to take when the last turns out to be no one (`Sixpence was a fair price.`).
	 */
	readonly earlier?: readonly string[];
}

export interface ParagraphSpeakers {
	readonly turns: readonly ParagraphTurn[];
	/**
	 * A narration paragraph that ends by leading into speech (`My uncle turned to me and said:`): who
	 * speaks the next paragraph's first quote, when that paragraph does not say.
	 */
	readonly leadIn?: LeadIn;
	/** Set when a quote has a speaker of its own other than its turn's: `"Hi," said Ann. "Hello," said Bob.` */
	readonly quoteSpeakers?: readonly (string | undefined)[];
	/** Set when some quote is thought or writing rather than speech. */
	readonly kinds?: QuoteKinds;
}

export const NO_SPEAKERS: ParagraphSpeakers = Object.freeze({ turns: [] });

/** Who a narration paragraph's closing `…said:` hands the speech to. */
export interface LeadIn {
	readonly speaker?: string;
	readonly narrator?: boolean;
	readonly pronoun?: 'he' | 'she';
	/** `He thrust a hand into Stephen’s pocket and said:`: who the `he` is not. */
	readonly objects?: readonly string[];
	/**
	 * A short paragraph that opens on `He` or `She` without leading into speech (`He broke off and stirred
	 * the pot.`): the same pronoun in the next line's `he said` most likely means the one who spoke last.
	 */
	readonly continues?: 'he' | 'she';
}

/**
 * What a quoteless paragraph says about the speech after it: `My uncle saw me and said to me:`, `Then
 * she said:--`. Only a paragraph that ends on a colon leads in; the rest cost one look at their end.
 */
export function leadInSpeakers(paragraph: string): ParagraphSpeakers {
	let end = paragraph.length;
	while (end > 0 && (isBlank(paragraph.charCodeAt(end - 1)) || paragraph[end - 1] === '-' || paragraph[end - 1] === '—')) {
		end--;
	}
	if (paragraph[end - 1] !== ':') {
		return continuingPronoun(paragraph, end);
	}
	const cue = cueBefore(paragraph, end, Math.max(0, end - MAX_NARRATION));
	if (cue === undefined) {
		return NO_SPEAKERS;
	}
	if (cue.name !== undefined) {
		return { turns: [], leadIn: { speaker: cue.name } };
	}
	if (cue.pronoun === 'i') {
		return { turns: [], leadIn: { narrator: true } };
	}
	if (cue.pronoun === 'he' || cue.pronoun === 'she') {
		const start = end > MAX_NARRATION ? nextSentence(paragraph, end - MAX_NARRATION, end) : 0;
		const objects = objectNames(paragraph, start, end);
		// `Buck Mulligan wiped the razorblade. Then, gazing over the handkerchief, he said:`
		const subject = narrationSubject(paragraph, [], 0, 0, start, end, true)?.name;
		const leadIn: LeadIn = {
			pronoun: cue.pronoun,
			speaker: subject !== undefined && !objects.includes(subject) ? subject : undefined,
			objects: objects.length > 0 ? objects : undefined,
		};
		return { turns: [], leadIn };
	}
	return NO_SPEAKERS;
}

/** A paragraph longer than this is no beat between two lines: its pronoun may mean anyone. */
const BEAT_CHARS = 360;

/** `He broke off and stirred the pot.`, `Smiling, he set the cup down.`: the pronoun a short paragraph opens on. */
function continuingPronoun(paragraph: string, end: number): ParagraphSpeakers {
	if (end > BEAT_CHARS) {
		return NO_SPEAKERS;
	}
	// Most paragraphs settle it on their first word, read without slicing: `The`, `It`, `Stephen`.
	let first = 0;
	while (first < end && isBlank(paragraph.charCodeAt(first))) {
		first++;
	}
	let firstEnd = first;
	while (firstEnd < end && isNameCharacter(paragraph.charCodeAt(firstEnd))) {
		firstEnd++;
	}
	const pronounFirst = (firstEnd - first === 2 && paragraph.startsWith('He', first)) || (firstEnd - first === 3 && paragraph.startsWith('She', first));
	if (!pronounFirst && !(firstEnd - first > 4 && paragraph.startsWith('ing', firstEnd - 3))) {
		return NO_SPEAKERS;
	}
	let words = wordsAfter(paragraph, first, end, 2);
	if (!pronounFirst) {
		// The pronoun after a participle's clause: `Laughing again, he…`.
		const comma = paragraph.indexOf(',', 0);
		words = comma > 0 && comma < 60 ? wordsAfter(paragraph, comma + 1, end, 2) : [];
	}
	const pronoun = words[0]?.toLowerCase();
	if (words.length < 2 || (pronoun !== 'he' && pronoun !== 'she') || isSpeechVerb(words[1])) {
		return NO_SPEAKERS;
	}
	const objects = objectNames(paragraph, 0, end);
	return { turns: [], leadIn: { continues: pronoun, objects: objects.length > 0 ? objects : undefined } };
}

/** Words that may stand between a subject and its speech verb: `Karen had said`, `he quietly said`. */
const AUXILIARIES = new Set([
	'had',
	'has',
	'have',
	'was',
	'were',
	'is',
	'would',
	'will',
	'could',
	'should',
	'might',
	'must',
	'did',
	'does',
	'then',
	'now',
	'also',
	'only',
	'just',
	'again',
	'finally',
	'presently',
	'simply',
	'still',
	'at',
	'last',
	'once',
	'more',
]);
/** Words that end a description after an inverted verb: `said the man at the gate`, `said the girl who…`. */
const DESCRIPTION_ENDS = new Set([
	'at',
	'in',
	'on',
	'of',
	'to',
	'for',
	'with',
	'by',
	'from',
	'who',
	'whose',
	'whom',
	'which',
	'that',
	'where',
	'and',
	'but',
	'as',
	'when',
	'while',
	'after',
	'before',
	'into',
	'across',
	'behind',
	'beside',
	'through',
	'without',
	'again',
	'then',
	'now',
]);
/** Past tenses narration puts after a subject, that no `-ed` shows: `my aunt came in and said`. */
const IRREGULAR_PAST = new Set([
	'came',
	'went',
	'got',
	'took',
	'sat',
	'stood',
	'rose',
	'ran',
	'put',
	'gave',
	'held',
	'knew',
	'saw',
	'made',
	'left',
	'fell',
	'drew',
	'threw',
	'brought',
	'caught',
	'felt',
	'heard',
	'kept',
	'laid',
	'led',
	'lay',
	'met',
	'rode',
	'shook',
	'struck',
	'swung',
	'thought',
	'woke',
	'wore',
	'broke',
	'bent',
	'hung',
	'sank',
	'slept',
	'spread',
	'stole',
	'swept',
	'tore',
	'turned',
	'looked',
	'walked',
]);

/** A word after a description's noun that is its verb: `the old man nodded`, `my aunt came`. */
function isPastVerb(word: string): boolean {
	return IRREGULAR_PAST.has(word) || (word.length > 4 && word.endsWith('ed') && !isCapitalised(word));
}

/** Pronouns that only ever stand after a verb or a preposition. */
const OBJECT_PRONOUNS = new Set(['me', 'him', 'us', 'them']);
/** Words that make the name after them an object, not a subject: `turned to Karen and said`. */
const OBJECT_MARKERS = new Set([
	'to',
	'at',
	'with',
	'toward',
	'towards',
	'from',
	'for',
	'of',
	'on',
	'upon',
	'about',
	'beside',
	'behind',
	'by',
	'into',
	'after',
	'like',
	'than',
	'saw',
	'see',
	'told',
	'asked',
	'and',
]);
/** Lower-case words after a capitalised one that show it is not a sentence's subject doing something. */
const NOT_VERBS = new Set(['and', 'or', 'of', 'in', 'to', 'the', 'a', 'an', 'with', 'who', 'which', 'that', 'for', 'on', 'at', 'by', 'from', 'as']);
/** Words that may open a sentence before its subject: `Then Karen laughed`, `Whereupon Mrs. Griffin spoke`. */
const SENTENCE_OPENERS = new Set(['then', 'and', 'but', 'whereupon', 'so', 'now', 'here', 'there']);

/** At most this many words either side of a quote are read for its speaker: `said the man at the gate`, `Karen turned to Ivy and said`. */
const AFTER_WORDS = 6;
const WINDOW_WORDS = 9;
const WINDOW_CHARS = 120;
/** Narration longer than this around a turn's quotes is not read for its subjects. */
const MAX_NARRATION = 600;
/** A line longer than this was not wrapped by hand: each line of such text is a paragraph. */
const UNWRAPPED_LINE = 160;
/** Hard-wrapped prose fills its lines to at least this many characters. */
const SHORTEST_WRAP = 50;

/**
 * Reads what the prose of `paragraph` says about who speaks each of its quote spans. A paragraph is
 * one turn of speech, except in text that puts no blank line between paragraphs, where a quote
 * opening its own line starts the next turn.
 */
export function findSpeakers(paragraph: string, spans: readonly QuoteSpan[]): ParagraphSpeakers {
	if (spans.length === 0) {
		return NO_SPEAKERS;
	}
	const longestLine = spans.length > 1 && (paragraph.includes('\n') || paragraph.includes('\r')) ? longestLineOf(paragraph) : 0;
	const turns: ParagraphTurn[] = [];
	let quoteSpeakers: (string | undefined)[] | undefined;
	let first = 0;
	while (first < spans.length) {
		let end = first + 1;
		while (
			end < spans.length &&
			!(longestLine > 0 && (followsOnNextLine(paragraph, spans[end - 1].end, spans[end].start) || opensParagraph(paragraph, spans[end].start, longestLine)))
		) {
			end++;
		}
		const lineStart = first === 0 ? 0 : spans[first].start;
		const lineEnd = end < spans.length ? spans[end].start : paragraph.length;
		const cues = quoteCues(paragraph, spans, first, end, lineStart, lineEnd);
		// `"Well?" I asked. "No," he answered.`: a quote whose own cue is someone else's starts a turn of its own.
		let pieceStart = first;
		let pieceCue = cues[0];
		/** Where the narration a piece may read for its beat begins: `Bob frowned. "Go away."` after Ann's quote. */
		let pieceRegionStart = lineStart;
		for (let index = first + 1; index <= end; index++) {
			const cue = cues[index - first];
			const newSubject =
				index < end &&
				!(cue !== undefined && (pieceCue === undefined || !otherSpeaker(pieceCue, cue)) && cue.name !== undefined) &&
				someoneElseSteps(paragraph, spans, pieceStart, index, pieceRegionStart, pieceCue);
			if (index < end && !newSubject && !(cue !== undefined && pieceCue !== undefined && otherSpeaker(pieceCue, cue))) {
				pieceCue ??= cue;
				continue;
			}
			const nextRegionStart = newSubject ? spans[index - 1].end : index < end ? spans[index].start : lineEnd;
			const regionStart = pieceRegionStart;
			const regionEnd = newSubject ? spans[index - 1].end : index < end ? spans[index].start : lineEnd;
			const own = cues.slice(pieceStart - first, index - first);
			const turn = readTurn(paragraph, spans, pieceStart, index, regionStart, regionEnd, own);
			turns.push(turn);
			for (let quote = pieceStart; quote < index; quote++) {
				const name = own[quote - pieceStart]?.name;
				if (name !== undefined && name !== turn.speaker) {
					(quoteSpeakers ??= new Array(spans.length).fill(undefined))[quote] = name;
				}
			}
			pieceStart = index;
			pieceCue = cue;
			pieceRegionStart = nextRegionStart;
		}
		first = end;
	}
	const kinds = quoteKinds(paragraph, spans);
	return quoteSpeakers || kinds ? { turns, quoteSpeakers, kinds } : { turns };
}

/**
 * True when the narration just before quote `index` opens a sentence on a named person other than the one
 * the piece `[pieceStart, index)` is spoken by: `"Hi," said Ann. Bob frowned. "Go away."`. A piece known
 * only by a pronoun is left whole: `"Hi," he said. Bob laughed.` may well be the same man.
 */
function someoneElseSteps(
	paragraph: string,
	spans: readonly QuoteSpan[],
	pieceStart: number,
	index: number,
	pieceRegionStart: number,
	pieceCue: SpeakerCue | undefined,
): boolean {
	const gapStart = spans[index - 1].end;
	const gapEnd = spans[index].start;
	// Most quotes follow the last with a word or two (`she said, "…"`): no sentence of narration between them.
	if (gapEnd - gapStart < MIN_BEAT || gapEnd - gapStart > MAX_NARRATION || nextSentence(paragraph, gapStart, gapEnd) >= gapEnd) {
		return false;
	}
	// `"Hi." Bob frowned.` opens a sentence after the quote; `"Hi," said Ann. Bob frowned.` after its tag.
	const endsSentence = '.!?…'.includes(paragraph[gapStart - 2] ?? '') || '.!?…'.includes(paragraph[gapStart] ?? '');
	const stepping = narrationSubject(paragraph, [], 0, 0, endsSentence ? gapStart : nextSentence(paragraph, gapStart, gapEnd), gapEnd, true)?.name;
	if (stepping === undefined) {
		return false;
	}
	const speaking =
		pieceCue !== undefined ? pieceCue.name : narrationSubject(paragraph, spans, pieceStart, pieceStart, pieceRegionStart, spans[pieceStart].start)?.name;
	return speaking !== undefined && !(stepping.length >= speaking.length ? samePerson(stepping, speaking) : samePerson(speaking, stepping));
}

/** Fewer characters than this between two quotes hold no sentence of narration. */
const MIN_BEAT = 12;

/**
 * True when one quote closes its line and the next opens the line after: in text with no blank lines that
 * is a new paragraph however long the lines run, since hard-wrapped prose breaks its lines between words,
 * not between two quotes with nothing between them.
 */
function followsOnNextLine(text: string, previousEnd: number, start: number): boolean {
	let newlines = 0;
	for (let index = previousEnd; index < start; index++) {
		const code = text.charCodeAt(index);
		if (code === 0x0a) {
			newlines++;
		} else if (!isBlank(code)) {
			return false;
		}
	}
	return newlines === 1;
}

function longestLineOf(paragraph: string): number {
	let longest = 0;
	let start = 0;
	while (start <= paragraph.length) {
		let end = paragraph.indexOf('\n', start);
		if (end < 0) {
			end = paragraph.length;
		}
		longest = Math.max(longest, end - start - (paragraph[end - 1] === '\r' ? 1 : 0));
		start = end + 1;
	}
	return longest;
}

/**
 * True when the quote at `index` opens a new paragraph inside a block with no blank lines: it opens its
 * line, and the text is unwrapped (a line too long to be hard-wrapped) or the line before ends short.
 */
function opensParagraph(text: string, index: number, longestLine: number): boolean {
	let lineStart = index;
	while (lineStart > 0 && (text[lineStart - 1] === ' ' || text[lineStart - 1] === '\t')) {
		lineStart--;
	}
	if (lineStart === 0 || (text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r')) {
		return false;
	}
	// Lines too long, or all too short, to be hard-wrapped prose: each line is a paragraph.
	if (longestLine > UNWRAPPED_LINE || longestLine < SHORTEST_WRAP) {
		return true;
	}
	let previousEnd = lineStart - 1;
	if (text[previousEnd] === '\n' && text[previousEnd - 1] === '\r') {
		previousEnd--;
	}
	const previousStart = Math.max(text.lastIndexOf('\n', previousEnd - 1), text.lastIndexOf('\r', previousEnd - 1)) + 1;
	return previousEnd - previousStart < longestLine * 0.7;
}

/** What the prose right beside each of the quotes `[first, end)` says, reading no further than the stretch `[start, end)`. */
function quoteCues(
	paragraph: string,
	spans: readonly QuoteSpan[],
	first: number,
	end: number,
	regionStart: number,
	regionEnd: number,
): (SpeakerCue | undefined)[] {
	const own: (SpeakerCue | undefined)[] = [];
	for (let index = first; index < end; index++) {
		const nextStart = index + 1 < end ? spans[index + 1].start : regionEnd;
		const previousEnd = index > first ? spans[index - 1].end : regionStart;
		const after = cueAfter(paragraph, spans[index].end, nextStart);
		// `The old man said, "Go." He spoke no more.`: the name before outweighs the pronoun after.
		const before = after === undefined || after.name === undefined ? cueBefore(paragraph, spans[index].start, previousEnd) : undefined;
		own.push(after === undefined || before?.name !== undefined ? (before ?? after) : after);
	}
	return own;
}

/**
 * True when two cues in one paragraph cannot be one speaker: `I` and `he`, `he` and `she`. A name and a
 * pronoun may well be one (`said Ann… she added`); two names are told apart by the quotes' own speakers.
 */
function otherSpeaker(a: SpeakerCue, b: SpeakerCue): boolean {
	if (a.pronoun === undefined || b.pronoun === undefined || a.pronoun === b.pronoun) {
		return false;
	}
	const person = (pronoun: string) => (pronoun === 'he' || pronoun === 'she' || pronoun === 'i' ? pronoun : undefined);
	return person(a.pronoun) !== undefined && person(b.pronoun) !== undefined;
}

/** One turn's reading: the quotes `[first, end)` of `spans`, in the stretch `[start, end)` of the paragraph, with each quote's own cue. */
function readTurn(
	paragraph: string,
	spans: readonly QuoteSpan[],
	first: number,
	end: number,
	regionStart: number,
	regionEnd: number,
	own: readonly (SpeakerCue | undefined)[],
): ParagraphTurn {
	const addressed = vocatives(paragraph, spans, first, end);
	const cueIndex = own.findIndex(candidate => candidate !== undefined);
	const cue = own[cueIndex];
	let speaker = cue?.name;
	let tie: SpeakerTie | undefined = speaker !== undefined ? 'verb' : undefined;
	const pronoun = cue?.name === undefined ? cue?.pronoun : undefined;
	let narrator = pronoun === 'i';
	let beatPronoun: 'he' | 'she' | undefined;
	let earlier: readonly string[] | undefined;
	if (speaker === undefined && (pronoun === undefined || pronoun === 'he' || pronoun === 'she' || pronoun === 'they')) {
		// `Terry stopped. "Look here," he said.`, or `Karen looked up. "Hi."`: the one person the narration
		// names; before the quote for a pronoun, which points back.
		const pointsBack = pronoun !== undefined ? first + cueIndex : end;
		const stretchEnd = pointsBack < end ? spans[pointsBack].start : regionEnd;
		// Narration too long to read whole (`He sat down. "Not yet." A long silence fell…`) still
		// says who acts just before the first quote.
		const subject =
			narrationSubject(paragraph, spans, first, pointsBack, regionStart, stretchEnd, pronoun !== undefined) ??
			(pointsBack > first &&
			spans[first].start - regionStart <= MAX_NARRATION &&
			narratedLength(spans, first, pointsBack, regionStart, stretchEnd) > MAX_NARRATION
				? narrationSubject(paragraph, spans, first, first, regionStart, spans[first].start, true)
				: undefined);
		// `Mrs Pike laughed. "…," he said.`: a pronoun never means someone whose title says otherwise.
		const fits = (name: string) => !((pronoun === 'he' || pronoun === 'she') && genderOfWords(name) === (pronoun === 'he' ? 'she' : 'he'));
		const subjectName = subject?.name !== undefined && !fits(subject.name) ? subject.earlier?.find(fits) : subject?.name;
		if (
			subjectName !== undefined &&
			!addressed.some(name => (name.length >= subjectName.length ? samePerson(name, subjectName) : samePerson(subjectName, name)))
		) {
			// Unless the quote calls them out: `Pip sat down. "Have some tea, Pip," she said.`
			speaker = subjectName;
			// `Oak looked on. Threepence had a value. "Here," he said.`: the last of several subjects may be no one.
			tie = pronoun !== undefined && !subject!.contested ? 'pronoun' : 'beat';
			earlier = subject!.earlier;
		} else if (pronoun === undefined && subject?.pronoun === 'i') {
			// `I fixed him, too. "I see."`
			narrator = true;
		} else if (pronoun === undefined && (subject?.pronoun === 'he' || subject?.pronoun === 'she')) {
			// `He laughed. "You are acute."`: someone of that gender; the exchange must tell who.
			beatPronoun = subject.pronoun;
		}
	}
	const turnPronoun = pronoun === 'he' || pronoun === 'she' ? pronoun : beatPronoun;
	const turn: ParagraphTurn = {
		firstQuote: first,
		endQuote: end,
		speaker,
		tie: speaker !== undefined ? tie : undefined,
		narrator,
		pronoun: turnPronoun,
		stranger: pronoun !== undefined && INDEFINITES.has(pronoun),
		attributed: cue !== undefined,
		addressed: addressed.length > 0 ? addressed : undefined,
		objects: speaker === undefined && turnPronoun !== undefined ? narrationObjects(paragraph, spans, first, end, regionStart, regionEnd) : undefined,
		earlier,
	};
	return turn;
}

/** `another voice, which Nell knew to be that of Mrs. Hale`: the owner the narration gives the voice. */
const VOICE_OWNER =
	/\bvoice,?\s+(?:which|that|whom)\s[^.;:!?"“”‘’]{0,60}?\b(?:to be|as)\s+(?:that of\s+|the voice of\s+)?((?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord|Captain|Aunt|Uncle)\.?\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?)/u;

function whoseVoice(paragraph: string, start: number, limit: number): SpeakerCue | undefined {
	const match = VOICE_OWNER.exec(paragraph.slice(start, Math.min(limit, start + 200)));
	const name = match ? nameAt(match[1].split(/\s+/), 0) : undefined;
	return name ? { name: name.name } : undefined;
}

/** How many characters of narration lie around the quotes `[first, end)` in `[start, stretchEnd)`. */
function narratedLength(spans: readonly QuoteSpan[], first: number, end: number, start: number, stretchEnd: number): number {
	let length = stretchEnd - start;
	for (let index = first; index < end; index++) {
		length -= spans[index].end - spans[index].start;
	}
	return length;
}

/** Up to WINDOW_WORDS words from `start`, stopping at the end of a clause or at `limit`. */
function wordsAfter(text: string, start: number, limit: number, maxWords = WINDOW_WORDS): string[] {
	const end = Math.min(limit, start + WINDOW_CHARS);
	const words: string[] = [];
	let index = start;
	while (index < end && isLeadIn(text.charCodeAt(index))) {
		index++;
	}
	while (index < end && words.length < maxWords) {
		const wordStart = index;
		while (index < end && isWordCharacter(text, index)) {
			index++;
		}
		if (index === wordStart) {
			break;
		}
		const isAbbreviation = text.charCodeAt(index) === 0x2e && endsWithAbbreviation(text, index);
		words.push(text.slice(wordStart, isAbbreviation ? index + 1 : index));
		if (isAbbreviation) {
			index++;
		}
		if (index >= end || !isBlank(text.charCodeAt(index))) {
			break;
		}
		while (index < end && isBlank(text.charCodeAt(index))) {
			index++;
		}
	}
	return words;
}

/**
 * Up to WINDOW_WORDS words before `end`, nearest first, of the clause that leads into the quote; empty
 * when no clause does (`Karen smiled. "Hi."`). `colon` tells a script-like `Karen: "…"`.
 */
function wordsBefore(text: string, end: number, limit: number): { words: string[]; colon: boolean; commaAfter: boolean[] } {
	const start = Math.max(limit, end - WINDOW_CHARS);
	const words: string[] = [];
	/** Whether a comma stood right after each word: `floundering, a man’s voice called` is not `kicking out his legs`. */
	const commaAfter: boolean[] = [];
	let index = end;
	while (index > start && (isBlank(text.charCodeAt(index - 1)) || text[index - 1] === '-' || text[index - 1] === '—')) {
		index--;
	}
	const colon = text[index - 1] === ':';
	// A clause that leads into speech ends in `,` `:` or a dash, or runs straight into it (`Karen said "hi"`).
	if (index > start && (text[index - 1] === ',' || colon)) {
		index--;
	} else if (index > start && !isWordCharacter(text, index - 1)) {
		return { words, colon, commaAfter };
	}
	while (index > start && words.length < WINDOW_WORDS) {
		let comma = false;
		while (index > start && (isBlank(text.charCodeAt(index - 1)) || text[index - 1] === ',')) {
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
		if (before !== undefined && !isBlank(before.charCodeAt(0)) && before !== ',' && before !== '.') {
			break;
		}
	}
	return { words, colon, commaAfter };
}

/** `said Karen`, `Karen had said`, `she observed`, `said the old man` right after the quote. */
function cueAfter(paragraph: string, start: number, limit: number): SpeakerCue | undefined {
	// Two words settle most quotes: `He went out.` `The rain…` need no more.
	const opening = wordsAfter(paragraph, start, limit, 2);
	// `"Softly, softly," as the drovers say`: the saying's owners speak it.
	const as = opening[0] === 'as' && opening.length === 2 ? 1 : 0;
	const lead = opening[as];
	if (
		opening.length < 2 ||
		!(
			isReportingVerb(lead) ||
			PRONOUNS.has(lead.toLowerCase()) ||
			INDEFINITES.has(lead) ||
			isCapitalised(lead) ||
			DETERMINERS.has(lead) ||
			lead === 'old' ||
			lead === 'went'
		)
	) {
		return undefined;
	}
	const words = as === 0 ? wordsAfter(paragraph, start, limit, AFTER_WORDS) : wordsAfter(paragraph, start, limit, AFTER_WORDS + 1).slice(1);
	if (as === 1 && (words.length < 2 || isReportingVerb(words[0]))) {
		return undefined;
	}
	if (isReportingVerb(words[0]) || isWentOn(words, 0)) {
		const cue = subjectAfterVerb(words, words[0].toLowerCase() === 'went' ? 2 : 1);
		return cue?.name?.endsWith(' voice') ? (whoseVoice(paragraph, start, limit) ?? cue) : cue;
	}
	const subject = subjectAt(words, 0);
	if (!subject) {
		return undefined;
	}
	for (let verb = subject.next; verb < words.length && verb - subject.next <= 2; verb++) {
		if (isSpeechVerb(words[verb]) || isWentOn(words, verb)) {
			return subject.cue;
		}
		if (!AUXILIARIES.has(words[verb].toLowerCase()) && !isAdverb(words[verb])) {
			return undefined;
		}
	}
	return undefined;
}

/** Words before a noun that no possessive ties to anyone: `a shout`, `the answer`; but `his answer` is still his. */
const ARTICLES = new Set(['a', 'an', 'the', 'another']);

/** `Ivy asked,` `Karen said:` `He turned to her and said,` `said Rose,` `Karen:` just before the quote. */
function cueBefore(paragraph: string, start: number, limit: number): SpeakerCue | undefined {
	const { words: reversed, colon, commaAfter } = wordsBefore(paragraph, start, limit);
	if (reversed.length === 0) {
		return undefined;
	}
	for (let verb = 0; verb < reversed.length && verb <= 5; verb++) {
		// `a great shout of "…"`, `with the answer "…"`, `a loud cry:`: the word is a noun there, not a verb.
		if (
			!isSpeechVerb(reversed[verb]) ||
			(verb > 0 && reversed[verb - 1] === 'of') ||
			ARTICLES.has(reversed[verb + 1] ?? '') ||
			(!isReportingVerb(reversed[verb]) && DETERMINERS.has(reversed[verb + 2] ?? '') && !isCapitalised(reversed[verb + 1]))
		) {
			continue;
		}
		// `she told Bram,`: a subject before the verb makes the name after it the one spoken to, not an inversion.
		if (verb > 0 && isReportingVerb(reversed[verb]) && !PRONOUNS.has(reversed[verb + 1]?.toLowerCase() ?? '')) {
			const inverted = subjectAfterVerb(reversed.slice(0, verb + 1).reverse(), 1);
			if (inverted) {
				return inverted;
			}
		}
		// `He came over and, thrusting a hand into Stephen’s pocket, said:`: the sentence's own subject.
		const subject = subjectBefore(reversed, verb + 1, commaAfter);
		if (subject !== undefined || reversed.some(word => RELATIVES.has(word))) {
			return subject;
		}
		const opening = sentenceStart(paragraph, start, Math.max(limit, start - MAX_NARRATION));
		return subjectOpening(paragraph, opening, start) ?? descriptionOpening(paragraph, opening, start);
	}
	if (colon && reversed.length <= 3) {
		const words = reversed.slice().reverse();
		const name = nameAt(words, 0);
		if (name && name.next === words.length) {
			return { name: name.name };
		}
	}
	return colon || commaAfter[0] ? undefined : possessiveBefore(reversed);
}

/** `Karen's cheerful "Morning!"`: the one whose exclamation it is, a name with `'s` and a word or two before the quote. */
function possessiveBefore(reversed: readonly string[]): SpeakerCue | undefined {
	for (let index = 0; index < reversed.length && index <= 2; index++) {
		const word = reversed[index];
		if (!(word.endsWith('’s') || word.endsWith("'s"))) {
			if (isCapitalised(word) || DETERMINERS.has(word) || PRONOUNS.has(word)) {
				return undefined;
			}
			continue;
		}
		let start = index;
		while (start + 1 < reversed.length && start - index < 3 && (mayBeName(reversed[start + 1]) || HONORIFICS.has(bare(reversed[start + 1])))) {
			start++;
		}
		const words = reversed.slice(index, start + 1).reverse();
		const name = nameAt(words, 0);
		return name && name.next === words.length ? { name: name.name } : undefined;
	}
	return undefined;
}

function isWentOn(words: readonly string[], index: number): boolean {
	const word = words[index].toLowerCase();
	return (word === 'went' || word === 'goes' || word === 'go') && words[index + 1]?.toLowerCase() === 'on';
}

/** The subject at `words[index]`: a name, a pronoun or a description, and the index after it. */
function subjectAt(words: readonly string[], index: number): { cue: SpeakerCue; next: number } | undefined {
	const word = words[index];
	if (word === undefined) {
		return undefined;
	}
	const lower = word.toLowerCase();
	if (PRONOUNS.has(lower) || INDEFINITES.has(lower)) {
		// `somebody else asked`
		const next = INDEFINITES.has(lower) && words[index + 1]?.toLowerCase() === 'else' ? index + 2 : index + 1;
		return { cue: { pronoun: lower }, next };
	}
	const name = nameAt(words, index);
	if (name) {
		return { cue: { name: name.name }, next: name.next };
	}
	if (DETERMINERS.has(lower)) {
		let end = index + 1;
		// A word before `me`, `him`, `her`… is a verb: `my uncle saw me and said` ends the description at `uncle`.
		while (
			end < words.length &&
			end - index <= 3 &&
			!isSpeechVerb(words[end]) &&
			!AUXILIARIES.has(words[end].toLowerCase()) &&
			!isAdverb(words[end]) &&
			!OBJECT_PRONOUNS.has(words[end + 1]?.toLowerCase() ?? '') &&
			!(end > index + 1 && isPastVerb(words[end]))
		) {
			end++;
		}
		if (end > index + 1) {
			return { cue: { name: description(words, index, end) }, next: end };
		}
	}
	return undefined;
}

/** After an inverted verb: `said Karen`, `said he`, `asked the old man at the gate`, `cried one of the women`. */
function subjectAfterVerb(words: readonly string[], index: number): SpeakerCue | undefined {
	if (words[index] !== undefined && isAdverb(words[index])) {
		index++;
	}
	const word = words[index];
	if (word === undefined) {
		return undefined;
	}
	const lower = word.toLowerCase();
	if (PRONOUNS.has(lower) || INDEFINITES.has(lower)) {
		return { pronoun: lower };
	}
	const name = nameAt(words, index);
	if (name) {
		return { name: name.name };
	}
	// `returned madame`: a title the story uses on its own for the one person it calls that.
	if (ADDRESS_TITLES.has(word)) {
		return { name: word };
	}
	const partitive = lower === 'one' && words[index + 1]?.toLowerCase() === 'of';
	if (DETERMINERS.has(lower) || partitive) {
		let end = partitive ? index + 3 : index + 1;
		while (end < words.length && end - index <= 4 && !DESCRIPTION_ENDS.has(words[end].toLowerCase()) && !isAdverb(words[end])) {
			end++;
		}
		if (end > index + 1 && end <= words.length) {
			return { name: description(words, index, end) };
		}
	}
	return undefined;
}

/** The subject of the speech verb just before `reversed[index]`, reading back over auxiliaries and adverbs. */
function subjectBefore(reversed: readonly string[], index: number, commaAfter: readonly boolean[]): SpeakerCue | undefined {
	while (index < reversed.length && index <= 4 && (AUXILIARIES.has(reversed[index].toLowerCase()) || isAdverb(reversed[index]))) {
		index++;
	}
	const word = reversed[index];
	if (word === undefined) {
		return undefined;
	}
	const lower = word.toLowerCase();
	if (lower === 'and') {
		// `Karen turned to Ivy and said,`: the clause's first subject, not the object before `and`.
		const clause = reversed.slice(index + 1).reverse();
		for (let position = 0; position < clause.length; position++) {
			// `pointed at the knife in Pell’s hand, and said`: an owner is no subject either.
			if ((position > 0 && OBJECT_MARKERS.has(clause[position - 1].toLowerCase())) || clause[position].endsWith('’s') || clause[position].endsWith("'s")) {
				continue;
			}
			const subject = subjectAt(clause, position);
			// A name, a pronoun, or a description opening the clause: `My aunt saw him and said`.
			if (subject && (subject.cue.pronoun !== undefined || isCapitalised(subject.cue.name ?? '') || (position === 0 && isCapitalised(clause[0])))) {
				return subject.cue;
			}
		}
		return undefined;
	}
	if (PRONOUNS.has(lower) || INDEFINITES.has(lower)) {
		return { pronoun: lower };
	}
	// Read the name back to its first word.
	let start = index;
	while (start + 1 < reversed.length && start - index < 3 && (mayBeName(reversed[start + 1]) || HONORIFICS.has(bare(reversed[start + 1])))) {
		start++;
	}
	if (start + 1 < reversed.length && OBJECT_MARKERS.has(reversed[start + 1].toLowerCase())) {
		return undefined;
	}
	const words = reversed.slice(index, start + 1).reverse();
	const name = nameAt(words, 0);
	if (name && name.next === words.length) {
		return { name: name.name };
	}
	// `my brother said`, `the old man said`.
	for (let determiner = index + 1; determiner < reversed.length && determiner - index <= 2; determiner++) {
		if (DETERMINERS.has(reversed[determiner].toLowerCase())) {
			const before = reversed[determiner + 1];
			if (
				before !== undefined &&
				!commaAfter[determiner + 1] &&
				(isParticiple(before) || OBJECT_MARKERS.has(before.toLowerCase()) || PARTICLES.has(before.toLowerCase()))
			) {
				// `Toad, kicking out his legs, said`: the description is what the participle or preposition
				// reaches for; the subject is the name before the participle, if any.
				return participleSubject(reversed, determiner + 1);
			}
			return { name: description(reversed.slice(index, determiner + 1).reverse(), 0, determiner - index + 1) };
		}
	}
	return undefined;
}

/**
 * A description opening the sentence of a speech verb, up to its own verb: `The eldest of the goats raised
 * her head and said,`, `A tall man in black stood up and said:`. Read only when no name or pronoun leads in.
 */
function descriptionOpening(text: string, start: number, end: number): SpeakerCue | undefined {
	let index = start;
	while (index < end && isBlank(text.charCodeAt(index))) {
		index++;
	}
	const words = wordsAfter(text, index, end, 7);
	if (words.length < 3 || !isCapitalised(words[0]) || !DETERMINERS.has(words[0].toLowerCase())) {
		return undefined;
	}
	for (let verb = 2; verb < words.length; verb++) {
		const word = words[verb];
		if (isPastVerb(word) && words[verb - 1] !== 'the') {
			// `The Water Rat` is the creature's name; `the old sailor` stays a description, someone unnamed.
			const named = words.slice(1, verb).every(isCapitalised);
			return { name: named ? description(words, 0, verb) : [words[0].toLowerCase(), ...words.slice(1, verb)].join(' ') };
		}
		// `of the goats`, `in black`: the noun phrase may carry a short prepositional tail.
		if ((NOT_VERBS.has(word) && word !== 'of' && word !== 'in' && word !== 'the' && word !== 'a') || isSpeechVerb(word)) {
			return undefined;
		}
	}
	return undefined;
}

/** Titles that stand for a person without a name after them, in lower case: `said madame`. */
const ADDRESS_TITLES = new Set(['madame', 'monsieur', 'mademoiselle', 'madam', 'signora', 'signor', 'señora', 'señor']);

/** Words that finish a phrasal verb before its object: `kicking out his legs`, `picking up her bag`. */
const PARTICLES = new Set(['out', 'up', 'down', 'off', 'back', 'over', 'away', 'aside', 'open']);

function isParticiple(word: string): boolean {
	return word.length > 4 && word.endsWith('ing') && !isCapitalised(word);
}

/** The name just before the participle found reading back from `reversed[from]`: `Toad, kicking out…`. */
function participleSubject(reversed: readonly string[], from: number): SpeakerCue | undefined {
	for (let index = from; index < reversed.length && index - from <= 3; index++) {
		if (!isParticiple(reversed[index])) {
			continue;
		}
		let start = index + 1;
		while (start + 1 < reversed.length && start - index < 3 && (mayBeName(reversed[start + 1]) || HONORIFICS.has(bare(reversed[start + 1])))) {
			start++;
		}
		const words = reversed.slice(index + 1, start + 1).reverse();
		const name = words.length > 0 ? nameAt(words, 0) : undefined;
		return name && name.next === words.length ? { name: name.name } : undefined;
	}
	return undefined;
}

/**
 * The one person the turn's narration shows as a sentence's subject (`Karen looked up.`,
 * `…; whereupon Mrs. Griffin spoke.`), read at each sentence's start; undefined when it shows none or several.
 * With `latest`, for a pronoun that points back, several give the last of them: in `Stephen sat down. Buck
 * wiped the razor. Then he said:` the `he` is the one the sentence before was about.
 */
function narrationSubject(
	paragraph: string,
	spans: readonly QuoteSpan[],
	first: number,
	end: number,
	regionStart: number,
	regionEnd: number,
	latest = false,
): SpeakerCue | undefined {
	let found: string | undefined;
	let contested = false;
	let earlier: string[] | undefined;
	let pronoun: string | undefined;
	let cursor = regionStart;
	let read = 0;
	for (let index = first; index <= end; index++) {
		const stretchEnd = index < end ? spans[index].start : regionEnd;
		read += stretchEnd - cursor;
		if (read > MAX_NARRATION) {
			return undefined;
		}
		for (let sentence = cursor; sentence < stretchEnd; sentence = nextSentence(paragraph, sentence, stretchEnd)) {
			const subject = subjectOpening(paragraph, sentence, stretchEnd);
			if (subject?.name !== undefined) {
				if (found !== undefined && found !== subject.name) {
					if (!latest) {
						return undefined;
					}
					contested = true;
					earlier = [found, ...(earlier ?? []).filter(name => name !== found && name !== subject.name)];
				}
				found = subject.name;
			} else {
				pronoun ??= subject?.pronoun;
			}
		}
		cursor = index < end ? spans[index].end : stretchEnd;
	}
	return found !== undefined ? { name: found, contested, earlier } : pronoun !== undefined ? { pronoun } : undefined;
}

/** The name or pronoun opening a sentence's words, when a verb-like word follows it. */
function sentenceSubject(words: readonly string[]): SpeakerCue | undefined {
	const index = words.length > 2 && SENTENCE_OPENERS.has(words[0].toLowerCase()) ? 1 : 0;
	const word = words[index];
	// `Concluding thus, the parson…`: a participle opening a sentence is no one's name.
	if (word === undefined || word.endsWith('ing')) {
		return undefined;
	}
	const lower = word.toLowerCase();
	if (DETERMINERS.has(lower)) {
		// `The doctor frowned at his notes.`: a title the story gives one named person stands for them.
		const noun = words[index + 1];
		const next = words[index + 2];
		return lower === 'the' &&
			noun !== undefined &&
			next !== undefined &&
			TITLE_NOUNS.has(noun) &&
			!isCapitalised(next) &&
			!NOT_VERBS.has(next) &&
			!next.endsWith('’s') &&
			!next.endsWith("'s")
			? { name: `the ${noun}` }
			: undefined;
	}
	if (lower === 'i') {
		// `I could see Nell at the window.`: the one the narrator watches is the one the beat is about.
		const seen = seenByNarrator(words, index + 1);
		if (seen !== undefined) {
			return { name: seen };
		}
	}
	const name = PRONOUNS.has(lower) ? { name: undefined, next: index + 1 } : nameAt(words, index);
	const next = name ? words[name.next] : undefined;
	// `Tiresome old fool!`: an epithet after the word shows an adjective, not a subject and its verb.
	if (!name || next === undefined || isCapitalised(next) || NOT_VERBS.has(next.toLowerCase()) || EPITHET_OPENERS.has(next)) {
		return undefined;
	}
	return name.name !== undefined ? { name: name.name } : { pronoun: lower };
}

/** Verbs by which a first-person narrator watches someone: `I saw Karen`, `I can see Nell there`. */
const PERCEPTION_VERBS = new Set([
	'see',
	'saw',
	'seen',
	'watch',
	'watched',
	'notice',
	'noticed',
	'observe',
	'observed',
	'hear',
	'heard',
	'find',
	'found',
	'spy',
	'spied',
	'caught',
]);

/** The name after a perception verb (past any `can`, `could`): the narrator watches and that person acts. */
function seenByNarrator(words: readonly string[], index: number): string | undefined {
	while (index < words.length && (words[index] === 'can' || words[index] === 'could' || words[index] === 'now' || words[index] === 'then')) {
		index++;
	}
	if (!PERCEPTION_VERBS.has(words[index] ?? '')) {
		return undefined;
	}
	const name = nameAt(words, index + 1);
	return name?.name;
}

/** Words that make a speech verb a relative clause's: `Karen looked at Ivy, who said:`. */
const RELATIVES = new Set(['who', 'which', 'that', 'whom', 'whose']);

/** Where the sentence holding `index` begins, looking back no further than `limit`. */
function sentenceStart(text: string, index: number, limit: number): number {
	for (let at = index - 1; at > limit; at--) {
		const code = text.charCodeAt(at - 1);
		if ((code === 0x2e || code === 0x21 || code === 0x3f) && isBlank(text.charCodeAt(at)) && !(code === 0x2e && endsWithAbbreviation(text, at - 1))) {
			return at;
		}
	}
	return limit;
}

/** Where the sentence after the one starting at `start` begins, or `end`. */
function nextSentence(text: string, start: number, end: number): number {
	for (let index = start; index < end; index++) {
		const code = text.charCodeAt(index);
		if (
			(code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3b) &&
			(index + 1 >= end || isBlank(text.charCodeAt(index + 1))) &&
			!(code === 0x2e && endsWithAbbreviation(text, index))
		) {
			return index + 1;
		}
	}
	return end;
}

/** Words after which a name is a verb's or a preposition's object, not the sentence's subject: `said he to Temple`. */
const OBJECT_BEFORE =
	/(?:^|[\s,(])(?:to|at|with|into|toward|towards|from|upon|on|beside|behind|told|addressing|answering|for)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord|Captain|Aunt|Uncle)\.?\s+)?(\p{Lu}[\p{L}’'-]*)/gu;

/** The names `[start, end)` of `text` shows after an object's preposition or verb; their possessive dropped. */
function objectNames(text: string, start: number, end: number): string[] {
	const names: string[] = [];
	const stretch = text.slice(start, end);
	OBJECT_BEFORE.lastIndex = 0;
	for (let match = OBJECT_BEFORE.exec(stretch); match; match = OBJECT_BEFORE.exec(stretch)) {
		const name = nameAt([match[1]], 0);
		if (name && !names.includes(name.name)) {
			names.push(name.name);
		}
	}
	return names;
}

/** The object names of a turn's narration, between and around its quotes. */
function narrationObjects(
	paragraph: string,
	spans: readonly QuoteSpan[],
	first: number,
	end: number,
	regionStart: number,
	regionEnd: number,
): string[] | undefined {
	const names: string[] = [];
	let cursor = regionStart;
	for (let index = first; index <= end; index++) {
		const stretchEnd = index < end ? spans[index].start : regionEnd;
		if (stretchEnd - cursor > 0) {
			for (const name of objectNames(paragraph, cursor, Math.min(stretchEnd, cursor + MAX_NARRATION))) {
				if (!names.includes(name)) {
					names.push(name);
				}
			}
		}
		cursor = index < end ? spans[index].end : stretchEnd;
	}
	return names.length > 0 ? names : undefined;
}

/** Names the turn's quotes call out to: `“Karen, wait.”` at a quote's start, `“Come here, Mole!”` at its end. */
function vocatives(paragraph: string, spans: readonly QuoteSpan[], first: number, end: number): string[] {
	const names: string[] = [];
	for (let index = first; index < end; index++) {
		const span = spans[index];
		addCalledOut(paragraph, span.start + 1, span.end, ',', names);
		// The comma before the last words, past the quote's own closing punctuation: `"Have one, Pip,"`.
		let words = span.end - 1;
		while (words > span.start && ',.!?…'.includes(paragraph[words - 1])) {
			words--;
		}
		const lastComma = paragraph.lastIndexOf(',', words - 1);
		if (lastComma > span.start) {
			addCalledOut(paragraph, lastComma + 1, span.end, ',!?.…', names);
		}
	}
	return names;
}

/** Adds to `names` the name called out at `start` of a quote ending at `quoteEnd`, when `followedBy` holds the mark after it. */
function addCalledOut(paragraph: string, from: number, quoteEnd: number, followedBy: string, names: string[]): void {
	let start = from;
	while (start < quoteEnd && isBlank(paragraph.charCodeAt(start))) {
		start++;
	}
	// `my dear Rose,`, `Oh, Karen!`: words of address before the name.
	for (let skipped = 0; skipped < 3; skipped++) {
		let wordEnd = start;
		while (wordEnd < quoteEnd && isNameCharacter(paragraph.charCodeAt(wordEnd))) {
			wordEnd++;
		}
		if (wordEnd === start || wordEnd - start > LONGEST_ADDRESS_WORD || !ADDRESS_WORDS.has(paragraph.slice(start, wordEnd).toLowerCase())) {
			break;
		}
		start = wordEnd;
		while (start < quoteEnd && (isBlank(paragraph.charCodeAt(start)) || paragraph.charCodeAt(start) === 0x2c)) {
			start++;
		}
	}
	// A name called out is capitalised, and its words run up to the comma or mark after it:
	// most quotes fail one test or the other before any word is read.
	const code = paragraph.charCodeAt(start);
	if (!(code >= 0x41 && code <= 0x5a) && !(code > 0x7f && isCapitalised(paragraph[start] ?? 'a'))) {
		return;
	}
	let nameEnd = start;
	for (let spaces = 0; nameEnd < quoteEnd && spaces < 3 && nameEnd - start < 40; nameEnd++) {
		const character = paragraph.charCodeAt(nameEnd);
		if (character === 0x20) {
			spaces++;
		} else if (!isNameCharacter(character) && !(character === 0x2e && endsWithAbbreviation(paragraph, nameEnd))) {
			break;
		}
	}
	if (!followedBy.includes(paragraph[nameEnd] ?? '')) {
		return;
	}
	const words = wordsAfter(paragraph, start, quoteEnd, 3);
	const name = nameAt(words, 0);
	if (!name || name.next !== words.length) {
		return;
	}
	let after = paragraph.indexOf(words[words.length - 1], start) + words[words.length - 1].length;
	// `Morning, Mrs Ogle ... a letter for you!`: a space may stand before the mark.
	while (after < quoteEnd && paragraph.charCodeAt(after) === 0x20) {
		after++;
	}
	if (followedBy.includes(paragraph[after] ?? '') && !names.includes(name.name)) {
		names.push(name.name);
	}
}

/** Space, or speech punctuation left outside the marks: `"Yes", said Karen`, `"Yes"—said Karen`. */
function isLeadIn(code: number): boolean {
	return isBlank(code) || code === 0x2c || code === 0x2014 || code === 0x2d;
}

function isBlank(code: number): boolean {
	return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0xa0;
}

/** Words that come before a name called out: `my dear Rose`, `oh, Karen`. */
const ADDRESS_WORDS = new Set(['my', 'dear', 'dearest', 'oh', 'o', 'ah', 'poor', 'good', 'old', 'darling']);
/** Longer words are not read out of the quote to be looked up. */
const LONGEST_ADDRESS_WORD = Math.max(...[...ADDRESS_WORDS].map(word => word.length));

/** A character of a word at `index`: a hyphen inside `Mary-Jane`, but not the double hyphen of `more--I said`. */
function isWordCharacter(text: string, index: number): boolean {
	const code = text.charCodeAt(index);
	return isNameCharacter(code) && !(code === 0x2d && (text.charCodeAt(index + 1) === 0x2d || text.charCodeAt(index - 1) === 0x2d));
}

/** Letters, digits and the apostrophes and hyphens inside a name: O’Brien, Mary-Jane. */
function isNameCharacter(code: number): boolean {
	if (code < 0x80) {
		return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x27 || code === 0x2d;
	}
	return (
		code === 0x2019 ||
		(code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && code < 0x2000) ||
		(code >= 0x3040 && code < 0xd800) ||
		(code >= 0xf900 && code < 0xfe00)
	);
}

/**
 * The person a narration paragraph opens on (`Ogden made further researches in the candy box.`),
 * who often speaks next. Read only from a paragraph's first words.
 */
export function openingSubject(paragraph: string): string | undefined {
	return subjectOpening(paragraph, 0, paragraph.length)?.name;
}

/** Capitalised words a name may follow at a sentence's start: `Old Cotter laughed`. */
const EPITHET_OPENERS = new Set(['old', 'young', 'little', 'poor', 'dear', 'good', 'big']);

/**
 * The subject of the sentence starting at `start`, as sentenceSubject reads it. Most sentences open on
 * `The`, `It`, `But`: their first word settles it without reading the rest.
 */
function subjectOpening(text: string, start: number, end: number): SpeakerCue | undefined {
	let index = start;
	while (index < end && (isBlank(text.charCodeAt(index)) || text[index] === ',' || text[index] === '—' || text[index] === '-')) {
		index++;
	}
	const code = text.charCodeAt(index);
	// `…; whereupon Mrs. Griffin spoke`: after a semicolon a clause opens in lower case.
	const lowerOpener = code >= 0x61 && code <= 0x7a && text.charCodeAt(index - 2) === 0x3b;
	if (!(code >= 0x41 && code <= 0x5a) && !(code > 0x7f && isCapitalised(text[index] ?? 'a')) && !lowerOpener) {
		return undefined;
	}
	let wordEnd = index + 1;
	while (wordEnd < end && wordEnd - index < 16 && isWordCharacter(text, wordEnd)) {
		wordEnd++;
	}
	const first = text.slice(index, wordEnd);
	const lower = first.toLowerCase();
	if (
		!mayBeName(first) &&
		!PRONOUNS.has(lower) &&
		!HONORIFICS.has(lower) &&
		!SENTENCE_OPENERS.has(lower) &&
		!EPITHET_OPENERS.has(lower) &&
		!(first === 'The' && titleFollows(text, wordEnd, end))
	) {
		return undefined;
	}
	const words = wordsAfter(text, index, end, 5);
	return sentenceSubject(words) ?? subjectBeforeAside(text, index, end, words);
}

/** True when a title noun (`doctor`, `captain`) is the word after `index`: `The doctor frowned.` */
function titleFollows(text: string, index: number, end: number): boolean {
	let start = index;
	while (start < end && isBlank(text.charCodeAt(start))) {
		start++;
	}
	let wordEnd = start;
	while (wordEnd < end && wordEnd - start < 12 && isWordCharacter(text, wordEnd)) {
		wordEnd++;
	}
	return wordEnd > start && TITLE_NOUNS.has(text.slice(start, wordEnd));
}

/** The longest aside, in characters, between a subject and its verb: `Pell, a little stung by the remark, turned`. */
const ASIDE_CHARS = 90;

/**
 * `Mrs. Pell, however, spoke.`, `Pell, a little stung, turned`: a name that stands alone before
 * a comma, an aside that names no one else, and a lower-case word after it. `Karen, Ivy and Bob left` is a list.
 */
function subjectBeforeAside(text: string, index: number, end: number, words: readonly string[]): SpeakerCue | undefined {
	const name = words.length > 0 && words.length <= 3 ? nameAt(words, 0) : undefined;
	if (!name || name.next !== words.length) {
		return undefined;
	}
	const last = words[words.length - 1];
	const comma = text.indexOf(last, index) + last.length;
	if (text[comma] !== ',') {
		return undefined;
	}
	const limit = Math.min(end, comma + ASIDE_CHARS);
	for (let at = comma + 1; at < limit; at++) {
		const character = text[at];
		if (character === '.' || character === '!' || character === '?' || character === ';' || character === ':' || character === '"' || character === '“') {
			return undefined;
		}
		if (isCapitalised(character) && isBlank(text.charCodeAt(at - 1))) {
			// Another name inside the aside: a list, or someone else's clause.
			return undefined;
		}
		if (character === ',') {
			const after = wordsAfter(text, at + 1, end, 1)[0];
			return after !== undefined && !isCapitalised(after) && !NOT_VERBS.has(after) && !RELATIVES.has(after) && !PRONOUNS.has(after) && !DETERMINERS.has(after)
				? { name: name.name }
				: undefined;
		}
	}
	return undefined;
}

/** Each speaker's lines, in order; quotes nobody is known to speak are left out. */
export function linesBySpeaker(dialogue: readonly DialogueSpan[]): Map<string, DialogueSpan[]> {
	const lines = new Map<string, DialogueSpan[]>();
	for (const span of dialogue) {
		if (span.speaker !== undefined) {
			let spoken = lines.get(span.speaker);
			if (!spoken) {
				spoken = [];
				lines.set(span.speaker, spoken);
			}
			spoken.push(span);
		}
	}
	return lines;
}
