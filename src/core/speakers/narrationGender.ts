// What the narration says about a person's sex: `Mara sat in the stern with the lantern between her knees`
// makes Mara a she. Each name's own sentence is read up to the next name, for the first pronoun that
// points back to a subject (structure/pronounAfterName.ts reads it); the votes are carried
// in the turns' mentions, marked apart from names, and the turn-taking adds them up over the story.
// Only a name that opens its clause votes: after a verb or a preposition (`with Mara, his hands…`) the
// pronoun that follows is most likely the subject's, someone else.

import { Gender } from '../lexicon/types';

/** A mention that is a vote, not a name: the mark, `h` or `s`, then the name. */
export const GENDER_VOTE = '\u0001';

/** The mention that carries a vote for `name`. */
export function genderVote(name: string, gender: Gender): string {
	return `${GENDER_VOTE}${gender === 'he' ? 'h' : 's'}${name}`;
}
