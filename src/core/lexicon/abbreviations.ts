// The abbreviations whose full stop does not end a sentence (`Mr.`, `Dr.`, `St.`, `Messrs.`): where the
// sentence ends decides where a speech tag's words stop and which capital opens a sentence, not a name.
// The cast reads the whole list; the quote and sentence readers (dialogue/abbreviations) a named part.

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
export const SENTENCE_READER_ABBREVIATIONS: ReadonlySet<string> = new Set([...ABBREVIATIONS].filter(word => word !== 'm' && word !== 'sgt'));

/** True for `Mr`, `Dr`, `St` and the like, whose following full stop is not a sentence end. */
export function isAbbreviation(word: string): boolean {
	return ABBREVIATIONS.has(word.toLowerCase());
}
