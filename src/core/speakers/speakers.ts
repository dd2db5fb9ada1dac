// Decides what a paragraph's prose says about who speaks its quotes: `"…," said Karen.`,
// `Ivy asked, "…"`, `"…" Karen had said`, `Karen: "…"`. A pronoun (`she said`) names nobody unless
// the paragraph's narration names exactly one person, but still marks a turn. Reads a few words either
// side of each quote, by hand rather than by regular expression, because it runs on every quoted
// paragraph; what the turns add up to across paragraphs is turnTaking.ts's business.

import { QuoteSpan } from '../dialogue/types';
import { isAdverb, isDescription, mayBeName, mayBeOnePerson } from '../lexicon/speakerNames';
import { genderOfWords } from '../lexicon/genderWords';
import { EVERYDAY_TITLE_PATTERN, honorificKey } from '../lexicon/honorifics';
import { INDEFINITES } from '../lexicon/pronouns';
import { isReportingVerb, isSpeechVerb } from '../lexicon/speechVerbs';
import { LeadIn, ParagraphSpeakers, ParagraphTurn, SpeakerTie, TurnWindow, SpeakerCue } from './types';
import { narratedLength, narrationObjects, narrationSubject, nextSentence, objectNames, MAX_NARRATION } from './narration';
import { cueAfter, cueBefore } from './speechTags';
import { openingSentence } from './leadIns';
import { wordsAfter } from './wordWindows';
import { isSpace, isNameCharacter } from '../text/characters';
import { vocatives } from './vocatives';
import { selfName } from './selfNames';
import { quoteKinds } from './quoteKinds';
import { followsOnNextLine, longestLineOf, opensParagraph } from '../structure/lineLayout';

const NO_QUOTES: readonly QuoteSpan[] = [];

/** A window of narration alone, `[start, end)` of `paragraph`, with no quotes in it. */
function narrationOnly(paragraph: string, start: number, end: number): TurnWindow {
	return { paragraph, spans: NO_QUOTES, first: 0, end: 0, regionStart: start, regionEnd: end };
}

export const NO_SPEAKERS: ParagraphSpeakers = Object.freeze({ turns: [] });

/**
 * What a quoteless paragraph says about the speech after it: `My uncle saw me and said to me:`, `Then
 * she said:--`, `As they went out, Charlotte said,`, `Then Mr. Pell began.`. Only a paragraph that ends on a colon, on a
 * speech verb's clause and a comma, or on a verb that opens speech leads in; the rest cost one look at their end.
 */
export function leadInSpeakers(paragraph: string): ParagraphSpeakers {
	let end = paragraph.length;
	while (end > 0 && (isSpace(paragraph.charCodeAt(end - 1)) || paragraph[end - 1] === '-' || paragraph[end - 1] === '—')) {
		end--;
	}
	const comma = paragraph[end - 1] === ',';
	if (paragraph[end - 1] !== ':' && !comma) {
		// `…as soon as they were gone Mr. Pell began.`
		const opening = paragraph[end - 1] === '.' ? openingSentence(paragraph, end, Math.max(0, end - MAX_NARRATION)) : undefined;
		return opening?.name !== undefined ? { turns: [], leadIn: { speaker: opening.name } } : continuingPronoun(paragraph, end);
	}
	const cue = cueBefore(paragraph, end, Math.max(0, end - MAX_NARRATION), comma);
	// `he turned to his partner, and said,` is left to the exchange: a long paragraph's subjects are no guide to its `he`.
	if (cue === undefined || (comma && cue.name === undefined)) {
		if (!comma) {
			return NO_SPEAKERS;
		}
		const continuing = continuingPronoun(paragraph, end);
		// `He said nothing, and she continued,`: whoever she is, the line after it is a she's.
		return cue?.pronoun === 'he' || cue?.pronoun === 'she' ? { turns: [], leadIn: { ...continuing.leadIn, pronoun: cue.pronoun } } : continuing;
	}
	const leadIn = cueLeadIn(paragraph, 0, end, cue);
	return leadIn !== undefined ? { turns: [], leadIn } : NO_SPEAKERS;
}

/** What the cue of a speech verb closing the narration `[from, end)` hands the next paragraph's speech to. */
function cueLeadIn(paragraph: string, from: number, end: number, cue: SpeakerCue): LeadIn | undefined {
	if (cue.name !== undefined) {
		return { speaker: cue.name };
	}
	if (cue.pronoun === 'i') {
		return { narrator: true };
	}
	if (cue.pronoun === 'he' || cue.pronoun === 'she') {
		const start = end - from > MAX_NARRATION ? nextSentence(paragraph, end - MAX_NARRATION, end) : from;
		const objects = objectNames(paragraph, start, end);
		// `Buck Mulligan wiped the razorblade. Then, gazing over the handkerchief, he said:`
		const subject = narrationSubject(narrationOnly(paragraph, start, end), true)?.name;
		return {
			pronoun: cue.pronoun,
			speaker: subject !== undefined && !objects.includes(subject) ? subject : undefined,
			objects: objects.length > 0 ? objects : undefined,
		};
	}
	return undefined;
}

/**
 * `"Come here," she said, and took her out. … Mrs. Pell half opened the door and called out,`: narration
 * after a paragraph's last quote that ends on a speech verb's clause leads into the next paragraph's
 * speech, as a paragraph of narration alone would.
 */
function trailingLeadIn(paragraph: string, spans: readonly QuoteSpan[]): LeadIn | undefined {
	let end = paragraph.length;
	while (end > 0 && (isSpace(paragraph.charCodeAt(end - 1)) || paragraph[end - 1] === '-' || paragraph[end - 1] === '—')) {
		end--;
	}
	const from = spans[spans.length - 1].end;
	const comma = paragraph[end - 1] === ',';
	// Most paragraphs with speech end on their last quote, or on a sentence's end.
	if (end - from < MIN_BEAT || (!comma && paragraph[end - 1] !== ':')) {
		return undefined;
	}
	const cue = cueBefore(paragraph, end, Math.max(from, end - MAX_NARRATION), comma);
	return cue === undefined || (comma && cue.name === undefined) ? undefined : cueLeadIn(paragraph, from, end, cue);
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
	while (first < end && isSpace(paragraph.charCodeAt(first))) {
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
		const cues = quoteCues({ paragraph, spans, first, end, regionStart: lineStart, regionEnd: lineEnd });
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
			const turn = readTurn({ paragraph, spans, first: pieceStart, end: index, regionStart, regionEnd }, own);
			turns.push(turn);
			for (let quote = pieceStart; quote < index; quote++) {
				const name = own[quote - pieceStart]?.name;
				if (name !== undefined && name !== turn.speaker && !describesTheSpeaker(paragraph, spans[quote], name, turn.speaker)) {
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
	const leadIn = trailingLeadIn(paragraph, spans);
	return quoteSpeakers || kinds || leadIn ? { turns, quoteSpeakers, kinds, leadIn } : { turns };
}

/**
 * `"I told you," replied Nancy, "that I was afraid. I do not know why," said the girl, "but…"`: a quote
 * that goes on with the sentence before it (it opens in lower case) is still the named speaker's, and
 * a description its own tag gives (`the girl`) is that speaker described, not someone else.
 */
function describesTheSpeaker(paragraph: string, span: QuoteSpan, name: string, speaker: string | undefined): boolean {
	if (speaker === undefined || !isDescription(name) || isDescription(speaker)) {
		return false;
	}
	let index = span.start;
	while (index < span.end && !isNameCharacter(paragraph.charCodeAt(index))) {
		index++;
	}
	const letter = paragraph[index] ?? '';
	return letter !== letter.toUpperCase();
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
	const stepping = narrationSubject(narrationOnly(paragraph, endsSentence ? gapStart : nextSentence(paragraph, gapStart, gapEnd), gapEnd), true)?.name;
	if (stepping === undefined) {
		return false;
	}
	const speaking =
		pieceCue !== undefined
			? pieceCue.name
			: narrationSubject({ paragraph, spans, first: pieceStart, end: pieceStart, regionStart: pieceRegionStart, regionEnd: spans[pieceStart].start })?.name;
	return speaking !== undefined && !mayBeOnePerson(stepping, speaking);
}

/** Fewer characters than this between two quotes hold no sentence of narration. */
const MIN_BEAT = 12;

/** What the prose right beside each of the window's quotes says, reading no further than the window. */
function quoteCues({ paragraph, spans, first, end, regionStart, regionEnd }: TurnWindow): (SpeakerCue | undefined)[] {
	const own: (SpeakerCue | undefined)[] = [];
	for (let index = first; index < end; index++) {
		const nextStart = index + 1 < end ? spans[index + 1].start : regionEnd;
		const previousEnd = index > first ? spans[index - 1].end : regionStart;
		const after = goesOnAfterTag(paragraph, spans, index, first, own) ? undefined : cueAfter(paragraph, spans[index].end, nextStart);
		// `The old man said, "Go." He spoke no more.`: the name before outweighs the pronoun after.
		const before = after === undefined || after.name === undefined ? cueBefore(paragraph, spans[index].start, previousEnd) : undefined;
		const cue = after === undefined || before?.name !== undefined ? (before ?? after) : after;
		const which = cue?.name;
		own.push(which === 'the former' || which === 'the latter' ? { name: oneOfTwo(paragraph, regionStart, spans[index].start, which) ?? which } : cue);
	}
	return own;
}

/** Fewer characters than this between two quotes hold only the first one's tag: `said Miss Daisy.`. */
const TAG_CHARS = 40;

/**
 * `"…!" said Miss Daisy. "What do you mean?" The young man admitted that…`: a quote that goes on right
 * after a name's inverted tag and ends its sentence is that name's, and a sentence after it that opens
 * on someone else (`The young man admitted`, `The poor little thing sobbed`) is narration, not its tag.
 */
function goesOnAfterTag(paragraph: string, spans: readonly QuoteSpan[], index: number, first: number, own: readonly (SpeakerCue | undefined)[]): boolean {
	if (index === first || own[index - first - 1]?.name === undefined || spans[index].start - spans[index - 1].end > TAG_CHARS) {
		return false;
	}
	const tag = wordsAfter(paragraph, spans[index - 1].end, spans[index].start, 1)[0];
	if (tag === undefined || !isReportingVerb(tag)) {
		return false;
	}
	const last = paragraph[spans[index].end - 2] ?? '';
	if (!'.!?'.includes(last)) {
		return false;
	}
	// `"Never!" Bob cried.` is a tag still: its clause ends at the verb, or at an adverb after it.
	const words = wordsAfter(paragraph, spans[index].end, paragraph.length);
	const verb = words.findIndex(isSpeechVerb);
	return verb > 0 && verb + 1 < words.length && !isAdverb(words[verb + 1]);
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

/** A name of a person in narration: a title and capitalised words, or capitalised words the first of which may be a name. */
const NARRATED_NAME = new RegExp(`(?:(?:${EVERYDAY_TITLE_PATTERN})\\.?\\s+)?\\p{Lu}[\\p{Ll}’'-]+(?:\\s+\\p{Lu}[\\p{Ll}’'-]+)*`, 'gu');

/**
 * Who `the former` or `the latter` is when the narration before the quote names two people
 * (`Elizabeth considered it certain, and Miss Bennet could not think it impossible; the former went on,`):
 * the first or the second of the last two it names. Undefined when it names fewer.
 */
function oneOfTwo(paragraph: string, start: number, end: number, which: string): string | undefined {
	const narration = paragraph.slice(start, end);
	const names: string[] = [];
	let lastEnd = 0;
	for (const match of narration.matchAll(NARRATED_NAME)) {
		let name = match[0];
		const firstWord = name.split(/\s/)[0];
		const titled = honorificKey(firstWord) !== undefined;
		if (!titled && !mayBeName(firstWord)) {
			// `As Teodor…`: a word that opens the sentence before the name.
			name = name.slice(firstWord.length).trimStart();
		}
		if (name !== '' && names[names.length - 1] !== name) {
			names.push(name);
			lastEnd = match.index + match[0].length;
		}
	}
	// `as Sydney Carton and the spy returned`: the two are the last name and the one described after it.
	if (names.length > 0 && DESCRIBED_SECOND.test(narration.slice(lastEnd))) {
		return which === 'the former' ? names[names.length - 1] : undefined;
	}
	if (names.length < 2) {
		return undefined;
	}
	return which === 'the former' ? names[names.length - 2] : names[names.length - 1];
}

/** `and the spy` right after a name. */
const DESCRIBED_SECOND = /^\s+and\s+(?:the|a|an|his|her|their)\s/;

/** One turn's reading: the window's quotes, with each quote's own cue. */
function readTurn(window: TurnWindow, own: readonly (SpeakerCue | undefined)[]): ParagraphTurn {
	const { paragraph, spans, first, end, regionStart, regionEnd } = window;
	let addressed = vocatives(window);
	const cueIndex = own.findIndex(candidate => candidate !== undefined);
	const cue = own[cueIndex];
	let speaker = cue?.name;
	let tie: SpeakerTie | undefined = speaker !== undefined ? 'verb' : undefined;
	// `"Pip," she said. "Everybody calls me Pip."`: the speaker's own name, and no one called out.
	const named = speaker === undefined ? selfName(window) : undefined;
	if (named !== undefined) {
		speaker = named;
		tie = 'verb';
		addressed = addressed.filter(name => !mayBeOnePerson(name, named));
	}
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
			narrationSubject({ paragraph, spans, first, end: pointsBack, regionStart, regionEnd: stretchEnd }, pronoun !== undefined) ??
			(pointsBack > first &&
			spans[first].start - regionStart <= MAX_NARRATION &&
			narratedLength({ paragraph, spans, first, end: pointsBack, regionStart, regionEnd: stretchEnd }) > MAX_NARRATION
				? narrationSubject({ paragraph, spans, first, end: first, regionStart, regionEnd: spans[first].start }, true)
				: undefined);
		// `Mrs Pike laughed. "…," he said.`: a pronoun never means someone whose title says otherwise.
		const fits = (name: string) => !((pronoun === 'he' || pronoun === 'she') && genderOfWords(name) === (pronoun === 'he' ? 'she' : 'he'));
		const subjectName = subject?.name !== undefined && !fits(subject.name) ? subject.earlier?.find(fits) : subject?.name;
		if (subjectName !== undefined && !addressed.some(name => mayBeOnePerson(name, subjectName))) {
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
		foreign: cue?.foreign,
		addressed: addressed.length > 0 ? addressed : undefined,
		objects: speaker === undefined && turnPronoun !== undefined ? narrationObjects(window) : undefined,
		earlier,
	};
	if (speaker === undefined && turnPronoun !== undefined && spans[first].start - regionStart >= MIN_BEAT) {
		return { ...turn, narratedBefore: true };
	}
	return turn;
}
