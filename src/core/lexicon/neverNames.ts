// Capitalised words that are never a character, wherever they stand: months, feasts, languages, oaths,
// forms of address, nationalities; and the abstractions, numbers and interjections that are no one unless
// the prose lets them speak (`said Nature`) or own something (`Hum's honey pot`).

/** Months, weekdays and feasts: a time, whether a sentence opens on it or a quote calls it out (`saying, “June,”`). */
export const TIMES_OF_YEAR: readonly string[] = (
	'january february march april june july august september october november december ' +
	'monday tuesday wednesday thursday friday saturday sunday ' +
	'christmas easter lent whitsun michaelmas halloween'
).split(' ');

const TIMES: ReadonlySet<string> = new Set(TIMES_OF_YEAR);

/** `September`, `Sunday`, `Easter`: a month, a weekday or a feast. */
export function isTimeOfYear(word: string): boolean {
	return TIMES.has(word.toLowerCase());
}

// Capitalised in the middle of a sentence, yet never a character: time, language, faith and oaths.
const NEVER_NAMES = new Set([
	...TIMES_OF_YEAR,
	...(
		'english french german russian italian spanish latin greek dutch irish scottish scotch welsh american british european ' +
		'god gods lord lor heaven heavens hell christ jesus devil providence paradise bible mass dios dieu gott ' +
		'ladyship lordship majesty highness excellency ' +
		"sir sire madam ma’am ma'am mamma mama papa pa mummy mommy mom mum daddy dad grandpa grandma granny " +
		'mister missus miss mrs mr ms dr esquire esq ' +
		'chapter book part volume act scene epilogue prologue ' +
		'ok okay tv'
	).split(' '),
]);

/** `Frenchman`, `Englishwomen`: a nation's people, not a person's name. */
const NATIONALITY_NOUN = /^(?:french|english|dutch|irish|scots?|scotch|welsh|german|swiss|norse|chinese|manx|cornish)(?:man|men|woman|women)$/;

/** Months, weekdays, feasts, languages, oaths and forms of address: capitalised, never characters. */
export function isNeverAName(word: string): boolean {
	const lower = word.toLowerCase();
	return NEVER_NAMES.has(lower) || NATIONALITY_NOUN.test(lower);
}

// Capitalised as the prose personifies them (`when Nature was deep in her slumber`, `hates Society`), or
// shouted (`Ho, ho!`): no one, unless a speech verb or a possessive makes one of them a speaker.
const PERSONIFIED = new Set(
	(
		'nature society death fate fortune destiny time life love truth justice liberty freedom reason science art history ' +
		'wisdom folly virtue vice beauty duty honour honor glory mercy pity hope despair sorrow joy peace war famine plenty ' +
		'hunger thirst fear anger pride envy greed jealousy revenge vengeance silence darkness necessity'
	).split(' '),
);
/**
 * German abstract nouns, which German capitalises mid-sentence like a name: `Bedeutung`, `Bestimmtheit`,
 * `Gleichgültigkeit`, `Erkenntnis`, their plurals too. No name ends so after a stem of this length.
 */
const GERMAN_ABSTRACT_NOUN = /^\p{L}{4,}(?:ung|heit|keit|schaft)(?:en)?$|^\p{L}{4,}nis(?:se)?$/u;
/** A number alone (`Two men came`, `Three of them`): `Jacques Three` keeps his, but `Three` is no one's name. */
const NUMBERS = new Set('one two three four five six seven eight nine ten eleven twelve twenty hundred thousand'.split(' '));
const INTERJECTIONS = new Set(['ho', 'oho', 'aha', 'hum', 'hem', 'pooh', 'pshaw', 'bah']);

/**
 * An abstraction, English or German, or a number standing alone (a character only where a speech verb lets
 * it speak: `Nature's heart` is still no one), or an interjection (also where the prose gives it something
 * of its own: `Hum's honey pot`).
 */
export function isPersonified(word: string, speech: number, possessive: number): boolean {
	const lower = word.toLowerCase();
	return (
		((PERSONIFIED.has(lower) || NUMBERS.has(lower) || GERMAN_ABSTRACT_NOUN.test(lower)) && speech === 0) ||
		(INTERJECTIONS.has(lower) && speech === 0 && possessive === 0)
	);
}
