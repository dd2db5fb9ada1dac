// What the prose right beside each of a turn's quotes says of who speaks it: the tag after the quote or
// before it, a quote that goes on after a name's tag (`said Miss Daisy. "What do you mean?"`), and who
// `the former` or `the latter` is among the people the narration named before it.

import { QuoteSpan } from '../dialogue/types';
import { isAdverb, mayBeName } from '../lexicon/speakerNames';
import { EVERYDAY_TITLE_PATTERN, honorificKey } from '../lexicon/honorifics';
import { isReportingVerb, isSpeechVerb } from '../lexicon/speechVerbs';
import { TurnWindow, SpeakerCue } from './types';
import { cueAfter, cueBefore } from './speechTags';
import { wordsAfter } from './wordWindows';

/** What the prose right beside each of the window's quotes says, reading no further than the window. */
export function quoteCues({ paragraph, spans, first, end, regionStart, regionEnd }: TurnWindow): (SpeakerCue | undefined)[] {
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
