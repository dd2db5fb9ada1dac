// Decides who speaks a turn the prose leaves unattributed, once the turn-taking has settled the two people
// of its exchange: the one whose turn it is by alternation, unless the turn's own words say otherwise (a
// `she said` that cannot be him, a name the line calls out); where the exchange never named one of its two,
// the last other person the story showed; and for a pronoun with no exchange to go by, the last person of
// that gender the story showed.

import { bare, isDescription, samePerson } from '../lexicon/speakerNames';
import { SPEAKER_TITLES } from '../lexicon/honorifics';
import { Gender } from '../lexicon/types';
import { ParagraphTurn } from './types';
import { NARRATOR } from './narrator';

/** What the turn-taking knows of the story so far, beyond the exchange. */
export interface StoryVoices {
	/** The people the story showed last, the latest first. */
	readonly recent: readonly string[];
	/** The names a speech verb ties to a line somewhere in the story. */
	readonly speaking: ReadonlySet<string | undefined>;
	readonly genderOf: (name: string | undefined) => Gender | undefined;
	/** A speaker's sex as their own lines' pronouns or their title tell it, without the narration's. */
	readonly toldGenderOf: (name: string) => Gender | undefined;
	/** The last person the narration since the turn before gave `pronoun` and `fits` allows, heard speaking or not. */
	readonly lastVoted: (pronoun: Gender, fits: (name: string) => boolean) => string | undefined;
}

/**
 * The speaker of an unattributed turn whose place in the alternation is `mine`'s, the other place being
 * `other`'s (either may be unknown).
 */
export function unattributedSpeaker(
	reading: ParagraphTurn,
	mine: string | undefined,
	other: string | undefined,
	{ recent, speaking, genderOf, toldGenderOf, lastVoted }: StoryVoices,
): string | undefined {
	let speaker = mine;
	let slipped: string | undefined;
	const matches = (name: string) => (called: string) => called === name || (called.length < name.length ? samePerson(name, called) : samePerson(called, name));
	const calledOut = (name: string | undefined) =>
		name !== undefined && name !== NARRATOR && (reading.addressed?.some(matches(name)) === true || reading.objects?.some(matches(name)) === true);
	// `"…," she said` when the turn-taking says someone the story never made a she (a name the prose gives no
	// pronoun is more often a man's), and the other of the two is one: she is the likelier. Not a description.
	const unknownBesideHer =
		reading.pronoun === 'she' &&
		speaker !== undefined &&
		speaker !== NARRATOR &&
		!isDescription(speaker) &&
		genderOf(speaker) === undefined &&
		other !== undefined &&
		other !== NARRATOR &&
		genderOf(other) === 'she';
	const wrongPerson =
		reading.pronoun !== undefined && (speaker === NARRATOR || (genderOf(speaker) !== undefined && genderOf(speaker) !== reading.pronoun) || unknownBesideHer);
	if (wrongPerson || calledOut(speaker)) {
		// `she said` when the turn-taking says Robert or the narrator (who would say `I said`), or
		// `"Won't you tell, Douglas?"`: the alternation slipped.
		slipped = speaker;
		speaker =
			(reading.pronoun === undefined || (other !== NARRATOR && genderOf(other) !== (reading.pronoun === 'he' ? 'she' : 'he'))) && !calledOut(other)
				? other
				: undefined;
	}
	if (speaker === undefined && reading.pronoun === undefined && other !== undefined) {
		// `Nell came in from the rain. / "You're late," said Pell. / "The ferry was slow."`: no tag ever names the
		// other of the two, but the story showed them last, and heard them speak somewhere. So too when the one
		// tagged is a narrator (`"You're late," I said.`), whom the turn-taking never learns a name for.
		speaker = recent.find(name => name !== other && !samePerson(name, other) && !samePerson(other, name) && !calledOut(name) && speaking.has(name));
	}
	if (speaker === undefined && reading.pronoun !== undefined) {
		// `"…," he said.` with no exchange to go by: the last person of that gender the story showed.
		// Someone the story has shown speaking, or titled: not any capitalised word it mentioned twice.
		speaker = recent.find(
			name =>
				genderOf(name) !== (reading.pronoun === 'he' ? 'she' : 'he') &&
				!calledOut(name) &&
				(speaking.has(name) || SPEAKER_TITLES.has(bare(name.split(' ')[0]))),
		);
		if (
			speaker !== undefined &&
			!speaking.has(speaker) &&
			slipped !== undefined &&
			slipped !== NARRATOR &&
			!calledOut(slipped) &&
			toldGenderOf(slipped) === undefined
		) {
			// Only the narration's pronouns said the alternation's one was no `she`, and the one left is
			// a title the story never heard speak: the alternation is likelier right than that.
			speaker = slipped;
		}
		// No one heard speaking fits: the one the narration just gave the pronoun (`Bea grew restless with
		// her callers. / "…," she told Tom.`), who the story shows though no line of theirs is tied yet.
		speaker ??= lastVoted(reading.pronoun, name => !calledOut(name));
	}
	return speaker;
}
