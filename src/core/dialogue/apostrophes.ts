// Decides, in single-quote text, whether a ’ or ' opens a quote, closes one or is an apostrophe
// (don’t, ’tis, rock ’n’ roll, the boys’ coats): the one mark does all three jobs, so its role is read
// from the letters and spaces on either side of it.

import { isWordCharAt } from '../text/words';
import { ELISIONS } from '../lexicon/quoteContextWords';
import { isOpeningPunctuation, Mark } from './quoteMarks';
import { isSpaceBesideQuote } from '../text/characters';

export const enum SingleRole {
	None,
	Apostrophe,
	Opener,
	/** After punctuation: `Yes,’` `Go!’`. */
	ProbableCloser,
	/** After a letter: a closing mark (`‘Hallo, Mole’ said…`) or an apostrophe (`the boys’ coats`). */
	AmbiguousCloser,
}

export function singleRole(text: string, index: number, mark: Mark, end: number): SingleRole {
	const wordBefore = isWordCharAt(text, index - 1);
	const wordAfter = index + 1 < end && isWordCharAt(text, index + 1);
	// ’ between letters is an apostrophe: don’t, o’clock, O’Brien.
	if (wordBefore && wordAfter) {
		return SingleRole.Apostrophe;
	}
	const previous = index > 0 ? text.charCodeAt(index - 1) : -1;
	const next = index + 1 < end ? text.charCodeAt(index + 1) : -1;
	const spaceBefore = previous < 0 || isSpaceBesideQuote(previous);
	const spaceAfter = next < 0 || isSpaceBesideQuote(next);
	const opens = mark === Mark.LeftSingle || (mark === Mark.StraightSingle && (spaceBefore || (isOpeningPunctuation(previous) && !spaceAfter)));
	if (opens) {
		if (spaceAfter) {
			return SingleRole.None;
		}
		// ’tis, ’em, rock ’n’ roll, the ’90s.
		return startsElision(text, index + 1, end) ? SingleRole.Apostrophe : SingleRole.Opener;
	}
	if (spaceBefore) {
		// ’ at a word's start elides: ’tis, ’em.
		return spaceAfter ? SingleRole.None : SingleRole.Apostrophe;
	}
	if (wordAfter) {
		return SingleRole.None;
	}
	return wordBefore ? SingleRole.AmbiguousCloser : SingleRole.ProbableCloser;
}

function startsElision(text: string, start: number, end: number): boolean {
	const code = text.charCodeAt(start);
	if (code >= 0x30 && code <= 0x39) {
		return true;
	}
	let wordEnd = start;
	while (wordEnd < end && wordEnd - start < 6 && isWordCharAt(text, wordEnd)) {
		wordEnd++;
	}
	const word = text.slice(start, wordEnd).toLowerCase();
	if (word === 'n') {
		// rock ’n’ roll: the n is closed by a second mark.
		const after = text.charCodeAt(wordEnd);
		return after === 0x27 || after === 0x2019;
	}
	return ELISIONS.has(word);
}
