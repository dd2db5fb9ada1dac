// What the narration says about a person's sex: `Mara sat in the stern with the lantern between her knees`
// makes Mara a she. Each name's own sentence is read up to the next name, for the first pronoun that
// points back to a subject (he, his, himself; she, herself, and her before a noun); the votes are carried
// in the turns' mentions, marked apart from names, and the turn-taking adds them up over the story.

import { Gender } from '../lexicon/types';

/** A mention that is a vote, not a name: the mark, `h` or `s`, then the name. */
export const GENDER_VOTE = '\u0001';

const HE = new Set(['he', 'his', 'himself']);
const SHE = new Set(['she', 'herself']);
/** After `her`, words that make it an object (`looked at her and`), not a possessive. */
const NOT_AFTER_POSSESSIVE = new Set([
	'and',
	'to',
	'with',
	'for',
	'that',
	'in',
	'on',
	'at',
	'as',
	'but',
	'was',
	'the',
	'a',
	'an',
	'up',
	'out',
	'off',
	'down',
	'away',
	'back',
	'again',
	'so',
	'too',
	'by',
	'from',
	'into',
	'if',
	'when',
	'or',
	'of',
]);
const WORD = /[\p{L}’'-]+|[.!?;"“”‘]/gu;
const LOOK_CHARS = 120;

/** The sex the words after a name (up to `limit`, within its sentence) give it, if any. */
export function pronounAfter(text: string, from: number, limit: number): Gender | undefined {
	const words = [...text.slice(from, Math.min(limit, from + LOOK_CHARS)).matchAll(WORD)].map(match => match[0]);
	for (let index = 0; index < words.length; index++) {
		const word = words[index];
		if (word.length === 1 && '.!?;"“”‘'.includes(word)) {
			return undefined;
		}
		const lower = word.toLowerCase();
		if (HE.has(lower)) {
			return 'he';
		}
		if (SHE.has(lower)) {
			return 'she';
		}
		if (lower === 'her') {
			const next = words[index + 1];
			return next !== undefined && next.length > 2 && !NOT_AFTER_POSSESSIVE.has(next) && next === next.toLowerCase() ? 'she' : undefined;
		}
	}
	return undefined;
}

/** The mention that carries a vote for `name`. */
export function genderVote(name: string, gender: Gender): string {
	return `${GENDER_VOTE}${gender === 'he' ? 'h' : 's'}${name}`;
}
