// The lexicon's shapes: the kinds of honorific and the grammatical gender words tell.

/** Which honorifics can name the same person: `Mr. Bennet` is never `Mrs. Bennet`, `Miss` is not `Mrs`. */
export type HonorificGroup = 'male' | 'married' | 'unmarried' | 'female' | 'neutral';

export type Gender = 'he' | 'she';
