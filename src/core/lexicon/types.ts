// The lexicon's shapes: the kinds of honorific and the two ways a word tells someone's sex, as the cast
// records it and as the pronoun speaker attribution reads.

/** Which honorifics can name the same person: `Mr. Bennet` is never `Mrs. Bennet`, `Miss` is not `Mrs`. */
export type HonorificGroup = 'male' | 'married' | 'unmarried' | 'female' | 'neutral';

/** A person's sex as the cast records it (from an honorific or a first name), and as `--json` writes it. */
export type Sex = 'male' | 'female';

/** The same, as the pronoun a speech tag uses for the person: `he said`, `she asked`. */
export type Gender = 'he' | 'she';
