// The words before a name called out (`my dear Rose`, `oh, Karen`, `poor old Mole`): the name after them
// is someone spoken to, not the one speaking. Speaker attribution reads them all; the cast's vocative
// evidence a named part.

/** In lower case: `my`, `dear`, `oh`, `darling`. */
export const ADDRESS_WORDS: ReadonlySet<string> = new Set(['my', 'dear', 'dearest', 'oh', 'o', 'ah', 'poor', 'good', 'old', 'darling']);

/**
 * The cast reads a name after these as addressed: not after `good` and `old`, which as often open a
 * description in narration (`old Cotter`, `good Mr. Hale`), nor `dearest` and `ah`, which it was tuned without.
 */
export const VOCATIVE_OPENERS: ReadonlySet<string> = new Set([...ADDRESS_WORDS].filter(word => !['good', 'old', 'dearest', 'ah'].includes(word)));

/** Endearments said after a name called out (`Anny dear, come here`): the name before them is addressed. */
export const ENDEARMENTS: ReadonlySet<string> = new Set(['dear', 'dearest', 'darling', 'love']);
