// Tags that name the speaker as the owner of what was said: `"…" was Anne's final summing up.`,
// `"…" were Colonel Fitzwilliam's words`, `"…" was the firm reply of Mr. Limbkins`, `"…" was her answer`.

import { nameAt } from '../lexicon/speakerNames';
import { SpeakerCue } from './types';
import { wordsAfter } from './wordWindows';

/** Owners given by a possessive pronoun, and who each is. */
const POSSESSIVE_PRONOUNS: Readonly<Record<string, string>> = { his: 'he', her: 'she', my: 'i' };

/** The words that may follow a quote's `was`/`were` before its owner: `the firm reply of`, `Anne's final summing up`. */
const OWNER_WORDS = 8;

/**
 * Who owns the quote ending at `start`, when the words after it open on `was` or `were` and then a
 * possessive (`Anne's answer`, `her reply`) or `the … of` and a name that ends the clause.
 */
export function ownerCue(paragraph: string, start: number, limit: number): SpeakerCue | undefined {
	const words = wordsAfter(paragraph, start, limit, OWNER_WORDS);
	// A possessive owns a thing said only with a noun after it: `was Anne's` alone is no tag.
	if (words.length < 3 || (words[0] !== 'was' && words[0] !== 'were')) {
		return undefined;
	}
	const pronoun = POSSESSIVE_PRONOUNS[words[1]];
	if (pronoun !== undefined) {
		return { pronoun };
	}
	const owner = nameAt(words, 1);
	if (owner !== undefined) {
		const last = words[owner.next - 1];
		return owner.next < words.length && (last.endsWith('’s') || last.endsWith("'s")) ? { name: owner.name } : undefined;
	}
	if (words[1] !== 'the') {
		return undefined;
	}
	const of = words.indexOf('of', 3);
	const named = of > 0 ? nameAt(words, of + 1) : undefined;
	return named !== undefined && named.next === words.length ? { name: named.name } : undefined;
}
