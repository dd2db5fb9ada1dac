// Ties a described speaker to the person the line before called out by name: `"This is serious, Small,"
// said the detective. / "Justice!" snarled the ex-convict.` The ex-convict is Small, when the two of them
// are all the exchange has and Small is someone the story has speaking.

import { isDescription, samePerson } from '../lexicon/speakerNames';
import { NARRATOR } from './narrator';
import { TurnSequence } from './types';

/**
 * The person the description `named[index]` answers as, or undefined: the first name the turn before
 * called out that is someone a speech verb ties to a line (under their longest spelling), when that turn's
 * speaker is another, the exchange so far (`participants`) holds no one else, the description stands for
 * no one yet, and its own line does not call the same person out.
 */
export function answererOf(
	turns: TurnSequence,
	index: number,
	named: readonly (string | undefined)[],
	participants: readonly (string | undefined)[],
	resolve: (name: string | undefined) => string | undefined,
	spellingOf: (name: string | undefined) => string | undefined,
	speaking: ReadonlySet<string | undefined>,
): string | undefined {
	const description = named[index];
	const calledOut = turns.readings[index - 1].addressed;
	if (calledOut === undefined || description === undefined || description === NARRATOR || !isDescription(description) || resolve(description) !== description) {
		return undefined;
	}
	const before = resolve(named[index - 1]);
	const called = calledOut.map(name => castSpelling(spellingOf(name)!, speaking)).find(name => name !== undefined);
	if (called === undefined || before === undefined || before === NARRATOR || before === description || before === called) {
		return undefined;
	}
	if (samePerson(before, called) || samePerson(called, before)) {
		return undefined;
	}
	const inExchange = (person: string | undefined) =>
		person === undefined || person === before || person === description || person === called || samePerson(called, person);
	if (!participants.every(inExchange) || turns.readings[index].addressed?.some(other => spellingOf(other) === called)) {
		return undefined;
	}
	return called;
}

/**
 * The name a speech verb ties somewhere that `spelling`, called out, is: the one longer spelling of it if
 * there is one (`Small` is `Jonathan Small`), else itself; undefined for a word no one speaks as (`"Hard-hearted,
 * Mrs. Corney?"`).
 */
function castSpelling(spelling: string, speaking: ReadonlySet<string | undefined>): string | undefined {
	let longer: string | undefined;
	for (const other of speaking) {
		if (other !== undefined && other.length > spelling.length && samePerson(other, spelling)) {
			if (longer !== undefined) {
				return speaking.has(spelling) ? spelling : undefined;
			}
			longer = other;
		}
	}
	return longer ?? (speaking.has(spelling) ? spelling : undefined);
}
