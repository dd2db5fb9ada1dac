// The words that make a quote something other than speech: a verb of thinking beside it (`"…" thought
// Edith`) makes it thought; a verb of writing or a written thing (`the note ran:`, `read the sign`) makes
// it writing. Kept apart from the speech verbs, which would tie such a quote to a speaker's lines.

/**
 * Verbs of thinking, every form a tag uses: `thought Edith`, `she wondered`, `I think`; and the Spanish, French
 * and German tags' `—pensó Augusto`, `pensa Lucie`, `dachte K.`.
 */
const THOUGHT_FORMS: ReadonlySet<string> = new Set([
	...['thought', 'thinks', 'think', 'wondered', 'wonders', 'mused', 'muses', 'pondered', 'ponders'],
	...['pensó', 'pensaba', 'pensé', 'pensa', 'pensait', 'pensai', 'dachte'],
]);

/** Verbs that give a written thing's words: `the card read:`, `ran the notice`, `she wrote:`. */
const WRITING_FORMS: ReadonlySet<string> = new Set(['read', 'reads', 'ran', 'runs', 'wrote', 'writes', 'written', 'printed', 'inscribed', 'scrawled']);

/** Things that are written rather than said. */
const WRITTEN_NOUNS: ReadonlySet<string> = new Set([
	'note',
	'letter',
	'sign',
	'card',
	'notice',
	'message',
	'telegram',
	'headline',
	'headlines',
	'inscription',
	'label',
	'placard',
	'poster',
	'banner',
	'postcard',
	'advertisement',
	'paper',
	'newspaper',
	'page',
	'signpost',
	'plaque',
	'envelope',
]);

export function isThoughtVerb(word: string): boolean {
	return THOUGHT_FORMS.has(word.toLowerCase());
}

export function isWritingVerb(word: string): boolean {
	return WRITING_FORMS.has(word.toLowerCase());
}

export function isWrittenNoun(word: string): boolean {
	return WRITTEN_NOUNS.has(word.toLowerCase());
}

/** The writing verbs that make a quote writing with no written thing named beside them (`she wrote:`). */
export const WRITING_ALONE: ReadonlySet<string> = new Set(['wrote', 'writes', 'written', 'printed', 'inscribed', 'scrawled']);

/**
 * Whether `text` could hold a word that makes a quote thought or writing: a verb of thinking, a writing
 * verb that needs nothing beside it, or a written thing, anywhere in it, even inside a longer word, so
 * that no piece cut from the text holds one when this is false. Most tags hold none, and their quotes
 * are speech without the tags being read.
 */
export function mayHoldQuoteKindWord(text: string): boolean {
	return QUOTE_KIND_WORD.test(text);
}

const QUOTE_KIND_WORD = new RegExp([...THOUGHT_FORMS, ...WRITING_ALONE, ...WRITTEN_NOUNS].join('|'), 'iu');
