// Who the narration just before a `she said` was about: `Mrs. Pell came to the door in answer to Nell's
// knock. She was a tall woman. / "Do come in," she said.` is Mrs. Pell's, whoever's turn the exchange would
// make it. The narration's sentence subjects are marked among the turns' mentions as the paragraphs are
// read (a flag the name's words already gave it, so nearly free); the turn-taking reads them back for a
// pronoun turn that names no one.

import { MentionFlag } from '../structure/types';
import { Gender } from '../lexicon/types';
import { opensClause } from '../structure/pronounAfterName';
import { ParagraphTurn, TurnSequence } from './types';
import { addressedBefore, spokenTo } from './addressedReplies';
import { NARRATOR } from './narrator';

/** A mention that says the name just before it opened a sentence or acted in one: `Mrs. Pell came…`. */
export const SUBJECT_MARK = '\u0002';

/** A mention that says the name just before it is one of two joined as a subject: `Pell and Bram sat on.` */
export const PAIR_MARK = '\u0003';

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

/** Whether only `and` stands between a name ending at `end` and the next, starting at `next`: `Pell and Bram`. */
export function joinedByAnd(text: string, end: number, next: number): boolean {
	if (next - end < 5 || next - end > 7) {
		return false;
	}
	let index = end;
	while (index < next && text.charCodeAt(index) <= 0x20) {
		index++;
	}
	if (text.charCodeAt(index) !== 0x61 || text.charCodeAt(index + 1) !== 0x6e || text.charCodeAt(index + 2) !== 0x64) {
		return false;
	}
	index += 3;
	const spaceAt = index;
	while (index < next && text.charCodeAt(index) <= 0x20) {
		index++;
	}
	return index === next && index > spaceAt && spaceAt > end;
}

/** What namePronounTurns found for each pronoun turn. */
export interface PronounTurns {
	/** True at the turns named by the narration or by the line before. */
	readonly fromNarration: boolean[];
	/** At a turn whose narration was last about two people of its pronoun together (`Pell and Bram sat on.`), the two. */
	readonly pairs: (readonly [string, string] | undefined)[];
}

/**
 * Names, in `named`, the speaker of each pronoun turn (`"…," she said`) that names no one: the person the
 * narration since the turn before was about, where it shows one, else the one the line before called out
 * (addressedReplies.ts). Not when the turn's own paragraph narrates before its quote (`Nell sat down, and after
 * a while she said, "…"`): its pronoun points there.
 */
export function namePronounTurns(
	turns: TurnSequence,
	named: (string | undefined)[],
	spellingOf: (name: string) => string | undefined,
	genderOf: (name: string) => Gender | undefined,
	isPerson: (name: string) => boolean,
): PronounTurns {
	const fromNarration: boolean[] = [];
	const pairs: (readonly [string, string] | undefined)[] = [];
	turns.readings.forEach((reading, index) => {
		if (named[index] === undefined && reading.pronoun !== undefined && reading.attributed && !reading.continues && !reading.narratedBefore) {
			const narrated = narratedSpeaker(turns, index, reading, spellingOf, genderOf, isPerson);
			if (typeof narrated === 'object') {
				pairs[index] = narrated;
			}
			named[index] = (typeof narrated === 'string' ? narrated : undefined) ?? addressedBefore(turns, index, named[index - 1], spellingOf, genderOf, isPerson);
			fromNarration[index] = named[index] !== undefined;
		}
	});
	return { fromNarration, pairs };
}

/**
 * The speaker of a pronoun turn (`"…," she said`) that names no one, by the narration since the turn before:
 * its last sentence subject the story makes a `she`, if a person and not the one the line speaks to. Subjects
 * of the other sex are passed over (`Mrs. Pell sat down. Tom lit his pipe. / "…," she said.`). Two people
 * joined as the subject (`Pell and Bram sat on.`), one of them of the pronoun's sex, are no one it points to:
 * they are given back instead.
 */
function narratedSpeaker(
	turns: TurnSequence,
	index: number,
	reading: ParagraphTurn,
	spellingOf: (name: string) => string | undefined,
	genderOf: (name: string) => Gender | undefined,
	isPerson: (name: string) => boolean,
): string | readonly [string, string] | undefined {
	const first = index > 0 ? turns.mentionedEnd[index - 1] : 0;
	for (let mention = turns.mentionedEnd[index] - 1; mention > first; mention--) {
		const mark = turns.mentioned[mention];
		if (mark === PAIR_MARK && mention - 3 >= first && turns.mentioned[mention - 2] === PAIR_MARK) {
			const pair = [spellingOf(turns.mentioned[mention - 3]), spellingOf(turns.mentioned[mention - 1])];
			if (pair[0] !== undefined && pair[1] !== undefined && pair.some(name => genderOf(name!) !== (reading.pronoun === 'he' ? 'she' : 'he'))) {
				return [pair[0], pair[1]];
			}
			mention -= 2;
			continue;
		}
		if (mark !== SUBJECT_MARK) {
			continue;
		}
		const name = spellingOf(turns.mentioned[mention - 1]);
		if (name !== undefined && genderOf(name) === reading.pronoun) {
			return isPerson(name) && !spokenTo(reading, name) ? name : undefined;
		}
	}
	return undefined;
}

/**
 * The speaker of a pronoun turn after two people joined as the narration's subject (`Pell and Bram sat on,
 * listening. / "It was all true," said he.`): neither of the two, so the one who spoke last goes on, if the
 * story does not make them the other sex.
 */
export function besidesPair(
	pair: readonly [string, string],
	last: string | undefined,
	reading: ParagraphTurn,
	genderOf: (name: string) => Gender | undefined,
): string | undefined {
	const other = reading.pronoun === 'he' ? 'she' : 'he';
	return last !== undefined && last !== NARRATOR && !pair.includes(last) && genderOf(last) !== other && !spokenTo(reading, last) ? last : undefined;
}
