// A speech verb's participle after a clause and a comma: `Mrs. Bennet followed her, saying,`, `the King
// rose, adding,`. The participle has no subject of its own: it is the clause's, named where it opens.

import { FUNCTION_WORDS } from '../lexicon/functionWords';
import { isCapitalised, nameAt } from '../lexicon/speakerNames';
import { isSpeechVerb } from '../lexicon/speechVerbs';
import { SpeakerCue } from './types';
import { WINDOW_WORDS } from './wordWindows';

/**
 * The name opening the clause before the participle `reversed[verb]` (the words before a quote, nearest
 * first), when a comma sets the participle off and the clause's start lies inside the words read.
 */
export function clauseBeforeParticiple(reversed: readonly string[], commaAfter: readonly boolean[], verb: number): SpeakerCue | undefined {
	// The participle closes its own clause (`saying,`, `adding "…"`) and a comma opens it.
	if (!commaAfter[verb + 1] || !(verb === 0 || commaAfter[verb]) || !isSpeechParticiple(reversed[verb])) {
		return undefined;
	}
	let first = verb + 1;
	while (first + 1 < reversed.length && !commaAfter[first + 1]) {
		first++;
	}
	// Read to the window's edge without a comma, the clause may open further back.
	if (first + 1 === reversed.length && reversed.length >= WINDOW_WORDS) {
		return undefined;
	}
	const clause = reversed.slice(verb + 1, first + 1).reverse();
	let at = 0;
	while (at < clause.length - 1 && !isCapitalised(clause[at]) && FUNCTION_WORDS.has(clause[at])) {
		at++;
	}
	const name = nameAt(clause, at);
	return name !== undefined && name.next < clause.length && !isCapitalised(clause[name.next]) ? { name: name.name } : undefined;
}

/** `saying`, `adding`, `observing`, `replying`: the `-ing` of a speech verb, which the verb lists leave out. */
function isSpeechParticiple(word: string): boolean {
	if (word.length < 6 || !word.endsWith('ing')) {
		return false;
	}
	const stem = word.slice(0, -3);
	return isSpeechVerb(stem) || isSpeechVerb(`${stem}e`) || (stem[stem.length - 1] === stem[stem.length - 2] && isSpeechVerb(stem.slice(0, -1)));
}
