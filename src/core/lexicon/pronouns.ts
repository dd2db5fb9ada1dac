// The pronouns the speech tags are read with: the personal ones that may say a line (`he said`, `said
// she`), the indefinite ones that name no one (`someone said`), the ones that only follow a verb (`told him`).

/** Personal pronouns that may say a line: `he said`, `I asked`, `you'll see, said they`. */
export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'i', 'they', 'we', 'you']);

/** The subjects a tag after a quote opens on: the personal pronouns and `it` (`it said`, of a voice or a sign). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set([...PRONOUNS, 'it']);

/** The personal pronouns that follow an inverted speech verb (`said he`); `said you` is no tag. */
export const INVERTED_PRONOUNS: ReadonlySet<string> = new Set([...PRONOUNS].filter(pronoun => pronoun !== 'you'));

/** Pronouns that name no one; a turn carried by them is someone's, but whose the prose does not say. */
export const INDEFINITES: ReadonlySet<string> = new Set(['somebody', 'someone', 'everybody', 'everyone', 'nobody', 'anybody', 'anyone']);

/** Pronouns that only ever stand after a verb or a preposition. */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['me', 'him', 'us', 'them']);
