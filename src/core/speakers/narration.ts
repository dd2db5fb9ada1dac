// Reads the narration around a turn's quotes for the people it shows: the one person its sentences open
// on (`Karen looked up.`, `…; whereupon Mrs. Griffin spoke.`), and those on the receiving end (`said he to
// Temple`), who are not the speaker. Sentence by sentence, a few words at each sentence's start.

import { EPITHETS, isCapitalised, mayBeName, nameAt } from '../lexicon/speakerNames';
import { SPEAKER_TITLES, TITLE_NOUNS, EVERYDAY_TITLE_PATTERN } from '../lexicon/honorifics';
import { DETERMINERS } from '../lexicon/determiners';
import { PRONOUNS } from '../lexicon/pronouns';
import { endsWithAbbreviation } from '../dialogue/abbreviations';
import { isSpace, isWordCharacter } from '../text/characters';
import { NOT_VERBS, PERCEPTION_VERBS, PLURAL_VERBS, RELATIVES, SENTENCE_OPENERS } from '../lexicon/speechTagWords';
import { INTRODUCTORY_CLAUSE_OPENERS } from '../lexicon/clauseOpeners';
import { SpeakerCue, TurnWindow } from './types';
import { wordsAfter } from './wordWindows';

/** How many characters of narration lie around the window's quotes. */
export function narratedLength({ spans, first, end, regionStart, regionEnd }: TurnWindow): number {
	let length = regionEnd - regionStart;
	for (let index = first; index < end; index++) {
		length -= spans[index].end - spans[index].start;
	}
	return length;
}

/**
 * The one person the turn's narration shows as a sentence's subject (`Karen looked up.`,
 * `…; whereupon Mrs. Griffin spoke.`), read at each sentence's start; undefined when it shows none or several.
 * With `latest`, for a pronoun that points back, several give the last of them: in `Stephen sat down. Buck
 * wiped the razor. Then he said:` the `he` is the one the sentence before was about.
 */
export function narrationSubject(window: TurnWindow, latest = false): SpeakerCue | undefined {
	const { paragraph, spans, first, end, regionStart, regionEnd } = window;
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
			const subject = subjectOpening(paragraph, sentence, stretchEnd, true);
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
export function sentenceSubject(words: readonly string[]): SpeakerCue | undefined {
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
	// `Tiresome old fool!`: an epithet after the word shows an adjective, not a subject and its verb; `Women
	// were…` is no one person; `Away they fly` puts its subject after the word.
	if (
		!name ||
		next === undefined ||
		isCapitalised(next) ||
		NOT_VERBS.has(next.toLowerCase()) ||
		EPITHETS.has(next) ||
		(name.name !== undefined && (PLURAL_VERBS.has(next) || PRONOUNS.has(next)))
	) {
		return undefined;
	}
	return name.name !== undefined ? { name: name.name } : { pronoun: lower };
}

/** The name after a perception verb (past any `can`, `could`): the narrator watches and that person acts. */
export function seenByNarrator(words: readonly string[], index: number): string | undefined {
	while (index < words.length && (words[index] === 'can' || words[index] === 'could' || words[index] === 'now' || words[index] === 'then')) {
		index++;
	}
	if (!PERCEPTION_VERBS.has(words[index] ?? '')) {
		return undefined;
	}
	const name = nameAt(words, index + 1);
	return name?.name;
}

/** Where the sentence holding `index` begins, looking back no further than `limit`. */
export function sentenceStart(text: string, index: number, limit: number): number {
	for (let at = index - 1; at > limit; at--) {
		const code = text.charCodeAt(at - 1);
		if ((code === 0x2e || code === 0x21 || code === 0x3f) && isSpace(text.charCodeAt(at)) && !(code === 0x2e && endsWithAbbreviation(text, at - 1))) {
			return at;
		}
	}
	return limit;
}

/** Where the sentence after the one starting at `start` begins, or `end`. */
export function nextSentence(text: string, start: number, end: number): number {
	for (let index = start; index < end; index++) {
		const code = text.charCodeAt(index);
		if (
			(code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3b) &&
			(index + 1 >= end || isSpace(text.charCodeAt(index + 1))) &&
			!(code === 0x2e && endsWithAbbreviation(text, index))
		) {
			return index + 1;
		}
	}
	return end;
}

/** Words after which a name is a verb's or a preposition's object, not the sentence's subject: `said he to Temple`. */
export const OBJECT_BEFORE = new RegExp(
	`(?:^|[\\s,(])(?:to|at|with|into|toward|towards|from|upon|on|beside|behind|told|addressing|answering|for)\\s+(?:(?:${EVERYDAY_TITLE_PATTERN})\\.?\\s+)?(\\p{Lu}[\\p{L}’'-]*)`,
	'gu',
);

/** The names `[start, end)` of `text` shows after an object's preposition or verb; their possessive dropped. */
export function objectNames(text: string, start: number, end: number): string[] {
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
export function narrationObjects({ paragraph, spans, first, end, regionStart, regionEnd }: TurnWindow): string[] | undefined {
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

/**
 * The person a narration paragraph opens on (`Ogden made further researches in the candy box.`),
 * who often speaks next. Read only from a paragraph's first words.
 */
export function openingSubject(paragraph: string): string | undefined {
	return subjectOpening(paragraph, 0, paragraph.length)?.name;
}

/**
 * The subject of the sentence starting at `start`, as sentenceSubject reads it. Most sentences open on
 * `The`, `It`, `But`: their first word settles it without reading the rest.
 */
export function subjectOpening(text: string, start: number, end: number, pastOpeningClause = false): SpeakerCue | undefined {
	let index = start;
	while (index < end && (isSpace(text.charCodeAt(index)) || text[index] === ',' || text[index] === '—' || text[index] === '-')) {
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
		!SPEAKER_TITLES.has(lower) &&
		!SENTENCE_OPENERS.has(lower) &&
		!EPITHETS.has(lower) &&
		!(first === 'The' && titleFollows(text, wordEnd, end))
	) {
		return pastOpeningClause && INTRODUCTORY_CLAUSE_OPENERS.has(lower) ? subjectAfterOpeningClause(text, wordEnd, end) : undefined;
	}
	const words = wordsAfter(text, index, end, 5);
	return sentenceSubject(words) ?? subjectBeforeAside(text, index, end, words);
}

/** True when a title noun (`doctor`, `captain`) is the word after `index`: `The doctor frowned.` */
export function titleFollows(text: string, index: number, end: number): boolean {
	let start = index;
	while (start < end && isSpace(text.charCodeAt(start))) {
		start++;
	}
	let wordEnd = start;
	while (wordEnd < end && wordEnd - start < 12 && isWordCharacter(text, wordEnd)) {
		wordEnd++;
	}
	return wordEnd > start && TITLE_NOUNS.has(text.slice(start, wordEnd));
}

/** The longest clause, in characters, that opens a sentence before its subject: `When the cloth was cleared,`. */
const OPENING_CLAUSE_CHARS = 100;

/**
 * `When the cloth was cleared, Holmes glanced at his watch.`: the subject of the main clause, after the comma
 * that closes a clause opening the sentence at `from`; none if the sentence ends first.
 */
function subjectAfterOpeningClause(text: string, from: number, end: number): SpeakerCue | undefined {
	const limit = Math.min(end, from + OPENING_CLAUSE_CHARS);
	for (let at = from; at < limit; at++) {
		const character = text[at];
		if (character === ',') {
			return subjectOpening(text, at + 1, end);
		}
		if (
			character === '.' ||
			character === '!' ||
			character === '?' ||
			character === ';' ||
			character === ':' ||
			character === '"' ||
			character === '“' ||
			character === '”'
		) {
			return undefined;
		}
	}
	return undefined;
}

/** The longest aside, in characters, between a subject and its verb: `Pell, a little stung by the remark, turned`. */
export const ASIDE_CHARS = 90;

/**
 * `Mrs. Pell, however, spoke.`, `Pell, a little stung, turned`: a name that stands alone before
 * a comma, an aside that names no one else, and a lower-case word after it. `Karen, Ivy and Bob left` is a list.
 */
export function subjectBeforeAside(text: string, index: number, end: number, words: readonly string[]): SpeakerCue | undefined {
	const name = words.length > 0 && words.length <= 3 ? nameAt(words, 0) : undefined;
	if (!name || name.next !== words.length) {
		return undefined;
	}
	const last = words[words.length - 1];
	const comma = text.indexOf(last, index) + last.length;
	if (text[comma] !== ',') {
		return undefined;
	}
	// `Down, down, down.`: a word said over again names no one.
	if (wordsAfter(text, comma + 1, end, 1)[0] === last.toLowerCase()) {
		return undefined;
	}
	const limit = Math.min(end, comma + ASIDE_CHARS);
	for (let at = comma + 1; at < limit; at++) {
		const character = text[at];
		if (character === '.' || character === '!' || character === '?' || character === ';' || character === ':' || character === '"' || character === '“') {
			return undefined;
		}
		if (isCapitalised(character) && isSpace(text.charCodeAt(at - 1))) {
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

/** Narration longer than this around a turn's quotes is not read for its subjects. */
export const MAX_NARRATION = 600;
