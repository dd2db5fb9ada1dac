// Reads the speech tag beside one quote: `"…," said Karen.`, `Ivy asked, "…"`, `"…" Karen had said`,
// `Karen: "…"`, `the old man said`, a pronoun, or whose voice the narration says it was. A few words either
// side of the quote, read by hand rather than by regular expression: it runs on every quoted paragraph.

import { ADDRESSING_VERBS, AUXILIARIES, RELATIVES } from '../lexicon/speechTagWords';
import { SpeakerCue } from './types';
import { FUNCTION_WORDS } from '../lexicon/functionWords';
import { bare, isAdverb, isCapitalised, mayBeName, nameAt } from '../lexicon/speakerNames';
import { SPEAKER_TITLES } from '../lexicon/honorifics';
import { ARTICLES, DETERMINERS } from '../lexicon/determiners';
import { INDEFINITES, PRONOUNS } from '../lexicon/pronouns';
import { isReportingVerb, isSpeechVerb } from '../lexicon/speechVerbs';
import { ownerCue } from './ownerTags';
import { clauseBeforeParticiple } from './participleTags';
import { sentenceStart, subjectOpening, MAX_NARRATION } from './narration';
import { wordsAfter, wordsBefore, AFTER_WORDS } from './wordWindows';
import { asideSubject, descriptionOpening, openingSentence } from './leadIns';
import { whoseVoice, wornOrSeated } from './tagDescriptions';
import { foreignCueAfter, mayOpenForeignTag } from './foreignTags';
import { subjectAfterVerb, subjectAt, subjectBefore } from './tagSubjects';

/** `said Karen`, `Karen had said`, `she observed`, `said the old man` right after the quote. */
export function cueAfter(paragraph: string, start: number, limit: number): SpeakerCue | undefined {
	// Two words settle most quotes: `He went out.` `The rain…` need no more.
	const opening = wordsAfter(paragraph, start, limit, 2);
	if (opening[0] === 'was' || opening[0] === 'were') {
		return ownerCue(paragraph, start, limit);
	}
	// `"Softly, softly," as the drovers say`: the saying's owners speak it; `feebly reiterated Amos`: the adverb is the verb's.
	const adverb = opening.length === 2 && isAdverb(opening[0]) && isReportingVerb(opening[1]);
	const as = (opening[0] === 'as' || adverb) && opening.length === 2 ? 1 : 0;
	const lead = opening[as];
	// `dit-il,` may stand alone before the quote goes on.
	if (opening.length > 0 && mayOpenForeignTag(opening[0])) {
		const foreign = foreignCueAfter(paragraph, start, limit);
		if (foreign !== undefined) {
			return foreign;
		}
	}
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
	if (as === 1 && !adverb && (words.length < 2 || isReportingVerb(words[0]))) {
		return undefined;
	}
	if (isReportingVerb(words[0]) || isWentOn(words, 0)) {
		const cue = subjectAfterVerb(words, words[0].toLowerCase() === 'went' ? 2 : 1);
		return cue?.name?.endsWith(' voice')
			? (whoseVoice(paragraph, start, limit) ?? cue)
			: cue?.name?.startsWith('the ')
				? wornOrSeated(paragraph, start, limit, cue)
				: cue;
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

/**
 * `Ivy asked,` `Karen said:` `He turned to her and said,` `said Rose,` `Karen:` just before the quote. With
 * `verbOnly`, only a speech verb's subject counts: a paragraph ending `Charlotte said,` leads in, one ending
 * on a name and a comma does not.
 */
export function cueBefore(paragraph: string, start: number, limit: number, verbOnly = false): SpeakerCue | undefined {
	const { words: reversed, colon, commaAfter } = wordsBefore(paragraph, start, limit);
	if (reversed.length === 0) {
		return openingSentence(paragraph, start, limit);
	}
	for (let verb = 0; verb < reversed.length && verb <= 8; verb++) {
		const participle = clauseBeforeParticiple(reversed, commaAfter, verb);
		if (participle !== undefined) {
			return participle;
		}
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
		// `said that Polly “must be kept in”`, `assured the people that he was “…”`: after `that` come the words
		// said, reported; the subject is before the verb.
		if (verb > 0 && isReportingVerb(reversed[verb]) && !hasSubject(reversed, verb) && !reportsAfter(reversed, verb)) {
			// `asked the Dodger, winking upon Charley,`: the subject ends at its comma.
			let after = verb - 1;
			while (after > 0 && !commaAfter[after]) {
				after--;
			}
			const inverted = subjectAfterVerb(reversed.slice(after, verb + 1).reverse(), 1);
			if (inverted) {
				return inverted;
			}
		}
		// `He came over and, thrusting a hand into Stephen’s pocket, said:`: the sentence's own subject.
		const subject = asideSubject(paragraph, start, limit, reversed, commaAfter, verb) ?? subjectBefore(reversed, verb + 1, commaAfter);
		if (subject !== undefined || reversed.some(word => RELATIVES.has(word))) {
			return subject;
		}
		const opening = sentenceStart(paragraph, start, Math.max(limit, start - MAX_NARRATION));
		return subjectOpening(paragraph, opening, start) ?? descriptionOpening(paragraph, opening, start);
	}
	if (verbOnly) {
		return undefined;
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

/**
 * Whether a pronoun or a name just before the verb at `verb` is its subject (`she told Bram,`, `Anne told
 * Marilla,`): then the name after the verb is the one spoken to, not an inverted subject (`Then said Marilla,`).
 */
function hasSubject(reversed: readonly string[], verb: number): boolean {
	const before = reversed[verb + 1];
	if (before === undefined) {
		return false;
	}
	if (PRONOUNS.has(before.toLowerCase())) {
		return true;
	}
	// A name, before a verb of speaking to someone whose only words after it are the name spoken to.
	return (
		ADDRESSING_VERBS.has(reversed[verb]) &&
		mayBeName(before) &&
		!FUNCTION_WORDS.has(before.toLowerCase()) &&
		verb <= 3 &&
		reversed.slice(0, verb).every(word => isCapitalised(word))
	);
}

/** Whether `that` comes between the verb at `verb` and the quote: `told them that she was “…”`. */
function reportsAfter(reversed: readonly string[], verb: number): boolean {
	for (let index = 0; index < verb; index++) {
		if (reversed[index] === 'that') {
			return true;
		}
	}
	return false;
}

/** `Karen's cheerful "Morning!"`: the one whose exclamation it is, a name with `'s` and a word or two before the quote. */
export function possessiveBefore(reversed: readonly string[]): SpeakerCue | undefined {
	for (let index = 0; index < reversed.length && index <= 2; index++) {
		const word = reversed[index];
		if (!(word.endsWith('’s') || word.endsWith("'s"))) {
			if (isCapitalised(word) || DETERMINERS.has(word) || PRONOUNS.has(word)) {
				return undefined;
			}
			continue;
		}
		let start = index;
		while (start + 1 < reversed.length && start - index < 3 && (mayBeName(reversed[start + 1]) || SPEAKER_TITLES.has(bare(reversed[start + 1])))) {
			start++;
		}
		const words = reversed.slice(index, start + 1).reverse();
		const name = nameAt(words, 0);
		return name && name.next === words.length ? { name: name.name } : undefined;
	}
	return undefined;
}

export function isWentOn(words: readonly string[], index: number): boolean {
	const word = words[index].toLowerCase();
	return (word === 'went' || word === 'goes' || word === 'go') && words[index + 1]?.toLowerCase() === 'on';
}
