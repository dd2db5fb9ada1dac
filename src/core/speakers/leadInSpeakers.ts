// What a paragraph's closing narration hands the next paragraph's speech to: a quoteless paragraph ending
// `My uncle saw me and said to me:`, `Then Mr. Pell began.` or `Smiling, he set the cup down.`, and the
// narration after a paragraph's last quote that ends on a speech verb's clause (`…and called out,`).

import { QuoteSpan } from '../dialogue/types';
import { isSpeechVerb } from '../lexicon/speechVerbs';
import { LeadIn, ParagraphSpeakers, TurnWindow, SpeakerCue } from './types';
import { narrationSubject, nextSentence, objectNames, MAX_NARRATION } from './narration';
import { cueBefore } from './speechTags';
import { openingSentence } from './leadIns';
import { wordsAfter } from './wordWindows';
import { isSpace, isNameCharacter } from '../text/characters';

const NO_QUOTES: readonly QuoteSpan[] = [];

/** A window of narration alone, `[start, end)` of `paragraph`, with no quotes in it. */
export function narrationOnly(paragraph: string, start: number, end: number): TurnWindow {
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
export function trailingLeadIn(paragraph: string, spans: readonly QuoteSpan[]): LeadIn | undefined {
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

/** Fewer characters than this between two quotes hold no sentence of narration. */
export const MIN_BEAT = 12;
