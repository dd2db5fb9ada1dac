// A name the prose only ever lists beside a place is a place too: `the harbours of Cornwall and Devon`.
// `Devon` is a first name to the lexicon; `Cornwall and` says which it is here. Read only for names seen
// a few times, so it costs nothing on a long book.

import type { NameTagger } from './nameTagger';
import type { Form, Sighting } from './types';

/** Names seen more often than this have evidence enough of their own. */
const MOST_SIGHTINGS = 3;
/** How far either side of a sighting the joined word is looked for. */
const REACH = 40;
const PLACE_BEFORE = /(\p{Lu}[\p{L}’'-]*),? (?:and|or) $/u;
const PLACE_AFTER = /^,? (?:and|or) (\p{Lu}[\p{L}’'-]*)/u;

/** Whether every sighting of a rarely seen form is joined by `and` or `or` to a place the lexicon knows. */
export function isOnlyListedWithPlaces(form: Form, tagger: NameTagger): boolean {
	return form.sightings.length <= MOST_SIGHTINGS && form.sightings.every(sighting => isListedWithPlace(sighting, tagger));
}

function isListedWithPlace(sighting: Sighting, tagger: NameTagger): boolean {
	const text = sighting.block.analysis.text;
	const start = sighting.start - sighting.block.start;
	const end = sighting.end - sighting.block.start;
	// The patterns run only where `and` or `or` is there to be found: most sightings have neither beside them.
	const before = endsWithJoin(text, start) ? PLACE_BEFORE.exec(text.slice(Math.max(0, start - REACH), start))?.[1] : undefined;
	const after = startsWithJoin(text, end) ? PLACE_AFTER.exec(text.slice(end, end + REACH))?.[1] : undefined;
	return isPlace(before, tagger) || isPlace(after, tagger);
}

function isPlace(word: string | undefined, tagger: NameTagger): boolean {
	return word !== undefined && tagger.classOf(word) === 'place';
}

/** Whether `and ` or `or ` ends the text before `index`: PLACE_BEFORE cannot match otherwise. */
function endsWithJoin(text: string, index: number): boolean {
	return text.startsWith('and ', index - 4) || text.startsWith('or ', index - 3);
}

/** Whether a space or a comma follows `index`: PLACE_AFTER cannot match otherwise. */
function startsWithJoin(text: string, index: number): boolean {
	const code = text.charCodeAt(index);
	return code === 0x20 || code === 0x2c;
}
