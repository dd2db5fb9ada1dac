// Decides the sex of each speaker the turns name, for the turn-taking, and takes a name off a turn whose
// pronoun makes it the other sex: `Tobias rowed. / "There," she said.` is not Tobias speaking. What the
// story's own pronouns say of a name is turnGenders.ts' to count.

import { genderOfWords } from '../lexicon/genderWords';
import { isDescription } from '../lexicon/speakerNames';
import { petNameGender } from '../lexicon/petNames';
import { Gender } from '../lexicon/types';
import { TurnSequence } from './types';
import { Steps } from '../text/types';
import { NARRATOR } from './narrator';
import { isMark } from './narratedSubjects';
import { learnGenders, narratedGenders } from './turnGenders';

export interface SpeakerGenders {
	/** The sex the narration's pronouns give each name. */
	readonly narrated: Map<string, Gender>;
	/** The sex each speaker is known to be, filled in as genderOf asks. */
	readonly genders: Map<string, Gender | undefined>;
	readonly toldGenderOf: (speaker: string) => Gender | undefined;
	readonly genderOf: (speaker: string | undefined) => Gender | undefined;
}

/** The speakers' sexes, a slice at a time, with each of `named` a turn's pronoun rules out taken off it. */
export function* fitPronouns(
	turns: TurnSequence,
	named: (string | undefined)[],
	spellingOf: (name: string | undefined) => string | undefined,
	isPerson: (name: string | undefined) => boolean,
): Steps<SpeakerGenders> {
	const narrated = narratedGenders(turns, spellingOf);
	// `Darcy was fixed in astonishment. "When I consider," she added`: a pronoun the paragraph gave its
	// narration's subject (or one of its subjects) reaches past them when the story has made them the other
	// sex, and must not teach them that sex.
	turns.readings.forEach((reading, index) => {
		const name = named[index];
		if (
			reading.speaker !== undefined &&
			reading.pronoun !== undefined &&
			reading.tie !== 'verb' &&
			name !== undefined &&
			name !== NARRATOR &&
			!isDescription(name)
		) {
			const gender = genderOfWords(name) ?? narrated.get(name);
			if (gender !== undefined && gender !== reading.pronoun) {
				named[index] = undefined;
			}
		}
	});
	// A novel's turns are tens of thousands and a big file's hundreds of thousands: each pass over them is a step.
	yield;
	const genders = learnGenders(turns, named);
	const voiced = new Map(genders);
	/** The sex a speaker's own lines (`"…," she said`) or title (`Mrs.`) give them. */
	const toldGenderOf = (speaker: string): Gender | undefined => voiced.get(speaker) ?? genderOfWords(speaker);
	/**
	 * That, or else the sex the narration's pronouns give them (`Mara lit her lamp` makes Mara no `he`), or a
	 * pet name's (`Lizzy`).
	 */
	const genderOf = (speaker: string | undefined): Gender | undefined => {
		if (speaker === undefined || speaker === NARRATOR) {
			return undefined;
		}
		if (!genders.has(speaker)) {
			// `Elizabeth Bennet`, named so once, is what the story has made `Elizabeth`.
			const space = speaker.indexOf(' ');
			const first = space > 0 ? speaker.slice(0, space) : undefined;
			genders.set(speaker, genderOfWords(speaker) ?? narrated.get(speaker) ?? petNameGender(speaker) ?? (first !== undefined ? genderOf(first) : undefined));
		}
		return genders.get(speaker);
	};
	/** The one person the narration since the last turn names, other than `subject`, that the story has made a `gender`. */
	const otherOfGender = (index: number, subject: string, gender: Gender): string | undefined => {
		let found: string | undefined;
		for (let mention = index > 0 ? turns.mentionedEnd[index - 1] : 0; mention < turns.mentionedEnd[index]; mention++) {
			const mentioned = turns.mentioned[mention];
			const name = isMark(mentioned) ? undefined : spellingOf(mentioned);
			// A name the narration has given a pronoun is someone, even one never heard speaking yet.
			if (name === undefined || name === subject || name === found || !(isPerson(name) || narrated.has(name))) {
				continue;
			}
			if ((genderOf(name) ?? narrated.get(name)) === gender) {
				if (found !== undefined) {
					return undefined;
				}
				found = name;
			}
		}
		return found;
	};
	turns.readings.forEach((reading, index) => {
		// `Tobias rowed. / "There," she said.`: the beat's subject is no she.
		const name = named[index];
		if (reading.speaker === undefined && reading.pronoun !== undefined && name !== undefined && name !== NARRATOR && !isDescription(name)) {
			const gender = genderOf(name) ?? narrated.get(name);
			if (gender === (reading.pronoun === 'he' ? 'she' : 'he')) {
				named[index] = undefined;
			} else if (gender === undefined) {
				// `Tobias rowed. Mara sat with the lantern between her knees. / "There," she said.`: the story
				// has never said what Tobias is, but it has made Mara a she.
				named[index] = otherOfGender(index, name, reading.pronoun) ?? name;
			}
		}
	});
	return { narrated, genders, toldGenderOf, genderOf };
}
