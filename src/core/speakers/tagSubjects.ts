// Who a speech tag's words say speaks: the subject after an inverted verb (`said the old man at the gate`),
// before the verb (`my brother had said`), or opening the clause (`Karen turned to Ivy and said`); a name,
// a pronoun, or a description that ends where what the speaker does begins (`said the adjutant smiling`).

import {
	AFTER_DESCRIPTION,
	ADVERBS_OF_TIME,
	AUXILIARIES,
	DESCRIPTION_ENDS,
	isPastVerb,
	OBJECT_MARKERS,
	PEOPLE_IN_ING,
	PHRASAL_PARTICLES,
	STILL_DESCRIBING,
} from '../lexicon/speechTagWords';
import { SpeakerCue } from './types';
import { FUNCTION_WORDS } from '../lexicon/functionWords';
import { bare, description, isAdverb, isCapitalised, mayBeName, nameAt } from '../lexicon/speakerNames';
import { ADDRESS_TITLES, SPEAKER_TITLES } from '../lexicon/honorifics';
import { DETERMINERS } from '../lexicon/determiners';
import { INDEFINITES, OBJECT_PRONOUNS, PRONOUNS } from '../lexicon/pronouns';
import { isSpeechVerb } from '../lexicon/speechVerbs';
import { describesNoOne } from '../lexicon/roleWords';
import { describedName } from './describedNames';

/** The subject at `words[index]`: a name, a pronoun or a description, and the index after it. */
export function subjectAt(words: readonly string[], index: number): { cue: SpeakerCue; next: number } | undefined {
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
	// `On which Seven looked up and said`: mid-sentence, the capital is the name's own.
	if (index > 0 && isStoplistedName(words, index)) {
		return { cue: { name: word }, next: index + 1 };
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
		// `The old man too came up and said`: the words up to the verb, the description up to the adverb.
		let described = index + 1;
		while (described < end && (described === index + 1 || !endsDescription(words[described]))) {
			described++;
		}
		const name = end > index + 1 ? description(words, index, described) : undefined;
		// `raised his head and said`: what a clause does to its owner's head is no subject.
		if (name !== undefined && !describesNoOne(name)) {
			return { cue: { name }, next: end };
		}
	}
	return undefined;
}

/**
 * `said Five`, `replied Pooh`, `Seven looked up and said`: a capitalised word that the stoplists keep from
 * being a name elsewhere (a number, a call) is one where a speech verb makes it a person; the closed-class
 * words never are.
 */
function isStoplistedName(words: readonly string[], index: number): boolean {
	const word = words[index];
	return (
		isCapitalised(word) &&
		!FUNCTION_WORDS.has(word.toLowerCase()) &&
		!SPEAKER_TITLES.has(bare(word)) &&
		!isCapitalised(words[index + 1] ?? '') &&
		!isCapitalised(words[index - 1] ?? '')
	);
}

/** After an inverted verb: `said Karen`, `said he`, `asked the old man at the gate`, `cried one of the women`. */
export function subjectAfterVerb(words: readonly string[], index: number): SpeakerCue | undefined {
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
	if (isStoplistedName(words, index)) {
		return { name: word };
	}
	const described = describedName(words, index);
	if (described !== undefined) {
		return { name: described };
	}
	const partitive = lower === 'one' && words[index + 1]?.toLowerCase() === 'of';
	if (DETERMINERS.has(lower) || partitive) {
		let end = partitive ? index + 3 : index + 1;
		while (
			end < words.length &&
			end - index <= 4 &&
			!DESCRIPTION_ENDS.has(words[end].toLowerCase()) &&
			!(isAdverb(words[end]) && !isAdjective(words, end, index)) &&
			!(end > index + 1 && endsDescription(words[end]) && !STILL_DESCRIBING.has(words[end - 1].toLowerCase()))
		) {
			end++;
		}
		if (end === index + 2 && words[end] === 'and') {
			end = pairedAdjectiveEnd(words, end);
		}
		if (end > index + 1 && end <= words.length) {
			return describedCue(description(words, index, end));
		}
	}
	return undefined;
}

/**
 * The cue a description gives: itself, or, when its noun is no one (`said her eyes`, `the letter began`),
 * the owner a possessive gives (`she`), else none.
 */
function describedCue(described: string): SpeakerCue | undefined {
	if (!describesNoOne(described)) {
		return { name: described };
	}
	const owner = described.slice(0, described.indexOf(' '));
	return owner === 'his' ? { pronoun: 'he' } : owner === 'her' ? { pronoun: 'she' } : undefined;
}

/**
 * Where `a ragged and submissive man` ends, its `and` at `and`: the word after the `and` and the noun after
 * that, when they are no new subject, verb or clause (`the Rat and the Mole`, `the girl and laughed`).
 */
function pairedAdjectiveEnd(words: readonly string[], and: number): number {
	const end = and + 3;
	if (end > words.length) {
		return and;
	}
	for (let index = and + 1; index < end; index++) {
		const word = words[index];
		const lower = word.toLowerCase();
		if (
			DETERMINERS.has(lower) ||
			PRONOUNS.has(lower) ||
			isCapitalised(word) ||
			// `red-faced` is no verb.
			(isPastVerb(word) && !word.includes('-')) ||
			isSpeechVerb(word) ||
			isAdverb(word) ||
			DESCRIPTION_ENDS.has(lower) ||
			endsDescription(word)
		) {
			return and;
		}
	}
	return end;
}

/** `Mary very gravely replied`: words that only strengthen the adverb after them. */
const INTENSIFIERS: ReadonlySet<string> = new Set(['very', 'most', 'quite', 'rather', 'so', 'too', 'more']);

/**
 * A word after a description's first word that starts what the speaker does, not who they are: `said the
 * adjutant smiling`, `said a woman coming out`, `said a field-mouse rather shyly`. Its first word may be
 * either (`the smiling adjutant`, `the very old man`), so this reads from the second on.
 */
function endsDescription(word: string): boolean {
	const lower = word.toLowerCase();
	return INTENSIFIERS.has(lower) || ADVERBS_OF_TIME.has(lower) || AFTER_DESCRIPTION.has(lower) || (isParticiple(word) && !PEOPLE_IN_ING.has(lower));
}

/** `a great lubberly fellow`, `the surly one`: an `-ly` word early in a description, with its noun still to come, describes. */
function isAdjective(words: readonly string[], at: number, determiner: number): boolean {
	const next = words[at + 1];
	return (
		at - determiner <= 2 &&
		next !== undefined &&
		!isCapitalised(next) &&
		!isAdverb(next) &&
		!isParticiple(next) &&
		!DESCRIPTION_ENDS.has(next.toLowerCase()) &&
		!AUXILIARIES.has(next.toLowerCase())
	);
}

/** The subject of the speech verb just before `reversed[index]`, reading back over auxiliaries and adverbs. */
export function subjectBefore(reversed: readonly string[], index: number, commaAfter: readonly boolean[]): SpeakerCue | undefined {
	while (
		index < reversed.length &&
		index <= 4 &&
		(AUXILIARIES.has(reversed[index].toLowerCase()) || isAdverb(reversed[index]) || (INTENSIFIERS.has(reversed[index]) && isAdverb(reversed[index - 1])))
	) {
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
	// Read the name back to its first word, never past a comma: `hearing the Latin, Diana whispered` is Diana.
	let start = index;
	while (
		start + 1 < reversed.length &&
		start - index < 3 &&
		!commaAfter[start + 1] &&
		(mayBeName(reversed[start + 1]) || SPEAKER_TITLES.has(bare(reversed[start + 1])))
	) {
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
	if (start === index && isStoplistedName(words, 0) && !isCapitalised(reversed[index + 1] ?? '')) {
		return { name: words[0] };
	}
	// `my brother said`, `the old man said`.
	for (let determiner = index + 1; determiner < reversed.length && determiner - index <= 2; determiner++) {
		const after = reversed[determiner - 1];
		if (after === 'to' || (reversed[determiner] === 'that' && isPastVerb(after))) {
			// `in a way that seemed to say`, `against his will to add`: a clause, not a description.
			return undefined;
		}
		if (DETERMINERS.has(reversed[determiner].toLowerCase())) {
			const before = reversed[determiner + 1];
			// `Darcy spoke, and in a constrained manner said`, `and in his turn said`: the description is the
			// manner's, and the subject is before it.
			if (before?.toLowerCase() === 'in' && !commaAfter[determiner + 1]) {
				// `and then in a querulous voice shrieked`.
				const after = reversed[determiner + 2]?.toLowerCase() === 'then' ? determiner + 3 : determiner + 2;
				return subjectBefore(reversed, after, commaAfter);
			}
			if (
				before !== undefined &&
				!commaAfter[determiner + 1] &&
				(isParticiple(before) ||
					OBJECT_MARKERS.has(before.toLowerCase()) ||
					PHRASAL_PARTICLES.has(before.toLowerCase()) ||
					reversed[determiner + 2]?.toLowerCase() === 'to')
			) {
				// `Toad, kicking out his legs, said`: the description is what the participle or preposition
				// reaches for, as in `unable to resist the temptation, added`, what the infinitive does; the
				// subject is the name before the participle, if any.
				return participleSubject(reversed, determiner + 1);
			}
			return describedCue(description(reversed.slice(index, determiner + 1).reverse(), 0, determiner - index + 1));
		}
	}
	return undefined;
}

export function isParticiple(word: string): boolean {
	return word.length > 4 && word.endsWith('ing') && !isCapitalised(word);
}

/** The name just before the participle found reading back from `reversed[from]`: `Toad, kicking out…`. */
export function participleSubject(reversed: readonly string[], from: number): SpeakerCue | undefined {
	for (let index = from; index < reversed.length && index - from <= 3; index++) {
		if (!isParticiple(reversed[index])) {
			continue;
		}
		let start = index + 1;
		while (start + 1 < reversed.length && start - index < 3 && (mayBeName(reversed[start + 1]) || SPEAKER_TITLES.has(bare(reversed[start + 1])))) {
			start++;
		}
		const words = reversed.slice(index + 1, start + 1).reverse();
		const name = words.length > 0 ? nameAt(words, 0) : undefined;
		return name && name.next === words.length ? { name: name.name } : undefined;
	}
	return undefined;
}
