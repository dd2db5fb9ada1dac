// How strongly the prose says a capitalised form names a person: the lexicon's word classes, a title, place
// words, and what its sightings show (speech, vocatives, possessives, articles, capitals mid-sentence), each
// weighed by the table in evidenceWeights.ts; people.ts keeps a form at its KEEP_AT.

import { honorificKey, PERSONAL_TITLES } from '../lexicon/honorifics';
import { isNameParticle, isRomanNumeral } from '../lexicon/nameSpellings';
import { isNeverAName, isPersonified } from '../lexicon/neverNames';
import { isPlaceHead, isPlaceOpener } from '../lexicon/placeWords';
import { NameTagger, WordClass } from './nameTagger';
import { Form } from './types';
import { EVIDENCE_WEIGHTS as W, PERSONIFIED_ARTICLE_DIVISOR } from './evidenceWeights';
import { followsArticlesOrAdjectives } from './germanNouns';
import { isOnlyListedWithPlaces } from './placeCompany';
import { hasPersonEvidence, placePrepositionScore } from './placePrepositions';

/** An English word, whatever else it may be. */
export function isWordClass(wordClass: WordClass): boolean {
	return wordClass === 'noun' || wordClass === 'word' || wordClass === 'nameOrWord';
}

/** Lines a speech verb ties to a letter alone before it is a name: `said K.` three times. */
const LETTER_NAME_SPEECH = 3;

/** Mentions from which a place preposition before most of them outweighs the lexicon's person: once `in Seymour` is chance. */
const PLACE_USES_TO_OUTWEIGH_THE_LEXICON = 5;

/** How strongly the prose says this form names a person; `KEEP_AT` and above keeps it. The weights are EVIDENCE_WEIGHTS'. */
export function evidenceScore(form: Form, tagger: NameTagger, lowercaseUses: number, german: boolean): number {
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
	const count = form.sightings.length;
	// Over many mentions, one `said` beside `the Rostóvs` is chance, not evidence.
	const seen = (times: number) => times > 0 && (count < 10 || times / count >= 0.03);
	const placeScore = placePrepositionScore(form);
	// `in Kent`, `into Kent`, again and again, and never speaking, spoken to or owning: a place named as a
	// person may be (`Kent`, `Lincoln`, `Victoria`), whatever the lexicon knows of the name.
	const namedAsPlace =
		count >= PLACE_USES_TO_OUTWEIGH_THE_LEXICON &&
		placeScore === W.mostlyAfterPlacePreposition &&
		!seen(form.speech) &&
		!seen(form.vocative) &&
		!seen(form.possessive) &&
		form.introduced === 0;
	if (!namedAsPlace) {
		score += lexiconPersonScore(classes);
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
	return score + placeScore;
}

/** What the lexicon's word classes say of a person: the lexicon's people are specific (`Shakespeare`, `Napoleon`). */
function lexiconPersonScore(classes: readonly WordClass[]): number {
	return classes.includes('person') ? W.knownPerson : classes.includes('firstName') ? W.firstName : classes.includes('nameOrWord') ? W.nameOrWord : 0;
}

/** Whether anything but its capitals says a form names a person: its sightings or the lexicon. */
function saysPerson(form: Form, classes: readonly WordClass[]): boolean {
	return hasPersonEvidence(form) || classes.includes('person') || classes.includes('firstName');
}
