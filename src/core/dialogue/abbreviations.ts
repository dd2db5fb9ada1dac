// Decides whether a full stop ends a title such as `Mr.` rather than a sentence: dash dialogue resumes
// after a sentence's end, and the speaker passes read a name on past a title's full stop.

import { isWordCharAt } from '../text/words';
import { SENTENCE_READER_ABBREVIATIONS } from '../lexicon/abbreviations';

/** True when the `.` at `index` ends a title like `Mr.`, not a sentence. */
export function endsWithAbbreviation(text: string, index: number): boolean {
	let start = index;
	while (start > 0 && index - start < 8 && isWordCharAt(text, start - 1)) {
		start--;
	}
	// Titles are short and capitalised; a sentence mostly ends on a longer, lower-case word.
	const first = text.charCodeAt(start);
	if (index - start > 6 || index === start || (first >= 0x61 && first <= 0x7a)) {
		return false;
	}
	return SENTENCE_READER_ABBREVIATIONS.has(text.slice(start, index).toLowerCase());
}
