// Reads the name a speaker gives themself in their own words: `“My name is Pip.”`, `“Everybody calls me
// Pip.”` Rare, but where it stands nothing says more plainly who speaks, and the name in the same turn
// (`“Pip,” she said`) is then an answer, not someone called out.

import { nameAt } from '../lexicon/speakerNames';
import { TurnWindow } from './types';
import { wordsAfter } from './wordWindows';

/**
 * `my name is`, `my name's` and `calls me` before a name. Not `call me`: a request (`Will you call me
 * Cordelia?`) asks for a name the speaker does not have.
 */
const NAMING = /\b(?:[Mm]y name(?: is|['’]s)|calls me) (?=\p{Lu})/gu;

/** The name the turn's quotes give their speaker, if one of them does. */
export function selfName({ paragraph, spans, first, end }: TurnWindow): string | undefined {
	for (let index = first; index < end; index++) {
		const span = spans[index];
		const quote = paragraph.slice(span.start, span.end);
		// Most quotes hold neither word: a plain search passes them over before the pattern runs.
		if (!quote.includes('name') && !quote.includes('calls me')) {
			continue;
		}
		NAMING.lastIndex = 0;
		for (let match = NAMING.exec(quote); match; match = NAMING.exec(quote)) {
			const start = span.start + match.index + match[0].length;
			const words = wordsAfter(paragraph, start, span.end, 3);
			const name = nameAt(words, 0);
			if (name !== undefined) {
				return name.name;
			}
		}
	}
	return undefined;
}
