// The words beside a capitalised word that make it a place, not a person: a preposition before it (`in
// Boston`), a head noun after it (`Harley Street`), an opener before it (`Fort Edward`).

import { honorificKey } from './honorifics';

// Before a name they make it a place: `in Boston`, `on Broadway`, `down Broadway`.
// (`from`, `to` and `towards` are left out: a letter comes from Munro as often as from Boston.)
const PLACE_PREPOSITIONS = new Set([
	'in',
	'into',
	'at',
	'near',
	'across',
	'through',
	'throughout',
	'inside',
	'outside',
	'along',
	'beyond',
	'within',
	'on',
	'down',
	'around',
	'via',
]);

/** `word` in lower case. */
export function isPlacePreposition(word: string): boolean {
	return PLACE_PREPOSITIONS.has(word);
}

/**
 * French and Spanish nouns for a kind of place, written in lower case before its name: `la mer Rouge`,
 * `l’île Crespo`, `le golfe Persique`, `el río Duero`. No English sentence puts them before a name.
 */
const PLACE_NOUNS_BEFORE_NAMES = new Set([
	'mer',
	'île',
	'cap',
	'golfe',
	'détroit',
	'mont',
	'lac',
	'baie',
	'fleuve',
	'océan',
	'isla',
	'río',
	'cabo',
	'golfo',
	'monte',
	'lago',
	'bahía',
	'estrecho',
]);

/** `word` in lower case: `mer` of `la mer Rouge`, `l’île` of `l’île Crespo`. */
export function isPlaceNounBeforeName(word: string): boolean {
	// An elided article (`l’`, `d’`) is read past only where there is one: most words have none.
	return PLACE_NOUNS_BEFORE_NAMES.has(word) || (isElision(word) && PLACE_NOUNS_BEFORE_NAMES.has(word.slice(2)));
}

/** Whether `word` opens on an elided French article or preposition: `l’`, `d’`. */
function isElision(word: string): boolean {
	const mark = word.charCodeAt(1);
	return (mark === 0x2019 || mark === 0x27) && (word[0] === 'l' || word[0] === 'd');
}

/** Words that end a place or an institution's name: `Harley Street`, `Sleepy Hollow`, `St. Paul's Cathedral`. */
const PLACE_HEADS = new Set(
	(
		'street st road lane avenue square place row court gardens garden park hall house manor castle abbey church chapel ' +
		'cathedral college school university hospital hotel inn tavern theatre theater palace tower bridge gate station ' +
		'river lake sea ocean bay island isle mountain mountains mount hill hills valley hollow wood woods forest moor heath ' +
		'common green field fields farm village town city county shire country kingdom empire republic state states ' +
		'coast cape point harbour harbor port creek falls springs club society company office ministry museum library ' +
		'cemetery lodge cottage grange parsonage rectory vicarage priory terrace crescent wharf quay'
	).split(' '),
);

export function isPlaceHead(word: string): boolean {
	return PLACE_HEADS.has(word.toLowerCase());
}

/**
 * Whether a capitalised run names a place by its head word: `Toad Hall`, `North Tower`, `Prince Edward
 * Island`. A title and the one word after it are someone (`Mrs. Hill`, `Mr. Wood`).
 */
export function endsInPlaceHead(name: string): boolean {
	// The last word first, without splitting: few names end on a place's head word.
	const lastSpace = Math.max(name.lastIndexOf(' '), name.lastIndexOf('\n'));
	if (lastSpace < 0 || !isPlaceHead(name.slice(lastSpace + 1))) {
		return false;
	}
	const words = name.split(/\s+/);
	return words.length > 2 || honorificKey(words[0]) === undefined;
}

/** Words that open a place's name: `Fort Edward`, `Lake Geneva`, `Mount Vernon`. */
const PLACE_OPENERS = new Set(['fort', 'lake', 'mount', 'cape', 'port', 'camp', 'glen', 'loch', 'isle', 'lough']);

export function isPlaceOpener(word: string): boolean {
	return PLACE_OPENERS.has(word.toLowerCase());
}
