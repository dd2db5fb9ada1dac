// The lower-case words after which a new clause, and with it a new subject, begins: `and Perrin pulled on
// his boots`, `when Margery, who had been listening, said`. The narration's genders and the long lead-ins
// both read a name after one of them as a subject, not as the object of what came before.

/** Conjunctions and adverbs after which a name opens a clause as its subject, rather than ending one as its object. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
	'and',
	'but',
	'or',
	'nor',
	'yet',
	'so',
	'then',
	'when',
	'while',
	'as',
	'that',
	'though',
	'although',
	'if',
	'till',
	'until',
	'because',
	'before',
	'after',
	'since',
	'once',
	'where',
	'whereupon',
	'now',
]);

/**
 * The conjunctions that open a sentence on a clause of their own, the main clause and its subject following
 * the comma after it: `When the cloth was cleared, Holmes glanced at his watch.`
 */
export const INTRODUCTORY_CLAUSE_OPENERS: ReadonlySet<string> = new Set([
	'when',
	'while',
	'whilst',
	'as',
	'after',
	'before',
	'though',
	'although',
	'since',
	'once',
	'till',
	'until',
	'if',
	'because',
]);

/** The longest of CLAUSE_OPENERS: a longer word before a name is none of them. */
export const LONGEST_CLAUSE_OPENER = Math.max(...[...CLAUSE_OPENERS].map(word => word.length));

/** The clause openers that may stand before a subject whose aside follows: `and Margery, who…, said`. */
const OPENERS_BEFORE_AN_ASIDE = ['and', 'but', 'when', 'while', 'then', 'so', 'yet', 'till', 'until', 'now'];

/** The ends of time phrases that stand where a clause opener would: `At last the Mole, after a long pause, said,`. */
const TIME_PHRASE_ENDS = ['last', 'length', 'here'];

/** Words that may stand just before a subject whose aside follows, past the adverbs: `and`, `but`, `At last`. */
export const BEFORE_ASIDE_SUBJECT: ReadonlySet<string> = new Set([...OPENERS_BEFORE_AN_ASIDE, ...TIME_PHRASE_ENDS]);
