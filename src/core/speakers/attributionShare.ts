// Whether a story's turns are written in a language the speech-verb rules read, judged by how many of
// them a speech verb ties to a speaker.

import { ParagraphTurn, TurnSequence } from './types';

/** Below this share of turns tied to a speaker by a speech verb, the story's language is not one the rules read. */
const LEAST_ATTRIBUTED = 0.05;
const FEWEST_TURNS_TO_JUDGE = 20;

/**
 * How the story's turns are to be read: `english` with every rule; `foreign` from French, German and Spanish
 * tags alone (foreignTags.ts); `none` where neither ties enough turns to its speakers.
 */
export type AttributionLanguage = 'english' | 'foreign' | 'none';

/**
 * The rules that read a sentence's subject or a beat are English: in a long story where almost no turn has an
 * English speech verb (`sagte er`, `dijo ella`), the names they would find are sentence openings (`Ja`,
 * `Aber`, `Je`), so only the French, German and Spanish tags are read, where they tie enough turns; and no
 * speaker is named at all where they do not either.
 */
export function attributionLanguage(turns: TurnSequence): AttributionLanguage {
	let english = 0;
	let foreign = 0;
	for (const reading of turns.readings) {
		if (reading.foreign) {
			foreign++;
		} else if (reading.attributed) {
			english++;
		}
	}
	// Too few turns to judge a share by: the English rules read them, unless French, German or Spanish tags tie
	// more of them than English ones do (a short scene in French, where `Alors,` would be someone called out).
	if (turns.length < FEWEST_TURNS_TO_JUDGE) {
		return foreign > english ? 'foreign' : 'english';
	}
	return english >= LEAST_ATTRIBUTED * turns.length ? 'english' : foreign >= LEAST_ATTRIBUTED * turns.length ? 'foreign' : 'none';
}

/**
 * The turns as the French, German and Spanish tags alone tell them: each turn's speaker or pronoun where such
 * a tag gives one, and nothing the English rules read from the narration (its subjects, its beats, who it
 * names). A name a turn calls out is kept when a tag gives it a line somewhere (`—Víctor, algo te pasa...`
 * is not Víctor's): the others are that language's words opening a line (`—Pero, …`, `—Bueno, …`).
 */
export function foreignTagsOnly(turns: TurnSequence): TurnSequence {
	const tagged = new Set<string | undefined>(turns.readings.map(reading => (reading.foreign && reading.tie === 'verb' ? reading.speaker : undefined)));
	const calledOut = (reading: ParagraphTurn) => {
		const called = reading.addressed?.filter(name => tagged.has(name));
		return called !== undefined && called.length > 0 ? called : undefined;
	};
	const only = new TurnSequence();
	turns.readings.forEach((reading, index) => {
		only.add(
			reading.foreign
				? {
						firstQuote: reading.firstQuote,
						endQuote: reading.endQuote,
						// Not a name the narration gave its pronoun (`Sofort legte der Maler…`): only the tag's own.
						speaker: reading.tie === 'verb' ? reading.speaker : undefined,
						tie: reading.tie === 'verb' ? 'verb' : undefined,
						pronoun: reading.pronoun,
						narrator: reading.narrator,
						addressed: calledOut(reading),
						attributed: true,
						foreign: true,
					}
				: { firstQuote: reading.firstQuote, endQuote: reading.endQuote, addressed: calledOut(reading) },
			turns.startsExchange[index],
			undefined,
		);
	});
	return only;
}
