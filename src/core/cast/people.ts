// Decides which forms name a person: the lexicon's word classes, the evidence of the sightings (speech,
// vocatives, possessives, articles, places), lower-case use sampled from the prose, plurals, and for the
// doubtful few compromise's tags on a window or two of their own sentences.

import type { CastOptions } from './types';
import { isBody } from './sightings';
import { oneLine } from '../text/lines';
import { StoryModel } from '../model';
import { MentionFlag } from '../structure/types';
import { honorificGender, honorificKey, PERSONAL_TITLES } from '../lexicon/honorifics';
import { isNameParticle, isRomanNumeral } from '../lexicon/nameSpellings';
import { isNeverAName, isPersonified } from '../lexicon/neverNames';
import { isPlaceHead, isPlaceOpener } from '../lexicon/placeWords';
import { Sex } from '../lexicon/types';
import { NameTagger, WordClass } from './nameTagger';
import { Steps } from '../text/types';
import { Person, Form, Sighting } from './types';
import { isAsciiSpace } from '../text/characters';
import { germanVote } from '../lexicon/functionWords';
import { isDeterminer } from '../lexicon/determiners';
import { EVIDENCE_WEIGHTS as W, PERSONIFIED_ARTICLE_DIVISOR } from './evidenceWeights';
import { isOnlyListedWithPlaces } from './placeCompany';
import { hasPersonEvidence, placePrepositionScore } from './placePrepositions';

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
	// Lower-case uses matter for single words that are also English words, or that the lexicon does not
	// know (`Ducks` at the head of a verse line), or never seen mid-sentence.
	const needLowercase = new Set(
		candidates
			.filter(form => form.core.length === 1 && !form.honorific)
			.filter(form => form.midSentence === 0 || isWordClass(tagger.classOf(form.core[0])) || tagger.classOf(form.core[0]) === 'unknown')
			.map(form => form.surface.toLowerCase()),
	);
	yield;
	const lowercase = lowercaseUses(stories, needLowercase, options.lowercaseSampleChars ?? DEFAULT_LOWERCASE_SAMPLE);
	yield;

	const german = readsAsGerman(stories);
	const scores = new Map<Form, number>();
	for (const form of candidates) {
		scores.set(form, evidenceScore(form, tagger, lowercase.get(form.surface.toLowerCase()) ?? 0, german));
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
 * `the Rostóvs` is a family and `Cossacks` a people: a name's plural is never a character, and a word whose
 * plural is as common as itself (`Cossack`, `Cossacks`) is a kind of person, not a name.
 */
function dropPlurals(forms: ReadonlyMap<string, Form>, scores: Map<Form, number>): void {
	const lastWords = new Set<string>();
	forms.forEach(form => lastWords.add(form.core[form.core.length - 1]));
	forms.forEach((plural, key) => {
		if (plural.core.length !== 1 || plural.honorific || !key.endsWith('s') || !scores.has(plural)) {
			return;
		}
		const single = forms.get(key.slice(0, -1));
		if (!single && !lastWords.has(plural.core[0].slice(0, -1))) {
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

/** An English word, whatever else it may be. */
function isWordClass(wordClass: WordClass): boolean {
	return wordClass === 'noun' || wordClass === 'word' || wordClass === 'nameOrWord';
}

/** Lines a speech verb ties to a letter alone before it is a name: `said K.` three times. */
const LETTER_NAME_SPEECH = 3;

/** How strongly the prose says this form names a person; `KEEP_AT` and above keeps it. The weights are EVIDENCE_WEIGHTS'. */
function evidenceScore(form: Form, tagger: NameTagger, lowercaseUses: number, german: boolean): number {
	const { core, honorific } = form;
	// `da` in `Leonardo da Vinci` is a particle; `Van` alone is somebody.
	// Most forms are one word with no particle or numeral: no new arrays for them.
	const words = core.length > 1 ? core.filter((word, index) => index === core.length - 1 || !isNameParticle(word)) : core;
	const named = words.some(isRomanNumeral) ? words.filter(word => !isRomanNumeral(word)) : words;
	if (named.length === 0 || named.some(isNeverAName)) {
		return -Infinity;
	}
	// `Nature`, `Society`, `Ho`: but a bear called Hum who speaks, or Death with lines of his own, stays.
	if (named.length === 1 && !honorific && isPersonified(named[0], form.speech, form.possessive)) {
		return -Infinity;
	}
	// `K.`: a letter alone is someone only where speech verbs tie it to lines again and again (`said K.`),
	// never a list's `A.` or a `Plan B.`; under a title (`Herr K.`) it is a name as any other.
	if (named.length === 1 && !honorific && named[0].length === 1 && form.speech < LETTER_NAME_SPEECH) {
		return -Infinity;
	}
	const classes = named.map(word => tagger.classOf(word));
	let commonWords = 0;
	for (const wordClass of classes) {
		commonWords += isWordClass(wordClass) ? 1 : 0;
	}
	let score = 0;
	if (honorific) {
		// `St. Petersburg`, `St. Kitt's` and `St. Bernard` are places and dogs as often as saints are people.
		score += honorific === 'st' || honorific === 'saint' ? W.saintsTitle : W.title;
		// `the Duke Block`, `Mother Church`: a title before an English word makes a thing. Not `Mr.`, `Mrs.`
		// or `Miss`, which only people bear: `Mr. Lively`, `Mrs. Brisk`.
		if (commonWords === named.length && !PERSONAL_TITLES.has(honorific)) {
			score += W.titleBeforeCommonWords;
		}
	} else if (words.length === 1 && honorificKey(words[0]) !== undefined) {
		// `the Emperor`, `Uncle`, `Madam`: a title alone is no name (the cast file can make it one).
		return -Infinity;
	}
	if (isPlaceHead(words[words.length - 1]) && (words.length > 1 || honorific)) {
		score += W.placeHeadWord + (honorific && words.length > 1 ? W.titledRunEndsOnPlace : 0);
	}
	if (words.length > 1) {
		const whole = tagger.classOf(words.join(' '));
		if (whole === 'place' || whole === 'organization' || whole === 'demonym' || whole === 'time') {
			score += W.wholeRunIsPlace;
		}
		if (!honorific && isPlaceOpener(words[0])) {
			score += W.placeOpener;
		}
	}
	if (classes.includes('person')) {
		// The lexicon's people are specific: `Shakespeare`, `Napoleon`.
		score += W.knownPerson;
	} else if (classes.includes('firstName')) {
		score += W.firstName;
	} else if (classes.includes('nameOrWord')) {
		score += W.nameOrWord;
	}
	if (classes[classes.length - 1] === 'lastName') {
		score += W.endsOnSurname;
	}
	if (classes.some(wordClass => wordClass === 'place' || wordClass === 'organization' || wordClass === 'demonym')) {
		score += W.placeWord;
	}
	if (isOnlyListedWithPlaces(form, tagger)) {
		score += W.listedWithPlaces;
	}
	if (classes.some(wordClass => wordClass === 'time' || wordClass === 'expression')) {
		score += W.timeWord;
	}
	const count = form.sightings.length;
	// Over many mentions, one `said` beside `the Rostóvs` is chance, not evidence.
	const seen = (times: number) => times > 0 && (count < 10 || times / count >= 0.03);
	// A word capitalised mid-sentence again and again, seldom in lower case, and speaking is a name here:
	// `Newton`, `the Mole`, `the Rat`. Its article is then part of how the story calls it.
	const capitalised =
		named.length === 1 && (classes[0] === 'noun' || classes[0] === 'unknown') && form.midSentence >= 3 && lowercaseUses <= form.midSentence * 0.2;
	const personified = capitalised && seen(form.speech + form.speechAfterArticle);
	if (named.length === 1) {
		if (classes[0] === 'word' || (classes[0] === 'noun' && !capitalised && (lowercaseUses > 0 || form.midSentence === 0))) {
			score += W.commonWord;
			if (classes[0] === 'word' && lowercaseUses > form.midSentence) {
				// Written in lower case more often (in a sample) than capitalised mid-sentence (in all): `Long
				// live the King` once after `cried` is no name, and `Le`, `De` in an English book are French.
				score += W.mostlyLowercase;
			}
		} else if (classes[0] === 'unknown' && lowercaseUses > form.midSentence) {
			// A word the lexicon does not know, written in lower case more often than capitalised mid-sentence:
			// `ducks`, capitalised only where a verse line starts.
			score += W.commonWord;
		}
	} else {
		score += W.commonWordInRun * commonWords;
		// A name ends in a name: `Battle Abbey Roll` does not.
		if (classes[classes.length - 1] === 'noun' || classes[classes.length - 1] === 'word') {
			score += W.runEndsOnWord;
		}
	}

	if (form.allCaps === count) {
		// Capitals all through say nothing about a name: headings, tables of contents, shouting.
		score += W.allCaps;
	}
	if (seen(form.speech + (personified ? form.speechAfterArticle : 0))) {
		score += W.speaks;
	}
	if (seen(form.vocative)) {
		score += W.vocative;
	}
	if (form.introduced > 0) {
		score += W.introduced;
	}
	if (seen(form.possessive)) {
		score += W.possessive;
	}
	if (seen(form.personContext)) {
		score += W.personContext;
	}
	// In a run of words, the second word's capital counts even when the first opens the sentence.
	const midSentence = named.length > 1 && commonWords < named.length ? count - form.allCaps : form.midSentence;
	if (midSentence > 0) {
		// German capitalises every noun (`mit Bedauern`, `kein Geld`, `unter Tränen`): there a capital
		// mid-sentence says something of a name only when the word seldom follows an article or an adjective,
		// and, for a word alone, when something else says person too (a speech verb, a possessive, being
		// spoken to, a first name the lexicon knows).
		const nounLike = german && (followsArticlesOrAdjectives(form) || (named.length === 1 && !honorific && !saysPerson(form, classes)));
		score += nounLike ? 0 : midSentence >= 3 ? W.oftenMidSentence : W.midSentence;
	} else {
		// Only ever opening sentences is what `Suddenly` and `Afterwards` do; `Orla said` does it too.
		const spoken = seen(form.speech) || seen(form.possessive) || seen(form.vocative);
		score += spoken ? W.opensSentencesButSpeaks : count >= 3 ? W.oftenOnlyOpensSentences : W.onlyOpensSentences;
		if (lowercaseUses > 0) {
			score += W.opensSentencesAndLowercase;
		}
	}
	// `the Emperor`, `the Rostóvs`, `a Cossack`: a name seldom takes an article.
	const determined = form.determiner / count;
	score +=
		(determined >= 0.75 ? W.mostlyAfterArticle : determined >= 0.5 ? W.oftenAfterArticle : form.determiner > 0 ? W.sometimesAfterArticle : 0) /
		(personified ? PERSONIFIED_ARTICLE_DIVISOR : 1);
	// `in Boston`, `on Broadway`, `the battle of Borodinó`.
	return score + placePrepositionScore(form);
}

/** Whether anything but its capitals says a form names a person: its sightings or the lexicon. */
function saysPerson(form: Form, classes: readonly WordClass[]): boolean {
	return hasPersonEvidence(form) || classes.includes('person') || classes.includes('firstName');
}

/** How much of a story's body is read to tell its language: some thousands of words. */
const LANGUAGE_SAMPLE_CHARS = 20_000;

/** The share of its mentions after an article or an adjective from which a German word is a noun. */
const GERMAN_NOUN_SHARE = 1 / 3;

/**
 * Whether a German form follows an article or an inflected adjective often enough to be a noun: `die
 * Bemerkung`, `eine gelegentliche Bemerkung`, where a name follows a verb or a preposition (`sagte Leni`,
 * `zu Titorelli`). A past tense (`sagte`, `hatte`) ends like an adjective and is left out.
 */
function followsArticlesOrAdjectives(form: Form): boolean {
	let after = 0;
	for (const sighting of form.sightings) {
		const text = sighting.block.analysis.text;
		let end = sighting.start - sighting.block.start;
		while (end > 0 && isAsciiSpace(text.charCodeAt(end - 1))) {
			end--;
		}
		let start = end;
		while (start > 0 && /\p{Ll}/u.test(text[start - 1])) {
			start--;
		}
		const word = text.slice(start, end);
		if (word.length > 0 && (isDeterminer(word) || GERMAN_ADJECTIVE.test(word))) {
			after++;
		}
	}
	return after >= GERMAN_NOUN_SHARE * form.sightings.length;
}

/** An inflected German adjective (`gelegentliche`, `großen`), but not a past tense (`sagte`, `hatten`). */
const GERMAN_ADJECTIVE = /^\p{Ll}{2,}(?<!t)(?:e|en|em|er|es)$/u;

/** The share of a German sample's words its marker words outnumber English's by (about a sixth of its words are). */
const GERMAN_SHARE = 0.05;

/**
 * Whether the stories' prose reads as German, by the commonest words of their first paragraphs: a book's
 * files are written in one language, so a sample of the first of them says it.
 */
function readsAsGerman(stories: readonly StoryModel[]): boolean {
	let balance = 0;
	let words = 0;
	let read = 0;
	sample: for (const model of stories) {
		for (const block of model.blocks) {
			if (read >= LANGUAGE_SAMPLE_CHARS) {
				break sample;
			}
			if (isBody(model, block)) {
				read += block.analysis.text.length;
				for (const [word] of block.analysis.text.matchAll(/\p{Ll}+/gu)) {
					balance += germanVote(word);
					words++;
				}
			}
		}
	}
	// Its marker words a good share of all it says, not a stray `mit` in a French book.
	return balance > GERMAN_SHARE * words;
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

interface Window {
	readonly text: string;
	/** The name within `text`. */
	readonly start: number;
	readonly end: number;
}

/**
 * Words either side of the name in a window. compromise decides a name's tag from the few words beside it:
 * four gives the same cast as eight on every corpus book and the same eval scores, for half the tagging.
 */
const WINDOW_WORDS = 4;

/** Up to `count` short windows of a form's own sentences, mid-sentence sightings first. */
function sampleWindows(form: Form, count: number): Window[] {
	const chosen: Sighting[] = [];
	for (const sighting of form.sightings) {
		if ((sighting.flags & MentionFlag.SentenceStart) === 0 && chosen.length < count) {
			chosen.push(sighting);
		}
	}
	for (const sighting of form.sightings) {
		if ((sighting.flags & MentionFlag.SentenceStart) !== 0 && chosen.length < count) {
			chosen.push(sighting);
		}
	}
	return chosen.map(windowAround);
}

/** The sentence around a sighting, at most `WINDOW_WORDS` words either side of the name, on one line. */
function windowAround(sighting: Sighting): Window {
	const text = sighting.block.analysis.text;
	const nameStart = sighting.start - sighting.block.start;
	const nameEnd = sighting.end - sighting.block.start;
	let start = nameStart;
	for (let words = 0; start > 0; start--) {
		const code = text.charCodeAt(start - 1);
		if (isSentenceMark(code) && start < nameStart) {
			break;
		}
		if (isAsciiSpace(code) && !isAsciiSpace(text.charCodeAt(start)) && ++words > WINDOW_WORDS) {
			break;
		}
	}
	let end = nameEnd;
	for (let words = 0; end < text.length; end++) {
		const code = text.charCodeAt(end);
		if (isSentenceMark(code)) {
			end++;
			break;
		}
		if (isAsciiSpace(code) && !isAsciiSpace(text.charCodeAt(end - 1)) && ++words > WINDOW_WORDS) {
			break;
		}
	}
	const leading = oneLine(text.slice(start, nameStart));
	return { text: oneLine(text.slice(start, end)), start: leading.length, end: leading.length + oneLine(sighting.text).length };
}

/** . ! ? … and quotation marks end the window: the tagger reads one sentence. */
function isSentenceMark(code: number): boolean {
	return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026 || code === 0x22 || code === 0x201c || code === 0x201d;
}

/** How often each of `words` (lower case) appears so in the prose, read from an even sample of the stories. */
function lowercaseUses(stories: readonly StoryModel[], words: ReadonlySet<string>, sampleChars: number): Map<string, number> {
	const counts = new Map<string, number>();
	if (words.size === 0) {
		return counts;
	}
	const total = stories.reduce((sum, model) => sum + (model.body.end - model.body.start), 0);
	const stride = Math.max(1, Math.ceil(total / sampleChars));
	let index = 0;
	for (const model of stories) {
		for (const block of model.blocks) {
			if (index++ % stride !== 0 || !isBody(model, block) || block.analysis.heading) {
				continue;
			}
			// Each run of a lower-case letter and the letters, apostrophes and hyphens after it, read by char
			// code: no match object for each of the sample's words.
			const text = block.analysis.text;
			for (let start = 0; start < text.length; start++) {
				if (!isLowerLetter(text.charCodeAt(start))) {
					continue;
				}
				let end = start + 1;
				while (end < text.length && isLowerWordCode(text.charCodeAt(end))) {
					end++;
				}
				const word = text.slice(start, end);
				if (words.has(word)) {
					counts.set(word, (counts.get(word) ?? 0) + 1);
				}
				start = end;
			}
		}
	}
	return counts;
}

/** a to z, or ß to ÿ. */
function isLowerLetter(code: number): boolean {
	return (code >= 0x61 && code <= 0x7a) || (code >= 0xdf && code <= 0xff);
}

/** What a lower-case word goes on with: a letter, ' ’ or -. */
function isLowerWordCode(code: number): boolean {
	return isLowerLetter(code) || code === 0x27 || code === 0x2019 || code === 0x2d;
}

function genderOf(form: Form, tagger: NameTagger): Sex | undefined {
	const fromHonorific = honorificGender(form.honorific);
	if (fromHonorific) {
		return fromHonorific;
	}
	return tagger.genderOf(form.core[0]);
}
