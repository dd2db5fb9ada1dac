// Long lead-ins a speech tag reaches past: a subject an aside keeps from its verb (`Margery, who had been
// listening in cold silence, said:`), a sentence of its own that opens the speech (`Mr. Pell began.`), and
// a description opening the sentence of a speech verb (`A tall man in black stood up and said:`).

import { ADVERBS_OF_TIME, AFTER_DESCRIPTION, AUXILIARIES, isPastVerb, NOT_VERBS, OBJECT_MARKERS, RELATIVES } from '../lexicon/speechTagWords';
import { SpeakerCue } from './types';
import { FUNCTION_WORDS } from '../lexicon/functionWords';
import { isSpace } from '../text/characters';
import { bare, description, isAdverb, isCapitalised, mayBeName, nameAt } from '../lexicon/speakerNames';
import { BEFORE_ASIDE_SUBJECT } from '../lexicon/clauseOpeners';
import { SPEAKER_TITLES } from '../lexicon/honorifics';
import { DETERMINERS } from '../lexicon/determiners';
import { PRONOUNS } from '../lexicon/pronouns';
import { isSpeechVerb } from '../lexicon/speechVerbs';
import { wordsAfter, wordsBefore } from './wordWindows';
import { describesNoOne } from '../lexicon/roleWords';

/** How far back a long lead-in is read for the subject before its aside: `Margery, who had been listening all the while in cold silence, said:`. */
const ASIDE_WORDS = 30;
const ASIDE_CHARS = 260;

/**
 * The subject of a speech verb that an aside set off by commas keeps from it: `Margery, who had been
 * listening in cold silence, said:`, `Lydia, always unguarded, boisterously exclaimed,`, `At last the
 * Mole, after a long pause, said,`. The nearest name or description before a comma and a lower-case aside.
 */
export function asideSubject(
	paragraph: string,
	start: number,
	limit: number,
	near: readonly string[],
	nearCommas: readonly boolean[],
	verb: number,
): SpeakerCue | undefined {
	let index = verb + 1;
	while (index < near.length && index <= verb + 4 && (AUXILIARIES.has(near[index].toLowerCase()) || isAdverb(near[index]))) {
		index++;
	}
	// `the Water Rat, who said`: the relative's own word.
	if (near[index] === 'who' && nearCommas[index + 1]) {
		return index + 1 < near.length ? subjectEndingAt(near, index + 1)?.cue : undefined;
	}
	// The aside ends on a comma right before the verb (and its adverbs); most lead-ins have none.
	if (index >= near.length || !nearCommas[index]) {
		return undefined;
	}
	const { words: reversed, commaAfter } = wordsBefore(paragraph, start, limit, ASIDE_WORDS, ASIDE_CHARS);
	for (let end = index + 1; end < reversed.length; end++) {
		// An aside opens on a lower-case word after the subject's comma: `who`, `after`, `always`, `drawing`.
		if (!commaAfter[end] || isCapitalised(reversed[end - 1])) {
			continue;
		}
		const subject = subjectEndingAt(reversed, end);
		if (subject === undefined) {
			continue;
		}
		const before = reversed[subject.first + 1]?.toLowerCase();
		// `to Bob, who, reading it, said` is Bob's; `to Bob, after a pause, said` is nobody's clause.
		const opens =
			before === undefined ||
			BEFORE_ASIDE_SUBJECT.has(before) ||
			(FUNCTION_WORDS.has(before) && !OBJECT_MARKERS.has(before) && !NOT_VERBS.has(before)) ||
			commaAfter[subject.first + 1] ||
			// `Margery, who had been listening`; but `in a manner, which spoke restraint,` is no one.
			(RELATIVES.has(reversed[end - 1]) && reversed[end - 1] !== 'which');
		return opens ? subject.cue : undefined;
	}
	return undefined;
}

/** The name, pronoun or description (`the old man`) whose last word is `reversed[end]`, and the index of its first word. */
function subjectEndingAt(reversed: readonly string[], end: number): { cue: SpeakerCue; first: number } | undefined {
	const lower = reversed[end].toLowerCase();
	if (PRONOUNS.has(lower)) {
		return { cue: { pronoun: lower }, first: end };
	}
	let first = end;
	while (first + 1 < reversed.length && first - end < 3 && (mayBeName(reversed[first + 1]) || SPEAKER_TITLES.has(bare(reversed[first + 1])))) {
		first++;
	}
	const words = reversed.slice(end, first + 1).reverse();
	const name = nameAt(words, 0);
	if (name && name.next === words.length) {
		// `the Mole`: the article goes with the name.
		return { cue: { name: name.name }, first: reversed[first + 1]?.toLowerCase() === 'the' ? first + 1 : first };
	}
	// `the old man`, `his wife`.
	for (let determiner = end + 1; determiner < reversed.length && determiner - end <= 2; determiner++) {
		if (DETERMINERS.has(reversed[determiner].toLowerCase())) {
			return { cue: { name: description(reversed.slice(end, determiner + 1).reverse(), 0, determiner - end + 1) }, first: determiner };
		}
	}
	return undefined;
}

function isLetter(code: number): boolean {
	return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

/** Verbs that end a sentence of their own before the speech they open or carry on: `Mr. Pell began.` */
const OPENING_VERBS: ReadonlySet<string> = new Set(['began', 'begun', 'continued', 'proceeded', 'resumed', 'spoke']);

/**
 * `Sir Walter thus began. "…"`, `Mrs. Pell began again.`, `Mr. Pell continued.`: a sentence that ends on
 * a verb of opening or carrying on speech gives its subject to the quote after it.
 */
export function openingSentence(paragraph: string, start: number, limit: number): SpeakerCue | undefined {
	let end = start;
	while (end > limit && (isSpace(paragraph.charCodeAt(end - 1)) || paragraph[end - 1] === '-' || paragraph[end - 1] === '—')) {
		end--;
	}
	if (paragraph[end - 1] !== '.') {
		return undefined;
	}
	// Most sentences end on some other word: reading the last word alone settles them.
	let wordStart = end - 1;
	while (wordStart > limit && end - 1 - wordStart <= 9 && isLetter(paragraph.charCodeAt(wordStart - 1))) {
		wordStart--;
	}
	const lastWord = paragraph.slice(wordStart, end - 1);
	if (lastWord !== 'again' && !OPENING_VERBS.has(lastWord)) {
		return undefined;
	}
	const { words: reversed } = wordsBefore(paragraph, end - 1, limit);
	const verb = reversed[0] === 'again' ? 1 : 0;
	if (!OPENING_VERBS.has(reversed[verb] ?? '')) {
		return undefined;
	}
	// `thus began`
	const at = reversed[verb + 1] === 'thus' ? verb + 2 : verb + 1;
	const subject = at < reversed.length ? subjectEndingAt(reversed, at)?.cue : undefined;
	// `At length, she spoke again.`: a he or a she, as a speech verb's would be.
	return subject?.name !== undefined || subject?.pronoun === 'he' || subject?.pronoun === 'she' ? subject : undefined;
}

/**
 * A description opening the sentence of a speech verb, up to its own verb: `The eldest of the goats raised
 * her head and said,`, `A tall man in black stood up and said:`. Read only when no name or pronoun leads in.
 */
export function descriptionOpening(text: string, start: number, end: number): SpeakerCue | undefined {
	let index = start;
	while (index < end && isSpace(text.charCodeAt(index))) {
		index++;
	}
	const words = wordsAfter(text, index, end, 7);
	if (words.length < 3 || !isCapitalised(words[0]) || !DETERMINERS.has(words[0].toLowerCase())) {
		return undefined;
	}
	// `The Dormouse again took…`: the description ends before an adverb between it and its verb.
	let phraseEnd: number | undefined;
	for (let verb = 2; verb < words.length; verb++) {
		const word = words[verb];
		if (isPastVerb(word) && words[verb - 1] !== 'the') {
			const end = phraseEnd ?? verb;
			// `The Water Rat` is the creature's name; `the old sailor` stays a description, someone unnamed.
			const named = words.slice(1, end).every(isCapitalised);
			const described = named ? description(words, 0, end) : [words[0].toLowerCase(), ...words.slice(1, end)].join(' ');
			return describesNoOne(described) ? undefined : { name: described };
		}
		if (phraseEnd === undefined && (isAdverb(word) || ADVERBS_OF_TIME.has(word) || AFTER_DESCRIPTION.has(word))) {
			phraseEnd = verb;
		}
		// `of the goats`, `in black`: the noun phrase may carry a short prepositional tail.
		if ((NOT_VERBS.has(word) && word !== 'of' && word !== 'in' && word !== 'the' && word !== 'a') || isSpeechVerb(word)) {
			return undefined;
		}
	}
	return undefined;
}
