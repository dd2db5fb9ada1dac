// The narrator as a speaker: the prose says `I said` but seldom the narrator's name, so the narrator's
// lines carry `Narrator` unless the others keep calling the narrator by one name (`"Oh, Rudolf!"`) in the
// turns around the narrator's own.

import { isDescription } from '../lexicon/speakerNames';
import { TurnSequence } from './types';

/** The narrator, who speaks when the prose says `I said` but whose name the prose does not give. */
export const NARRATOR = '\u0000I';
/**
 * The speaker a narrator's speech carries when the story never gives the narrator's name: `"No," I said.`
 * is the narrator's line, listed and tinted as one voice, and never the word `I`, which a writer would read
 * as a stray pronoun.
 */
export const NARRATOR_SPEAKER = 'Narrator';

/** Times the others must call the narrator by a name before the narrator's speech carries it. */
const LEAST_NARRATOR_CALLS = 2;

/**
 * The name the others call the narrator by: `"Oh, Rudolf, how good of you!"` answering or answered by
 * the narrator's own turn. The name must be called out to the narrator more often than any other, at
 * least twice, and never be tied by a speech verb to a turn of its own (then it is someone else's).
 * `mayBeCalled` says which of the names a turn calls out may be a person's.
 */
export function narratorName(
	turns: TurnSequence,
	speakers: readonly (string | undefined)[],
	tiedSpeakers: ReadonlySet<string | undefined>,
	mayBeCalled: (name: string) => boolean,
): string | undefined {
	let calls: Map<string, number> | undefined;
	for (let index = 0; index < turns.length; index++) {
		const addressed = turns.readings[index].addressed;
		if (addressed === undefined || speakers[index] === NARRATOR) {
			continue;
		}
		const answersNarrator = index > 0 && !turns.startsExchange[index] && speakers[index - 1] === NARRATOR;
		const answeredByNarrator = index + 1 < turns.length && !turns.startsExchange[index + 1] && speakers[index + 1] === NARRATOR;
		if (answersNarrator || answeredByNarrator) {
			calls ??= new Map();
			for (const name of addressed.filter(mayBeCalled)) {
				calls.set(name, (calls.get(name) ?? 0) + 1);
			}
		}
	}
	let best: string | undefined;
	let bestCalls = 0;
	let runnerUp = 0;
	for (const [name, count] of calls ?? []) {
		if (count > bestCalls) {
			runnerUp = bestCalls;
			best = name;
			bestCalls = count;
		} else if (count > runnerUp) {
			runnerUp = count;
		}
	}
	return best !== undefined && bestCalls >= LEAST_NARRATOR_CALLS && bestCalls > runnerUp && !tiedSpeakers.has(best) && !isDescription(best) ? best : undefined;
}
