// Who answers a line that called someone out: `"What a library you have, Mr. Pell!" / "It ought to be
// good," he replied.` is Mr. Pell's, whoever's turn the alternation would make it (a third voice may have
// spoken between, or the alternation slipped a turn back).

import { Gender } from '../lexicon/types';
import { samePerson } from '../lexicon/speakerNames';
import { ParagraphTurn, TurnSequence } from './types';

/**
 * The one the line before turn `index` called out by name, when the story makes them the turn's pronoun, they
 * are a person, they did not speak that line themselves (`before`) and the turn does not speak to them in turn.
 */
export function addressedBefore(
	turns: TurnSequence,
	index: number,
	before: string | undefined,
	spellingOf: (name: string) => string | undefined,
	genderOf: (name: string) => Gender | undefined,
	isPerson: (name: string) => boolean,
): string | undefined {
	const reading = turns.readings[index];
	if (index === 0 || turns.startsExchange[index] || reading.pronoun === undefined) {
		return undefined;
	}
	for (const called of turns.readings[index - 1].addressed ?? []) {
		const name = spellingOf(called);
		if (name !== undefined && name !== before && isPerson(name) && genderOf(name) === reading.pronoun && !spokenTo(reading, name)) {
			return name;
		}
	}
	return undefined;
}

/** Whether the turn calls `name` out or turns to them (`"Come in, Nell," she said to Nell`): then they are not its speaker. */
export function spokenTo(reading: ParagraphTurn, name: string): boolean {
	return reading.addressed?.some(called => isCalled(called, name)) === true || reading.objects?.some(called => isCalled(called, name)) === true;
}

/** Whether the turn's quotes call `name` out (`"Come, Tom,"`), not counting whom the narration has it spoken to. */
export function callsOut(reading: ParagraphTurn, name: string): boolean {
	return reading.addressed?.some(called => isCalled(called, name)) === true;
}

function isCalled(called: string, name: string): boolean {
	return called === name || (called.length < name.length ? samePerson(name, called) : samePerson(called, name));
}
