// The words that open a noun phrase: before a capitalised word they make it a thing (`the Nautilus`, `la
// Tür`), before a noun a description of someone (`the old man`, `my brother`). English, with the French,
// Spanish and German articles and possessives for books in those languages.

/** Articles that tie a noun to no one: `a shout`, `the answer`; but `his answer` is still his. */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the', 'another']);

/** Possessives for a person: `my brother`, `their cook`. */
const PERSONAL_POSSESSIVES = ['my', 'our', 'his', 'her', 'their', 'your'];

/** Whether `description` opens with a person's possessive: `his son`, `my lady`. */
export function isOwnedDescription(description: string): boolean {
	const space = description.indexOf(' ');
	return space > 0 && PERSONAL_POSSESSIVES.includes(description.slice(0, space).toLowerCase());
}

/** The words a description of someone opens with: `the old man`, `my brother`, `that fellow`, `another voice`. */
export const DETERMINERS: ReadonlySet<string> = new Set([...ARTICLES, 'this', 'that', ...PERSONAL_POSSESSIVES]);

const ENGLISH = ['the', 'a', 'an', 'this', 'these', 'those', 'every', 'each', 'any', 'some', 'no', ...PERSONAL_POSSESSIVES, 'its'];
const FRENCH = ['le', 'la', 'les', 'un', 'une', 'des', 'du', 'au', 'aux'];
const SPANISH = ['el', 'los', 'las', 'una', 'unos', 'unas', 'lo', 'al', 'del'];
/** German articles, possessives and the prepositions an article is fused into (`im`, `zum`), every case. */
const GERMAN = (
	'der die das den dem des ein eine einen einem einer eines kein keine keinem keinen sein seine seinem seinen seiner ' +
	'ihr ihre ihrem ihren ihrer mein meine meinem meinen meiner dein deinem deinen unser unserem unseren euer ' +
	'dieser diese diesen diesem dieses jeder jede jedem jeden im ins zum zur vom beim'
).split(' ');

/** German words the name test was tuned without: before a name they are rarer than the others. */
const GERMAN_NOT_BEFORE_NAMES = new Set(['diese', 'dieses', 'jeder', 'jede']);

/** Before a capitalised word they make it a thing: `the Only Diva`, `le Nautilus`, `la Tür` (German capitalises every noun). */
const THING_DETERMINERS = new Set([...ENGLISH, ...FRENCH, ...SPANISH, ...GERMAN.filter(word => !GERMAN_NOT_BEFORE_NAMES.has(word))]);

/** `word` in lower case. */
export function isDeterminer(word: string): boolean {
	return THING_DETERMINERS.has(word);
}

/**
 * The German determiners no English sentence puts before an adjective, for telling a German adjective
 * (`ein großes Haus`) from a name: not `die`, an English word, nor the familiar and plural possessives the
 * test was tuned without.
 */
const GERMAN_BEFORE_ADJECTIVES = new Set(GERMAN.filter(word => !['die', 'dein', 'deinem', 'deinen', 'unser', 'unserem', 'unseren', 'euer'].includes(word)));

/** `word` as written: a German article or possessive before an inflected adjective (`einen alten`). */
export function isGermanDeterminer(word: string | undefined): boolean {
	return word !== undefined && GERMAN_BEFORE_ADJECTIVES.has(word);
}
