// The abbreviations whose full stop does not end a sentence (`Mr.`, `Dr.`, `St.`, `Messrs.`): where the
// sentence ends decides where a speech tag's words stop and which capital opens a sentence, not a name.

import { isWordCharAt } from '../text/words';

/** Each in lower case, without its full stop: `Mr. Darcy`, `M. Poirot`, `Sgt. Cuff`, `John Smith, Jr.` */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
	'mr',
	'mrs',
	'ms',
	'dr',
	'st',
	'capt',
	'col',
	'gen',
	'lt',
	'sgt',
	'prof',
	'rev',
	'm',
	'mme',
	'mlle',
	'messrs',
	'jr',
	'sr',
]);

/**
 * The quote and sentence readers, which look at a word just before a full stop, leave out `M.`, as often
 * the end of a sentence (`the letter M.`), and `Sgt.`, which they were tuned without.
 */
const IN_SENTENCES: ReadonlySet<string> = new Set([...ABBREVIATIONS].filter(word => word !== 'm' && word !== 'sgt'));

/** True for `Mr`, `Dr`, `St` and the like, whose following full stop is not a sentence end. */
export function isAbbreviation(word: string): boolean {
	return ABBREVIATIONS.has(word.toLowerCase());
}

/** True when the `.` at `index` ends a title like `Mr.`, not a sentence. */
export function endsWithAbbreviation(text: string, index: number): boolean {
	let start = index;
	while (start > 0 && index - start < 8 && isWordCharAt(text, start - 1)) {
		start--;
	}
	// Titles are short and capitalised; a sentence mostly ends on a longer, lower-case word.
	const first = text.charCodeAt(start);
	if (index - start > 6 || index === start || (first >= 0x61 && first <= 0x7a)) {
		return false;
	}
	return IN_SENTENCES.has(text.slice(start, index).toLowerCase());
}
