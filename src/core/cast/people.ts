// Decides which forms name a person: the lexicon's word classes, the evidence of the sightings (speech,
// vocatives, possessives, articles, places), lower-case use sampled from the prose, plurals, and for the
// doubtful few compromise's tags on a window or two of their own sentences.

import type { CastOptions } from './types';
import { StoryModel } from '../model';
import { honorificGender, PERSONAL_TITLES } from '../lexicon/honorifics';
import { Sex } from '../lexicon/types';
import { NameTagger } from './nameTagger';
import { Steps } from '../text/types';
import { Person, Form } from './types';
import { EVIDENCE_WEIGHTS as W } from './evidenceWeights';
import { evidenceScore, isWordClass } from './evidenceScore';
import { holdsGermanNoun, mayOpenWithCommonWord, readsAsGerman } from './germanNouns';
import { lowercaseUses } from './lowercaseUses';
import { sampleWindows, Window } from './taggingWindows';

const DEFAULT_TAGGING_BUDGET = 16;
const DEFAULT_LOWERCASE_SAMPLE = 150_000;
/** Evidence at or above which a name is a character. */
const KEEP_AT = 1.5;
/** Scores this close to the line are settled by compromise's tags, when the budget allows. */
const DOUBT_BELOW = KEEP_AT - 2;
const DOUBT_ABOVE = KEEP_AT + 1.5;

/** decidePeople, yielding between its passes over the names. */
export function* peopleSteps(
	forms: ReadonlyMap<string, Form>,
	stories: readonly StoryModel[],
	tagger: NameTagger,
	options: CastOptions,
	ignored: ReadonlySet<string>,
	declared: ReadonlySet<string>,
): Steps<Person[]> {
	const candidates = [...forms.values()].filter(form => !ignored.has(form.key));
	const german = readsAsGerman(stories);
	// Lower-case uses matter for single words that are also English words, or that the lexicon does not
	// know (`Ducks` at the head of a verse line), or never seen mid-sentence; and in German for the first
	// word of an untitled run.
	const needLowercase = new Set(
		candidates
			.filter(form => form.core.length === 1 && !form.honorific)
			.filter(form => form.midSentence === 0 || isWordClass(tagger.classOf(form.core[0])) || tagger.classOf(form.core[0]) === 'unknown')
			.map(form => form.surface.toLowerCase()),
	);
	const phrases = german ? candidates.filter(mayOpenWithCommonWord) : [];
	phrases.forEach(form => needLowercase.add(form.core[0].toLowerCase()));
	yield;
	const lowercase = lowercaseUses(stories, needLowercase, options.lowercaseSampleChars ?? DEFAULT_LOWERCASE_SAMPLE);
	yield;

	// `Vielen Dank`, `Schlechte Nachrichten`: a word the prose writes in lower case elsewhere, and its noun.
	const commonOpened = new Set(phrases.filter(form => (lowercase.get(form.core[0].toLowerCase()) ?? 0) > 0));
	const scores = new Map<Form, number>();
	for (const form of candidates) {
		scores.set(
			form,
			german && (commonOpened.has(form) || holdsGermanNoun(form, forms))
				? -Infinity
				: evidenceScore(form, tagger, lowercase.get(form.surface.toLowerCase()) ?? 0, german),
		);
	}
	yield;
	dropPlurals(forms, scores);
	const doubts = doubtsToRead(scores, options.taggingBudget ?? DEFAULT_TAGGING_BUDGET);
	// Tagged ahead, then the thread given back: a caller with compromise in a worker has the windows tagged
	// there before they are read, and the cast is found in one pass rather than run again with their tags.
	tagger.tagAhead(doubts.flatMap(doubt => doubt.windows.map(window => window.text)));
	yield;
	settleDoubts(doubts, scores, tagger);
	// `Malachi Mulligan` once, at a sentence start, is a name because `Mulligan` is one.
	// forEach, not for-of: no [form, score] pair made for each of ten thousand forms, four times over.
	const strongWords = new Set<string>();
	scores.forEach((score, form) => {
		if (form.core.length === 1 && score >= KEEP_AT + 1) {
			strongWords.add(form.core[0]);
		}
	});
	// `Pellow` alone is a name when `Mr. Pellow` and `Mrs. Pellow` are people.
	const partsOfNames = new Set<string>();
	scores.forEach((score, form) => {
		if ((form.core.length > 1 || form.honorific) && score >= KEEP_AT + 1) {
			form.core.forEach(word => partsOfNames.add(word));
		}
	});
	scores.forEach((score, form) => {
		if (form.core.length === 1 && !form.honorific && score < KEEP_AT && score > -Infinity && partsOfNames.has(form.core[0])) {
			scores.set(form, score + W.partOfAPersonsName);
		}
	});
	scores.forEach((score, form) => {
		const shouted = form.allCaps === form.sightings.length;
		if (form.core.length > 1 && !shouted && score < KEEP_AT && score > -Infinity && form.core.some(word => strongWords.has(word))) {
			scores.set(form, score + W.holdsAPersonsName);
		}
	});

	return candidates.filter(form => declared.has(form.key) || scores.get(form)! >= KEEP_AT).map(form => ({ form, gender: genderOf(form, tagger) }));
}

/** The share of its mentions a speech verb ties to lines that shows an `-s` name is one person's, and at least how many. */
const SPEAKS_AS_ONE = 0.1;
const SPOKEN_TWICE = 2;

/**
 * `the Rostóvs`, `the Lucases` and `the Miss Bennets` are families and `Cossacks` a people: a name's plural is
 * never a character, and a word whose plural is as common as itself (`Cossack`, `Cossacks`) is a kind of
 * person, not a name.
 */
function dropPlurals(forms: ReadonlyMap<string, Form>, scores: Map<Form, number>): void {
	const lastWords = new Set<string>();
	const titledLastWords = new Set<string>();
	forms.forEach(form => {
		const last = form.core[form.core.length - 1];
		lastWords.add(last);
		// `Miss Bennet`, `Mr. Bennet`: a title that goes before a surname (`Sir Edward` is no `Mr. Edwards`).
		if (form.honorific !== undefined && SURNAME_FIRST_TITLES.has(form.honorific)) {
			titledLastWords.add(last);
		}
	});
	forms.forEach((plural, key) => {
		if (plural.core.length !== 1 || !key.endsWith('s') || !scores.has(plural)) {
			return;
		}
		const stems = singularsOf(plural.core[0]);
		if (plural.honorific) {
			// `the Miss Bennets` beside `Miss Bennet`, never speaking: the sisters together. `Mrs. Maylies`, a
			// misprint that speaks, is still one woman.
			if (PLURAL_TITLES.has(plural.honorific) && plural.speech === 0 && plural.vocative === 0 && stems.some(stem => titledLastWords.has(stem))) {
				scores.set(plural, -Infinity);
			}
			return;
		}
		// A word as common as its plural in `-s` is a kind (`Cossack`); one in `-es` (`Lucas`) is not judged so.
		const single = forms.get(key.slice(0, -1));
		if (!single && !stems.some(stem => lastWords.has(stem))) {
			return;
		}
		// `said Sikes`, again and again: one person speaking, not a family, whatever `Mr. Sike` a misprint makes;
		// but one line of `the Sloanes` is a family's.
		if (!single && plural.speech >= Math.max(SPEAKS_AS_ONE * plural.sightings.length, SPOKEN_TWICE)) {
			return;
		}
		scores.set(plural, -Infinity);
		if (!single) {
			return;
		}
		if (scores.has(single) && plural.sightings.length >= single.sightings.length / 2) {
			scores.set(single, -Infinity);
		}
	});
}

/** The titles a family's daughters or sons share in the plural: `the Miss Bennets`, `the Mr. Smiths`. */
const PLURAL_TITLES = new Set(['miss', 'mr', 'master']);
/** The everyday titles of a family's surname, whose plural the family's children share. */
const SURNAME_FIRST_TITLES = new Set([...PERSONAL_TITLES, 'master']);

/** What a word in `-s` may be the plural of: `pellows` → `pellow`; `lucases` → `lucas` too, as `-es` follows a hiss. */
function singularsOf(word: string): string[] {
	const stem = word.slice(0, -1);
	return /(?:[sxz]|[cs]h)es$/.test(word) ? [stem, word.slice(0, -2)] : [stem];
}

/** A doubtful form and the windows of its prose compromise is to read. */
interface DoubtToRead {
	readonly form: Form;
	readonly windows: readonly Window[];
}

/**
 * The most mentioned doubtful forms, each with a window or two of its own prose for compromise to read;
 * the rest keep their score. Which forms are read depends only on the forms, never on what was read before.
 */
function doubtsToRead(scores: ReadonlyMap<Form, number>, budget: number): DoubtToRead[] {
	// Capitals all through tag as anything; such a form keeps its score.
	const doubtful: Form[] = [];
	scores.forEach((score, form) => {
		if (score >= DOUBT_BELOW && score < DOUBT_ABOVE && form.allCaps < form.sightings.length) {
			doubtful.push(form);
		}
	});
	doubtful.sort((a, b) => b.sightings.length - a.sightings.length || (a.key < b.key ? -1 : 1));
	const doubts: DoubtToRead[] = [];
	let windowsLeft = budget;
	for (const form of doubtful) {
		const windows = sampleWindows(form, Math.min(WINDOWS_PER_FORM, windowsLeft));
		windowsLeft -= windows.length;
		if (windows.length === 0) {
			break;
		}
		doubts.push({ form, windows });
	}
	return doubts;
}

/** Moves each doubtful form's score by how compromise tagged the name in its windows. */
function settleDoubts(doubts: readonly DoubtToRead[], scores: Map<Form, number>, tagger: NameTagger): void {
	for (const { form, windows } of doubts) {
		const tags = windows.map(window => tagger.tagName(window.text, window.start, window.end));
		const people = tags.filter(tag => tag === 'person').length;
		const places = tags.filter(tag => tag === 'place' || tag === 'organization').length;
		// Two windows say less about a name seen ten times than its own statistics do.
		const few = form.sightings.length <= 2;
		const weight = few ? 1 : 0.5;
		const adjustment = people > places ? 2 : places > people ? -2.5 : few ? -0.5 : 0;
		scores.set(form, scores.get(form)! + weight * adjustment);
	}
}

const WINDOWS_PER_FORM = 2;

function genderOf(form: Form, tagger: NameTagger): Sex | undefined {
	const fromHonorific = honorificGender(form.honorific);
	if (fromHonorific) {
		return fromHonorific;
	}
	return tagger.genderOf(form.core[0]);
}
