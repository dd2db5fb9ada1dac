// The short windows of a doubtful form's own sentences that compromise reads to tag it: which sightings, and
// how many words either side of the name, cut at the sentence's end.

import { oneLine } from '../text/lines';
import { MentionFlag } from '../structure/types';
import { Form, Sighting } from './types';
import { isAsciiSpace } from '../text/characters';

export interface Window {
	readonly text: string;
	/** The name within `text`. */
	readonly start: number;
	readonly end: number;
}

/**
 * Words either side of the name in a window. compromise decides a name's tag from the few words beside it:
 * four gives the same cast as eight on every corpus book and the same eval scores, for half the tagging.
 */
const WINDOW_WORDS = 4;

/** Up to `count` short windows of a form's own sentences, mid-sentence sightings first. */
export function sampleWindows(form: Form, count: number): Window[] {
	const chosen: Sighting[] = [];
	for (const sighting of form.sightings) {
		if ((sighting.flags & MentionFlag.SentenceStart) === 0 && chosen.length < count) {
			chosen.push(sighting);
		}
	}
	for (const sighting of form.sightings) {
		if ((sighting.flags & MentionFlag.SentenceStart) !== 0 && chosen.length < count) {
			chosen.push(sighting);
		}
	}
	return chosen.map(windowAround);
}

/** The sentence around a sighting, at most `WINDOW_WORDS` words either side of the name, on one line. */
function windowAround(sighting: Sighting): Window {
	const text = sighting.block.analysis.text;
	const nameStart = sighting.start - sighting.block.start;
	const nameEnd = sighting.end - sighting.block.start;
	let start = nameStart;
	for (let words = 0; start > 0; start--) {
		const code = text.charCodeAt(start - 1);
		if (isSentenceMark(code) && start < nameStart) {
			break;
		}
		if (isAsciiSpace(code) && !isAsciiSpace(text.charCodeAt(start)) && ++words > WINDOW_WORDS) {
			break;
		}
	}
	let end = nameEnd;
	for (let words = 0; end < text.length; end++) {
		const code = text.charCodeAt(end);
		if (isSentenceMark(code)) {
			end++;
			break;
		}
		if (isAsciiSpace(code) && !isAsciiSpace(text.charCodeAt(end - 1)) && ++words > WINDOW_WORDS) {
			break;
		}
	}
	const leading = oneLine(text.slice(start, nameStart));
	return { text: oneLine(text.slice(start, end)), start: leading.length, end: leading.length + oneLine(sighting.text).length };
}

/** . ! ? … and quotation marks end the window: the tagger reads one sentence. */
function isSentenceMark(code: number): boolean {
	return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026 || code === 0x22 || code === 0x201c || code === 0x201d;
}
