// Whether a story's turns are written in a language the speech-verb rules read, judged by how many of
// them a speech verb ties to a speaker.

import { TurnSequence } from './types';

/** Below this share of turns tied to a speaker by a speech verb, the story's language is not one the rules read. */
const LEAST_ATTRIBUTED = 0.05;
const FEWEST_TURNS_TO_JUDGE = 20;

/**
 * The speech verbs are English: in a long story where almost no turn has one (`sagte er`, `dijo ella`),
 * the names the rules would find are sentence openings (`Ja`, `Sí`, `Je`), so no speaker is named at all.
 */
export function readsAttributions(turns: TurnSequence): boolean {
	if (turns.length < FEWEST_TURNS_TO_JUDGE) {
		return true;
	}
	let attributed = 0;
	for (const reading of turns.readings) {
		attributed += reading.attributed ? 1 : 0;
	}
	return attributed >= LEAST_ATTRIBUTED * turns.length;
}
