// German capitalises every noun, so a capital there says less of a name: decides whether the stories read
// as German, and whether a form there mostly follows an article or an adjective, as a noun does.

import { isBody } from './sightings';
import { StoryModel } from '../model';
import { Form } from './types';
import { isAsciiSpace } from '../text/characters';
import { germanVote } from '../lexicon/functionWords';
import { isDeterminer } from '../lexicon/determiners';
import { nameKey } from '../lexicon/nameSpellings';

/** How much of a story's body is read to tell its language: some thousands of words. */
const LANGUAGE_SAMPLE_CHARS = 20_000;

/** The share of its mentions after an article or an adjective from which a German word is a noun. */
const GERMAN_NOUN_SHARE = 1 / 3;

/**
 * Whether a German form follows an article or an inflected adjective often enough to be a noun: `die
 * Bemerkung`, `eine gelegentliche Bemerkung`, where a name follows a verb or a preposition (`sagte Leni`,
 * `zu Titorelli`). A past tense (`sagte`, `hatte`) ends like an adjective and is left out.
 */
export function followsArticlesOrAdjectives(form: Form): boolean {
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

/**
 * Whether a German run of capitals has a noun among its words (`Fräulein Bürstners Zimmer`, `Guten Morgen`,
 * `Bedeutung Franz Kafkas`): a phrase the capitals of German nouns make, not a name. A word is a noun where
 * the story writes it alone after an article or an adjective (followsArticlesOrAdjectives).
 */
export function holdsGermanNoun(form: Form, forms: ReadonlyMap<string, Form>): boolean {
	return (
		form.core.length > 1 &&
		form.core.some(word => {
			const alone = forms.get(nameKey(word));
			return alone !== undefined && alone !== form && alone.honorific === undefined && followsArticlesOrAdjectives(alone);
		})
	);
}

/**
 * Whether a German run of capitals is untitled and may open with a word the prose writes in lower case
 * elsewhere (`Vielen Dank`, `Schlechte Nachrichten`): an adjective or a verb and the noun after it, where a
 * name's words are capitals wherever they stand. The lower-case uses are counted by the caller.
 */
export function mayOpenWithCommonWord(form: Form): boolean {
	return form.core.length > 1 && form.honorific === undefined;
}

/** An inflected German adjective (`gelegentliche`, `großen`), but not a past tense (`sagte`, `hatten`). */
const GERMAN_ADJECTIVE = /^\p{Ll}{2,}(?<!t)(?:e|en|em|er|es)$/u;

/** The share of a German sample's words its marker words outnumber English's by (about a sixth of its words are). */
const GERMAN_SHARE = 0.05;

/**
 * Whether the stories' prose reads as German, by the commonest words of their first paragraphs: a book's
 * files are written in one language, so a sample of the first of them says it.
 */
export function readsAsGerman(stories: readonly StoryModel[]): boolean {
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
