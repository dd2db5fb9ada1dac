// Names a tag gives with a word of description in front: `remarked skeptical Anne`, `said astonished
// Marilla`, `stammered unhappy Matthew`. The epithets a name often wears (`poor Alice`, `old Cotter`) are
// nameAt's; these are any adjective, so they are read only where the name closes the tag.

import { FUNCTION_WORDS } from '../lexicon/functionWords';
import { isAdverb, isCapitalised, nameAt } from '../lexicon/speakerNames';
import { isSpeechVerb } from '../lexicon/speechVerbs';

/**
 * The name after one lower-case describing word at `words[index]`, when the name ends the tag's clause
 * (`said astonished Marilla,`): `said nothing to Anne` and `said goodbye to Anne` hold a function word,
 * and a name with more words after it (`said sadly Anne went`) may be the next clause's subject.
 */
export function describedName(words: readonly string[], index: number): string | undefined {
	const word = words[index];
	if (word === undefined || isCapitalised(word) || FUNCTION_WORDS.has(word) || isAdverb(word) || isSpeechVerb(word) || !isCapitalised(words[index + 1] ?? '')) {
		return undefined;
	}
	const name = nameAt(words, index + 1);
	return name !== undefined && name.next === words.length ? name.name : undefined;
}
