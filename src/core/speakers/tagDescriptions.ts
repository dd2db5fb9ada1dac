// What a speech tag that names no one by name says of who speaks: whose voice the narration says it
// was, and the whole phrase of a description that tells one person from the others of that kind.

import { SpeakerCue } from './types';
import { isAdverb, isCapitalised, nameAt } from '../lexicon/speakerNames';
import { EVERYDAY_TITLE_PATTERN } from '../lexicon/honorifics';
import { wordsAfter } from './wordWindows';

/** `another voice, which Nell knew to be that of Mrs. Hale`: the owner the narration gives the voice. */
export const VOICE_OWNER = new RegExp(
	`\\bvoice,?\\s+(?:which|that|whom)\\s[^.;:!?"“”‘’]{0,60}?\\b(?:to be|as)\\s+(?:that of\\s+|the voice of\\s+)?((?:(?:${EVERYDAY_TITLE_PATTERN})\\.?\\s+)?\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*)?)`,
	'u',
);

export function whoseVoice(paragraph: string, start: number, limit: number): SpeakerCue | undefined {
	const match = VOICE_OWNER.exec(paragraph.slice(start, Math.min(limit, start + 200)));
	const name = match ? nameAt(match[1].split(/\s+/), 0) : undefined;
	return name ? { name: name.name } : undefined;
}

/** Nouns after `in the` that tell how or when something is said, not who says it: `in the same tone`. */
const MANNER_NOUNS: ReadonlySet<string> = new Set([
	'tone',
	'voice',
	'way',
	'manner',
	'whisper',
	'same',
	'dark',
	'time',
	'end',
	'meantime',
	'meanwhile',
	'morning',
	'evening',
	'night',
	'least',
	'world',
	'act',
	'middle',
	'midst',
	'first',
	'hope',
]);

/**
 * `said the gentleman in the white waistcoat.`: a description that ends the clause on what the person
 * wears or where they sit is the whole phrase, which tells them from the other gentlemen.
 */
export function wornOrSeated(paragraph: string, start: number, limit: number, cue: SpeakerCue): SpeakerCue {
	const words = wordsAfter(paragraph, start, limit, 12);
	const described = cue.name!.split(' ');
	const at = words.indexOf(described[described.length - 1]);
	const rest = words.length - (at + 3);
	if (at < 0 || words[at + 1] !== 'in' || words[at + 2] !== 'the' || rest < 1 || rest > 3 || words.length === 12) {
		return cue;
	}
	const tail = words.slice(at + 1);
	return tail.some(word => MANNER_NOUNS.has(word) || isAdverb(word) || isCapitalised(word)) ? cue : { name: `${cue.name} ${tail.join(' ')}` };
}
