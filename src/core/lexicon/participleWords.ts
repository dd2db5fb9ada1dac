// The words after a capitalised `-ing` word opening a sentence that make it a participle, not a name:
// `Motioning them to wait, the warder knocked`, `Sitting on the sofa, she read`. A name goes on with a verb
// (`Manning said`, `Irving looked up`); a participle with its object or a preposition.

import { DETERMINERS } from './determiners';
import { OBJECT_PRONOUNS } from './pronouns';
import { isPlacePreposition } from './placeWords';

const AFTER_A_PARTICIPLE: ReadonlySet<string> = new Set([
	...OBJECT_PRONOUNS,
	...DETERMINERS,
	'it',
	'to',
	'up',
	'out',
	'back',
	'over',
	'off',
	'away',
	'round',
	'about',
	'forward',
	'with',
	'from',
	'upon',
	'towards',
]);

/** Whether `word` (lower case), after a capitalised `-ing` word opening a sentence, makes it a participle. */
export function followsParticiple(word: string): boolean {
	return AFTER_A_PARTICIPLE.has(word) || isPlacePreposition(word);
}
