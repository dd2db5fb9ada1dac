// Decides the sex of the people who speak, from the story itself: the pronouns tied to their lines
// (`"…," she said`) and, more weakly, the pronouns of the narration around their names. The turn-taking
// uses it to tell whether a `she said` can be the one the alternation points to.

import { GENDER_VOTE } from './narrationGender';
import { genderOfWords } from '../lexicon/genderWords';
import { Gender } from '../lexicon/types';
import { TurnSequence } from './types';

/**
 * The sex the narration's pronouns give each name (`Mara sat… her knees`), by majority: weaker than a pronoun
 * tied to a line, so it only tells a beat's subject from the `she` who speaks after it.
 */
export function narratedGenders(turns: TurnSequence, spellingOf: (name: string | undefined) => string | undefined): Map<string, Gender> {
	const votes = new Map<string, number>();
	for (const mention of turns.mentioned) {
		// A vote is `h` or `s`; other marks note other things (titledMentions.ts).
		if (mention[0] === GENDER_VOTE && (mention[1] === 'h' || mention[1] === 's')) {
			const name = spellingOf(mention.slice(2));
			if (name !== undefined) {
				votes.set(name, (votes.get(name) ?? 0) + (mention[1] === 'h' ? 1 : -1));
			}
		}
	}
	const genders = new Map<string, Gender>();
	for (const [name, vote] of votes) {
		if (vote !== 0) {
			genders.set(name, vote > 0 ? 'he' : 'she');
		}
	}
	return genders;
}

export function learnGenders(turns: TurnSequence, named: readonly (string | undefined)[]): Map<string, Gender | undefined> {
	const votes = new Map<string, number>();
	turns.readings.forEach((reading, index) => {
		const name = named[index];
		if (reading.tie === 'pronoun' && reading.pronoun !== undefined && name !== undefined) {
			votes.set(name, (votes.get(name) ?? 0) + (reading.pronoun === 'he' ? 1 : -1));
		}
	});
	const genders = new Map<string, Gender | undefined>();
	for (const [name, vote] of votes) {
		if (vote !== 0 && genderOfWords(name) === undefined) {
			genders.set(name, vote > 0 ? 'he' : 'she');
		}
	}
	return genders;
}
