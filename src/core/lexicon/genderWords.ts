// What a title or a description's noun says of the sex of the one it names: `Mrs. Bennet` is a she, `my
// brother` a he, `the waggoner` a he. Speaker attribution weighs it against the pronouns of a tag.

import { DETERMINERS } from './determiners';
import { honorificsOf } from './honorifics';
import { bare } from './speakerNames';
import { Gender } from './types';

/**
 * Honorifics whose sex the reading of a speaker's own words was tuned without: foreign and rarer titles
 * (`Herr`, `Señora`, `Empress`), which it reads as saying nothing of the speaker's sex.
 */
const TITLES_TUNED_WITHOUT = new Set(
	(
		'monseigneur m herr señor senor don signor earl marquis emperor tsar czar abbé abbe ' +
		'missus mme frau señora senora signora mlle fräulein fraulein señorita senorita signorina marchioness empress tsarina madam'
	).split(' '),
);

/** Titles and nouns for a man or a boy, past the honorifics: `the waggoner`, `my son`, `Parson Moore`. */
const MALE_WORDS = (
	'man boy husband son gentleman fellow lad grandfather grandpa nephew parson farmer squire waggoner priest monk ' +
	'landlord waiter butler bridegroom bachelor widower schoolmaster schoolboy friar abbot'
).split(' ');

/** Titles and nouns for a woman or a girl, past the honorifics: `the widow`, `my niece`, `Nurse Ratched`. */
const FEMALE_WORDS = (
	'mistress woman girl wife daughter maid widow grandmother grandma granny niece nurse sister-in-law mother-in-law nun ' +
	'matron landlady hostess governess housekeeper lass maiden damsel spinster bride actress seamstress laundress waitress ' +
	'heroine abbess heiress shepherdess'
).split(' ');

const MASCULINE = new Set([...honorificsOf('male').filter(title => !TITLES_TUNED_WITHOUT.has(title)), ...MALE_WORDS]);
const FEMININE = new Set([...honorificsOf('female').filter(title => !TITLES_TUNED_WITHOUT.has(title)), ...FEMALE_WORDS]);

/** What a name's own words say of gender: `Mrs. Bennet` is a she, `my brother` a he, `Karen` unknown. */
export function genderOfWords(speaker: string): Gender | undefined {
	const words = speaker.split(' ');
	const first = bare(words[0]);
	const key = DETERMINERS.has(first) ? bare(words[words.length - 1]) : first;
	if (MASCULINE.has(key)) {
		return 'he';
	}
	if (FEMININE.has(key)) {
		return 'she';
	}
	// `the washerwoman`, `the barge-woman`; `the coachman`, `the policeman`: a description's noun only, as
	// a surname may end so too (`Coleman`).
	if (!DETERMINERS.has(first) || words.length < 2) {
		return undefined;
	}
	if (key.endsWith('woman')) {
		return 'she';
	}
	return key.length > 5 && key.endsWith('man') ? 'he' : undefined;
}
