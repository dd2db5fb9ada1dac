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
	const pattern = FIRST_PERSON_WORD;
	pattern.lastIndex = 0;
	// test() rather than exec(): no match array for each pronoun of a novel; where the match starts is read back from its end.
	while (pattern.test(paragraph)) {
		const start = matchStart(paragraph, pattern.lastIndex);
		while (span < spans.length && spans[span].end <= start) {
			span++;
		}
		if (span >= spans.length || start < spans[span].start) {
			count++;
		} else {
			// Inside a quote: the rest of it is passed over, not searched.
			pattern.lastIndex = spans[span].end;
		}
	}
	return count;
}

/**
 * Where a FIRST_PERSON_WORD match ending at `end` starts: `j’` is two units long; a pronoun is ASCII letters
 * with no word character before it (its `\b`), so it starts where the letters before `end` do.
 */
function matchStart(paragraph: string, end: number): number {
	const last = paragraph.charCodeAt(end - 1);
	if (last === 0x2019 || last === 0x27) {
		return end - 2;
	}
	let start = end - 1;
	while (start > 0 && isAsciiLetter(paragraph.charCodeAt(start - 1))) {
		start--;
	}
	return start;
}

function isAsciiLetter(code: number): boolean {
	return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
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
