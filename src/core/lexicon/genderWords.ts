// What a title or a description's noun says of the sex of the one it names: `Mrs. Bennet` is a she, `my
// brother` a he, `the waggoner` a he. Speaker attribution weighs it against the pronouns of a tag.

import { DETERMINERS } from './determiners';
import { bare } from './speakerNames';
import { Gender } from './types';

/** Titles and nouns for a man or a boy. */
const MASCULINE = new Set(
	(
		'mr mister sir lord father brother uncle king prince count monsieur master man boy husband son gentleman fellow ' +
		'lad grandfather grandpa nephew duke baron parson farmer squire waggoner priest monk'
	).split(' '),
);

/** Titles and nouns for a woman or a girl. */
const FEMININE = new Set(
	(
		'mrs miss ms lady mother sister aunt queen princess countess madame mademoiselle mistress woman girl wife ' +
		'daughter maid widow grandmother grandma granny niece duchess baroness nurse sister-in-law mother-in-law dame ' +
		'nun'
	).split(' '),
);

/** What a name's own words say of gender: `Mrs. Bennet` is a she, `my brother` a he, `Karen` unknown. */
export function genderOfWords(speaker: string): Gender | undefined {
	const words = speaker.split(' ');
	const first = bare(words[0]);
	const key = DETERMINERS.has(first) ? bare(words[words.length - 1]) : first;
	return MASCULINE.has(key) ? 'he' : FEMININE.has(key) ? 'she' : undefined;
}
