// Who the narration just before a `she said` was about: `Mrs. Pell came to the door in answer to Nell's
// knock. She was a tall woman. / "Do come in," she said.` is Mrs. Pell's, whoever's turn the exchange would
// make it. The narration's sentence subjects are marked among the turns' mentions as the paragraphs are
// read (a flag the name's words already gave it, so nearly free); the turn-taking reads them back for a
// pronoun turn that names no one.

import { MentionFlag } from '../structure/types';
import { Gender } from '../lexicon/types';
import { opensClause } from './narrationGender';
import { ParagraphTurn, TurnSequence } from './types';
import { addressedBefore, spokenTo } from './addressedReplies';

/** A mention that says the name just before it opened a sentence or acted in one: `Mrs. Pell came…`. */
export const SUBJECT_MARK = '\u0002';

/** Whether a mention is a mark (a subject's, a gender vote) rather than a name. */
export function isMark(mention: string): boolean {
	return mention.charCodeAt(0) < 0x20;
}

/** Flags that make a name something else than a sentence's subject: `Nell's knock`, `the Rat`, `of Pell`. */
const NOT_SUBJECT = MentionFlag.Possessive | MentionFlag.AfterDeterminer | MentionFlag.AfterOf | MentionFlag.AfterPlacePreposition | MentionFlag.InDialogue;

/**
 * Whether the name at `start` of `text`, with its words' `flags`, is a sentence's subject: at a sentence's
 * start (`Mrs. Pell came…`), or opening a clause before a verb of what people do (`…, and Pell told…`).
 */
export function actsAsSubject(text: string, start: number, flags: number): boolean {
	if ((flags & NOT_SUBJECT) !== 0) {
		return false;
	}
	return (flags & MentionFlag.SentenceStart) !== 0 || ((flags & (MentionFlag.SpeechVerb | MentionFlag.PersonContext)) !== 0 && opensClause(text, start));
}

/**
 * Names, in `named`, the speaker of each pronoun turn (`"…," she said`) that names no one: the person the
 * narration since the turn before was about, where it shows one, else the one the line before called out
 * (addressedReplies.ts). Not when the turn's own paragraph narrates before its quote (`Nell sat down, and after
 * a while she said, "…"`): its pronoun points there. True at the turns so named.
 */
export function namePronounTurns(
	turns: TurnSequence,
	named: (string | undefined)[],
	spellingOf: (name: string) => string | undefined,
	genderOf: (name: string) => Gender | undefined,
	isPerson: (name: string) => boolean,
): boolean[] {
	const fromNarration: boolean[] = [];
	turns.readings.forEach((reading, index) => {
		if (named[index] === undefined && reading.pronoun !== undefined && reading.attributed && !reading.continues && !reading.narratedBefore) {
			named[index] =
				narratedSpeaker(turns, index, reading, spellingOf, genderOf, isPerson) ??
				addressedBefore(turns, index, named[index - 1], spellingOf, genderOf, isPerson);
			fromNarration[index] = named[index] !== undefined;
		}
	});
	return fromNarration;
}

/**
 * The speaker of a pronoun turn (`"…," she said`) that names no one, by the narration since the turn before:
 * its last sentence subject the story makes a `she`, if a person and not the one the line speaks to. Subjects
 * of the other sex are passed over (`Mrs. Pell sat down. Tom lit his pipe. / "…," she said.`).
 */
function narratedSpeaker(
	turns: TurnSequence,
	index: number,
	reading: ParagraphTurn,
	spellingOf: (name: string) => string | undefined,
	genderOf: (name: string) => Gender | undefined,
	isPerson: (name: string) => boolean,
): string | undefined {
	const first = index > 0 ? turns.mentionedEnd[index - 1] : 0;
	for (let mention = turns.mentionedEnd[index] - 1; mention > first; mention--) {
		if (turns.mentioned[mention] !== SUBJECT_MARK) {
			continue;
		}
		const name = spellingOf(turns.mentioned[mention - 1]);
		if (name !== undefined && genderOf(name) === reading.pronoun) {
			return isPerson(name) && !spokenTo(reading, name) ? name : undefined;
		}
	}
	return undefined;
}
