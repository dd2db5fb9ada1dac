// Tells a paragraph's speech from its thought and its writing: `"…" thought Edith` and `she wondered, "…"`
// are thought; `the note ran: "…"` and `"…" read the sign` are writing; the rest is speech. A quote that
// carries on a thought or a writing with no tag of its own (`"Odd," thought Edith. "Very odd."`) is the same.
// Thought and writing take no turn in a conversation and are no character's lines.

import { QuoteSpan, DialogueKind } from '../dialogue/types';
import { isThoughtVerb, isWritingVerb, isWrittenNoun, mayHoldQuoteKindWord, WRITING_ALONE } from '../lexicon/quoteKindWords';
import { bare, isCapitalised, nameAt } from '../lexicon/speakerNames';
import { SPEAKER_TITLES } from '../lexicon/honorifics';
import { DETERMINERS } from '../lexicon/determiners';
import { PRONOUNS } from '../lexicon/pronouns';
import { isSpeechVerb } from '../lexicon/speechVerbs';
import { QuoteKinds } from './types';

/** How far either side of a quote its tag is looked for. */
const TAG_CHARS = 60;
const WORD = /[\p{L}\p{M}’'-]+|[.!?;]/gu;

/** Undefined when every quote is speech, as nearly every paragraph's are. */
export function quoteKinds(paragraph: string, spans: readonly QuoteSpan[]): QuoteKinds | undefined {
	let kinds: DialogueKind[] | undefined;
	let thinkers: (string | undefined)[] | undefined;
	// `He took the telegram out… "Go at once," it said.`: the `it` is the written thing the narration named,
	// looked for only once a quote is tagged `it said`.
	let writingNamed: boolean | undefined;
	for (let index = 0; index < spans.length; index++) {
		const previousEnd = index > 0 ? spans[index - 1].end : 0;
		const nextStart = index + 1 < spans.length ? spans[index + 1].start : paragraph.length;
		const textBefore = paragraph.slice(Math.max(previousEnd, spans[index].start - TAG_CHARS), spans[index].start);
		const textAfter = paragraph.slice(spans[index].end, Math.min(nextStart, spans[index].end + TAG_CHARS));
		// With no word of thinking or writing either side, and no thought or writing to carry on, the quote
		// is speech: most quotes are, and their tags need not be read into words.
		const carriesOn = index > 0 && kinds !== undefined && kinds[index - 1] !== 'speech';
		const itTagged = IT_TAG.test(textAfter) && (writingNamed ??= namesWrittenThing(paragraph.slice(0, spans[0].start)));
		if (!carriesOn && !itTagged && !mayHoldQuoteKindWord(textBefore) && !mayHoldQuoteKindWord(textAfter)) {
			continue;
		}
		const before = sentenceTail(textBefore);
		const after = sentenceHead(textAfter);
		let kind = (itTagged ? writtenItTag(after) : undefined) ?? tagAfter(after) ?? tagBefore(before);
		if (kind === undefined && index > 0 && kinds !== undefined && kinds[index - 1] !== 'speech' && !speechTag(before, after)) {
			kind = kinds[index - 1];
		}
		if (kind === undefined || kind === 'speech') {
			continue;
		}
		kinds ??= new Array<DialogueKind>(spans.length).fill('speech');
		thinkers ??= new Array<string | undefined>(spans.length).fill(undefined);
		kinds[index] = kind;
		thinkers[index] = kind === 'thought' ? (thinkerAfter(after) ?? thinkerBefore(before) ?? (index > 0 ? thinkers[index - 1] : undefined)) : undefined;
	}
	return kinds && thinkers ? { kinds, thinkers } : undefined;
}

/** The words after a quote, up to the end of the sentence they start. */
function sentenceHead(text: string): string[] {
	const words: string[] = [];
	for (const [word] of text.matchAll(WORD)) {
		if (endsSentence(word, words)) {
			break;
		}
		if (word !== '.') {
			words.push(word);
		}
	}
	return words;
}

/** The words before a quote, back to the start of their sentence. */
function sentenceTail(text: string): string[] {
	const words: string[] = [];
	for (const [word] of text.matchAll(WORD)) {
		if (endsSentence(word, words)) {
			words.length = 0;
		} else if (word !== '.') {
			words.push(word);
		}
	}
	return words;
}

/** A stop that ends a sentence; not the point of `Mrs.` or `Dr.`. */
function endsSentence(mark: string, words: readonly string[]): boolean {
	return mark.length === 1 && '.!?;'.includes(mark) && !(mark === '.' && SPEAKER_TITLES.has(bare(words[words.length - 1] ?? '')));
}

/** `thought Edith`, `she thought`, `Edith thought to herself`; `read the sign`, `said the card`, `the note said`. */
function tagAfter(words: readonly string[]): DialogueKind | undefined {
	if (writtenThingAt(words, 0)) {
		// `"…," the letter began.`: the written thing is the subject of the verb after it.
		const noun = isWrittenNoun(words[1]) ? 1 : 2;
		if (givesWrittenWords(words[noun + 1] ?? '')) {
			return 'written';
		}
	}
	for (let index = 0; index < words.length && index <= 2; index++) {
		const word = words[index];
		// `thought Edith`, `she thought`, `Mrs Aldous thought`; not `(when she thought it over)`.
		// Nor `he thought he heard the Jew say`: what follows is what was heard.
		const subject = index === 0 || (index === 1 && PRONOUNS.has(words[0].toLowerCase())) || nameAt(words, 0)?.next === index;
		const clause = index > 0 && (PRONOUNS.has(words[index + 1]?.toLowerCase() ?? '') || words[index + 1] === 'that');
		if (isThoughtVerb(word) && subject && !clause) {
			return 'thought';
		}
		// `"…" she wrote.`, `[wrote Anne]`: a letter's words, whoever wrote them.
		if (WRITING_ALONE.has(word.toLowerCase()) && subject) {
			return 'written';
		}
		if ((isWritingVerb(word) || isSpeechVerb(word)) && writtenThingAt(words, index + 1)) {
			return 'written';
		}
		if (isSpeechVerb(word)) {
			return 'speech';
		}
	}
	return undefined;
}

/** `She thought, "…"`, `thought Edith to herself:`; `The note ran:`, `he wrote:`. */
function tagBefore(words: readonly string[]): DialogueKind | undefined {
	let last = words.length - 1;
	if (last >= 2 && words[last - 1] === 'to' && /sel(?:f|ves)$/.test(words[last])) {
		last -= 2;
	}
	// The verb last, or only its subject after it: `thought she`, `thought Mrs Aldous`.
	for (let index = last; index >= 0 && index >= last - 2; index--) {
		if (isThoughtVerb(words[index]) && words.slice(index + 1, last + 1).every(word => isCapitalised(word) || PRONOUNS.has(word))) {
			return 'thought';
		}
	}
	const verb = words[last];
	if (verb === undefined) {
		return undefined;
	}
	if (WRITING_ALONE.has(verb.toLowerCase())) {
		return 'written';
	}
	// `The sign read:`, `the note ran,`, `the telegram said:`: the written thing is the subject.
	if ((isWritingVerb(verb) || isSpeechVerb(verb)) && words.slice(Math.max(0, last - 3), last).some(isWrittenNoun)) {
		return 'written';
	}
	// `under the headline "…"`; but `her words, "…"` are still said.
	return isWrittenNoun(verb) && DETERMINERS.has(words[last - 1]?.toLowerCase() ?? '') ? 'written' : undefined;
}

/** A tag after a quote whose subject is `it`: `," it said`, `: it ran`. */
const IT_TAG = /^[\s,.:;!?—–-]*it\s/iu;

/** `it said`, `it ran`, `it began` after a quote, when `it` can only be the written thing named before. */
function writtenItTag(words: readonly string[]): DialogueKind | undefined {
	return givesWrittenWords(words[1] ?? '') ? 'written' : undefined;
}

/**
 * Whether a paragraph's narration names a written thing after a determiner: `He took the telegram out of his
 * pocket.` Not a verb spelt as one (`did not notice this question`).
 */
function namesWrittenThing(narration: string): boolean {
	if (!mayHoldQuoteKindWord(narration)) {
		return false;
	}
	let previous = '';
	for (const [word] of narration.matchAll(WORD)) {
		if (isWrittenNoun(word) && DETERMINERS.has(previous.toLowerCase())) {
			return true;
		}
		previous = word;
	}
	return false;
}

/** Verbs by which a written thing gives its words in order: `the letter began`, `the note went on`. */
const WRITTEN_OPENINGS: ReadonlySet<string> = new Set(['began', 'begins', 'continued', 'continues', 'went', 'ended', 'ends', 'concluded']);

/** A verb a written thing may be the subject of: `the note said`, `the sign read`, `the letter began`. */
function givesWrittenWords(verb: string): boolean {
	return isWritingVerb(verb) || isSpeechVerb(verb) || WRITTEN_OPENINGS.has(verb);
}

/** `the sign`, `the little card` at `index`. */
function writtenThingAt(words: readonly string[], index: number): boolean {
	if (!DETERMINERS.has(words[index]?.toLowerCase() ?? '')) {
		return false;
	}
	return words.slice(index + 1, index + 3).some(isWrittenNoun);
}

/** A speech verb beside a quote: it is said aloud, whatever came before it. */
function speechTag(before: readonly string[], after: readonly string[]): boolean {
	return after.slice(0, 3).some(isSpeechVerb) || before.slice(-3).some(isSpeechVerb);
}

/** `thought Edith`, `Edith thought`: the named thinker, if the tag names one. */
function thinkerAfter(words: readonly string[]): string | undefined {
	const verb = words.findIndex(isThoughtVerb);
	if (verb < 0 || verb > 2) {
		return undefined;
	}
	return verb === 0 ? nameAt(words, 1)?.name : nameAt(words, 0)?.name;
}

function thinkerBefore(words: readonly string[]): string | undefined {
	let verb = words.length - 1;
	while (verb >= 0 && !isThoughtVerb(words[verb])) {
		verb--;
	}
	if (verb < 0) {
		return undefined;
	}
	const after = nameAt(words, verb + 1);
	if (after !== undefined) {
		return after.name;
	}
	for (let start = Math.max(0, verb - 3); start < verb; start++) {
		const name = nameAt(words, start);
		if (name !== undefined && name.next === verb) {
			return name.name;
		}
	}
	return undefined;
}
