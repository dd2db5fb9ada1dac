// Groups a model's dialogue by who speaks it, for the views that list a character's lines.

import { DialogueSpan } from '../dialogue/types';

/** Each speaker's lines, in order; quotes nobody is known to speak are left out. */
export function linesBySpeaker(dialogue: readonly DialogueSpan[]): Map<string, DialogueSpan[]> {
	const lines = new Map<string, DialogueSpan[]>();
	for (const span of dialogue) {
		if (span.speaker !== undefined) {
			let spoken = lines.get(span.speaker);
			if (!spoken) {
				spoken = [];
				lines.set(span.speaker, spoken);
			}
			spoken.push(span);
		}
	}
	return lines;
}
