// Decides the sex the narration gives a form, from the pronoun after each sighting that opens its clause
// (`Defarge wiped his hands`), so that a name several characters share can still find its one.

import { Form } from './types';
import { Sex } from '../lexicon/types';
import { opensClause, pronounAfter } from '../structure/pronounAfterName';

/**
 * The sex the narration gives a form: each sighting that opens its clause (`Defarge wiped his hands`) votes
 * with the first pronoun after it in its sentence, as the turn-taking's votes do. Undefined unless at least
 * three votes fall and three times as many go one way as the other.
 */
export function narratedSex(form: Form): Sex | undefined {
	let male = 0;
	let female = 0;
	for (const sighting of form.sightings) {
		if (sighting.inDialogue) {
			continue;
		}
		const { text, names } = sighting.block.analysis;
		const start = sighting.start - sighting.block.start;
		const end = sighting.end - sighting.block.start;
		// Read up to the next name, as the narration's votes are: `Defarge eyed Madame Defarge and her knitting`.
		const limit = names.find(name => name.start >= end)?.start ?? text.length;
		const gender = opensClause(text, start) ? pronounAfter(text, end, limit) : undefined;
		if (gender === 'he') {
			male++;
		} else if (gender === 'she') {
			female++;
		}
	}
	if (male >= MIN_SEX_VOTES && male >= SEX_MAJORITY * female) {
		return 'male';
	}
	return female >= MIN_SEX_VOTES && female >= SEX_MAJORITY * male ? 'female' : undefined;
}

const MIN_SEX_VOTES = 3;
const SEX_MAJORITY = 3;
