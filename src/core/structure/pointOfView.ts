// Guesses whose eyes a scene is told through. Honest and simple: narration (the prose outside quotes)
// full of `I`, `je`, `ich` is told in the first person; otherwise, once the cast is known, the character
// the narration names most. When neither holds, the guess is left empty rather than made up.

import { TextRange } from '../text/types';

export const FIRST_PERSON = 'first person';

// English, French, German, Spanish and Italian first-person pronouns; `me` serves several of them.
const FIRST_PERSON_WORD = /\b(?:I|[Mm](?:e|y|yself|ich|ir|ein(?:e[mnrs]?)?)|[Jj]e|[Mm]oi|[Ii]ch|[Yy]o|[Cc]onmigo|[Ii]o)\b|\b[Jj][’'](?=\p{L})/gu;

/** First-person pronouns in `paragraph` outside the sorted, disjoint quote `spans`. */
export function countFirstPerson(paragraph: string, spans: readonly TextRange[]): number {
	let count = 0;
	let span = 0;
	FIRST_PERSON_WORD.lastIndex = 0;
	for (let match = FIRST_PERSON_WORD.exec(paragraph); match; match = FIRST_PERSON_WORD.exec(paragraph)) {
		while (span < spans.length && spans[span].end <= match.index) {
			span++;
		}
		if (span >= spans.length || match.index < spans[span].start) {
			count++;
		} else {
			// Inside a quote: the rest of it is passed over, not searched.
			FIRST_PERSON_WORD.lastIndex = spans[span].end;
		}
	}
	return count;
}

/** What a scene's narration says about its point of view. */
export interface NarrationEvidence {
	/** Words outside dialogue. */
	readonly words: number;
	readonly firstPerson: number;
	/** How often each character is named in the narration, when the cast is known. */
	readonly mentions?: ReadonlyMap<string, number>;
}

/** Below this much narration there is too little to go on. */
const MIN_NARRATION_WORDS = 30;
/**
 * First-person narration uses `I`, `me`, `my` about once in 30 words or more; third-person narration
 * only in the odd unquoted thought or letter, well under once in 100 (measured on the corpus novels).
 */
const FIRST_PERSON_SHARE = 0.015;

export function guessPointOfView(evidence: NarrationEvidence): string | undefined {
	if (evidence.words < MIN_NARRATION_WORDS) {
		return undefined;
	}
	if (evidence.firstPerson >= FIRST_PERSON_SHARE * evidence.words) {
		return FIRST_PERSON;
	}
	let best: string | undefined;
	let bestCount = 0;
	for (const [name, count] of evidence.mentions ?? []) {
		if (count > bestCount) {
			best = name;
			bestCount = count;
		}
	}
	return best;
}
