// Decides which of the names the turns give are people, and so the name each turn goes by: a capitalised
// word a sentence only opens with (`Rehearsal ended.`) is no one, and a turn it stood before goes to the
// latest subject who is someone.

import { bare, isDescription } from '../lexicon/speakerNames';
import { genderOfWords } from '../lexicon/genderWords';
import { SPEAKER_TITLES } from '../lexicon/honorifics';
import { TurnSequence } from './types';
import { Steps } from '../text/types';
import { NARRATOR } from './narrator';
import { isMark } from './narratedSubjects';

export interface PersonNames {
	/** The names a speech verb or a tied pronoun gives a quote somewhere in the story. */
	readonly speaking: Set<string | undefined>;
	readonly isPerson: (name: string | undefined) => boolean;
	/** The person each turn's prose names, or undefined. */
	readonly named: (string | undefined)[];
}

/** Who of `spelled`, each turn's name in one spelling, is someone, a slice at a time. */
export function* personNames(
	turns: TurnSequence,
	spelled: readonly (string | undefined)[],
	spellingOf: (name: string | undefined) => string | undefined,
): Steps<PersonNames> {
	// A name found only as a sentence's subject or called out (`Rehearsal ended.`, `„Ja, …“`) may be no one
	// at all: it counts once a speech verb has tied it to a quote somewhere in the story, or a title says it
	// is a person.
	const tied = (index: number) => turns.readings[index].tie === 'verb' || turns.readings[index].tie === 'pronoun';
	const speaking = new Set(spelled.filter((name, index) => name !== undefined && tied(index)));
	// Or one the story keeps coming back to: a one-off capitalised opening (`Rehearsal ended.`) is not.
	const shown = new Map<string, number>();
	const show = (name: string | undefined) => {
		if (name !== undefined) {
			shown.set(name, (shown.get(name) ?? 0) + 1);
		}
	};
	// A beat paragraph's subject before a turn is in `mentioned` already: counted again, a word opening one
	// beat (`Burst into tears she did.`) would pass for someone the story comes back to.
	spelled.forEach((name, index) => (turns.readings[index].speaker !== undefined || turns.readings[index].narrator) && show(name));
	yield;
	turns.mentioned.forEach(name => {
		if (!isMark(name)) {
			show(name);
		}
	});
	yield;
	// Called out by name more than once (`"Rose, be fair"`), a name is someone's too; so is one spoken to
	// (`he said to Pell`) that a sentence elsewhere has doing something.
	turns.readings.forEach(reading => {
		reading.addressed?.forEach(show);
		reading.objects?.forEach(show);
		reading.earlier?.forEach(show);
	});
	const isPerson = (name: string | undefined) =>
		name !== undefined &&
		(speaking.has(name) || (shown.get(name) ?? 0) > 1 || name === NARRATOR || isDescription(name) || SPEAKER_TITLES.has(bare(name.split(' ')[0])));
	const named = spelled.map((name, index) => {
		if (tied(index) || isPerson(name)) {
			return name;
		}
		// `Pell looked on. Sixpence was a fair price. "Here," he said.`: the latest subject who is someone.
		const pronoun = turns.readings[index].pronoun;
		const earlier = turns.readings[index].earlier
			?.map(spellingOf)
			.find(other => isPerson(other) && (pronoun === undefined || genderOfWords(other!) !== (pronoun === 'he' ? 'she' : 'he')));
		return earlier;
	});
	return { speaking, isPerson, named };
}
