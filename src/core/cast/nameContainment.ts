// Decides when one name names the same person as another, more fully: word for word, under agreeing titles
// (`Mr. Bennet` is never `Mrs. Bennet`, a colonel's name is his surname), and never under a rival title of the
// same kind (`Prince Theodore` is not `Count Rostopchín`).

import { Cluster } from './clusters';
import { Person } from './types';
import { honorificGroup, honorificsAgree, sameTitle, SURNAME_TITLES } from '../lexicon/honorifics';

/**
 * True when `home` goes by another title of the same kind as `person`'s and never by its own (`Prince
 * Theodore` is not `Count Rostopchín`, though both are Theodore): a man is a prince or a count, where a
 * general may be an emperor.
 */
export function titleClashes(person: Person, home: Cluster): boolean {
	const { honorific } = person.form;
	const group = honorific === undefined ? undefined : honorificGroup(honorific);
	if (group === undefined || group === 'neutral' || home.members.some(member => member.form.honorific === honorific)) {
		return false;
	}
	return home.members.some(member => member.form.honorific !== undefined && honorificGroup(member.form.honorific) === group);
}

/** `prince andrew bolkonski` holds `prince andrew` word for word. */
export function containsWords(long: string, short: string): boolean {
	return ` ${long} `.includes(` ${short} `) && short.includes(' ');
}

/** True when `longer` names the same person as `shorter`, more fully. */
export function contains(longer: Person, shorter: Person): boolean {
	const a = longer.form;
	const b = shorter.form;
	const moreWords = a.core.length > b.core.length;
	const sameWordsMoreTitle = a.core.length === b.core.length && a.honorific !== undefined && b.honorific === undefined;
	// `Mister Noah Claypole` is `Mr. Noah Claypole`: the shorter-read of the two joins the other.
	const sameWordsTitleSpelledOtherwise =
		a.core.length === b.core.length &&
		a.honorific !== undefined &&
		b.honorific !== undefined &&
		a.honorific !== b.honorific &&
		sameTitle(a.honorific, b.honorific);
	if (
		(!moreWords && !sameWordsMoreTitle && !sameWordsTitleSpelledOtherwise) ||
		!(containsRun(a.core, b.core) || containsRun(withoutInitials(a.core, b.core), b.core))
	) {
		return false;
	}
	if (!honorificsAgree(a.honorific, b.honorific)) {
		return false;
	}
	if (longer.gender && shorter.gender && longer.gender !== shorter.gender) {
		return false;
	}
	// `Colonel Fitzwilliam` is no `Mr. Fitzwilliam Darcy`: a rank goes before a surname, unless both bear it.
	if (
		b.honorific !== undefined &&
		b.honorific !== a.honorific &&
		SURNAME_TITLES.has(b.honorific) &&
		b.core.length === 1 &&
		a.core[a.core.length - 1] !== b.core[0]
	) {
		return false;
	}
	// A married woman is `Mrs. Verloc`, not `Winnie Verloc`: the full name is someone else in the family.
	if (b.honorific && !a.honorific && honorificGroup(b.honorific) === 'married') {
		return false;
	}
	return true;
}

/** `annie p miller` without its middle initial, `annie miller`, when `short` has no such letter. */
function withoutInitials(words: readonly string[], short: readonly string[]): readonly string[] {
	return words.some(word => word.length === 1) ? words.filter(word => word.length > 1 || short.includes(word)) : words;
}

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
	outer: for (let start = 0; start + needle.length <= haystack.length; start++) {
		for (let offset = 0; offset < needle.length; offset++) {
			if (haystack[start + offset] !== needle[offset]) {
				continue outer;
			}
		}
		return true;
	}
	return false;
}
