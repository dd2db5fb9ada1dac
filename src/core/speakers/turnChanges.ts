// Whether a document's turns read as they did before an edit: most edits change no turn, and then
// the speakers worked out last time stand, so turn-taking is not run again.

import { ParagraphTurn, TurnSequence } from './types';

/** Whether `a` and `b` hold the same turns, read the same way. */
export function sameTurns(a: TurnSequence, b: TurnSequence): boolean {
	if (a.length !== b.length || a.mentioned.length !== b.mentioned.length) {
		return false;
	}
	for (let index = 0; index < a.length; index++) {
		if (
			a.startsExchange[index] !== b.startsExchange[index] ||
			a.precedingSubjects[index] !== b.precedingSubjects[index] ||
			a.mentionedEnd[index] !== b.mentionedEnd[index]
		) {
			return false;
		}
		if (a.readings[index] !== b.readings[index] && !sameReading(a.readings[index], b.readings[index])) {
			return false;
		}
	}
	for (let index = 0; index < a.mentioned.length; index++) {
		if (a.mentioned[index] !== b.mentioned[index]) {
			return false;
		}
	}
	return true;
}

function sameReading(x: ParagraphTurn, y: ParagraphTurn): boolean {
	return (
		x === y ||
		(x.firstQuote === y.firstQuote &&
			x.endQuote === y.endQuote &&
			x.speaker === y.speaker &&
			x.tie === y.tie &&
			x.narrator === y.narrator &&
			x.pronoun === y.pronoun &&
			x.stranger === y.stranger &&
			sameList(x.addressed, y.addressed) &&
			sameList(x.objects, y.objects) &&
			sameList(x.earlier, y.earlier) &&
			x.continues === y.continues &&
			x.narratedBefore === y.narratedBefore &&
			x.attributed === y.attributed &&
			x.foreign === y.foreign)
	);
}

function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
	return a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((item, index) => item === b[index]));
}
