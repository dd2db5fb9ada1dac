// Verbs that open a character's mind to the reader (`Karen wondered`, `felt Derek`): the narration that
// uses them is told through that character's eyes. Past-tense narration's forms; `thought` and its kin
// are shared with the quote kinds' verbs of thinking.

import { isThoughtVerb } from './quoteKindWords';

const INNER_LIFE_FORMS: ReadonlySet<string> = new Set([
	'felt',
	'feels',
	'knew',
	'knows',
	'realized',
	'realised',
	'realizes',
	'realises',
	'wished',
	'hoped',
	'feared',
	'dreaded',
	'remembered',
	'recalled',
	'supposed',
	'imagined',
	'suspected',
	'longed',
	'yearned',
	'sensed',
	'believed',
	'doubted',
	'regretted',
	'understood',
]);

/** Words allowed between a name and its verb: `Karen had wondered`, `Derek suddenly felt`. */
const BETWEEN: ReadonlySet<string> = new Set(['had', 'could', 'did', 'still', 'only', 'also', 'now', 'then', 'always', 'never', 'just', 'almost']);

export function isInnerLifeVerb(word: string): boolean {
	const lower = word.toLowerCase();
	return INNER_LIFE_FORMS.has(lower) || isThoughtVerb(lower);
}

/** `had`, `suddenly`: may stand between a name and the verb of its thoughts. */
export function mayStandBeforeInnerLifeVerb(word: string): boolean {
	const lower = word.toLowerCase();
	return BETWEEN.has(lower) || (lower.length > 4 && lower.endsWith('ly'));
}
