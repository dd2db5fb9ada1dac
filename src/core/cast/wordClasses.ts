// The lexicon's word classes: what compromise's lexicon says a folded word is (`karen` a first name, `iowa` a
// region, `still` an adjective). Worked out from the lexicon itself when compromise is loaded, or ahead of
// time, packed into a short text (packWordClasses), so that a process that needs only the classes (the
// command line, most of the time) never pays the few hundred milliseconds compromise takes to load.

import { Sex } from '../lexicon/types';

/** What the lexicon says a word (or a whole name, `new york`) is. */
export type WordClass =
	| 'firstName'
	| 'lastName'
	| 'person'
	/** A name that is also a common word: `Rose`, `Bill`, `Frank`. */
	| 'nameOrWord'
	| 'place'
	| 'organization'
	| 'demonym'
	| 'time'
	| 'expression'
	/** A common noun: `Newton` (a unit), `Hope`; capitalised mid-sentence, it may be a name here. */
	| 'noun'
	/** Any other English word: `Familiar`, `Bloody`, `Still`. */
	| 'word'
	| 'unknown';

/** compromise's lexicon, as `nlp.model()` holds it: a worker that loaded compromise can hand it over. */
export interface Lexicon {
	readonly words: Record<string, string | string[]>;
	/** Words compromise knows as either of two kinds: `rose` → `Person|Noun`. */
	readonly switches: Record<string, string>;
}

/** The class and gender of every folded word, as classify and genderIn give them, without the lexicon. */
export interface WordClasses {
	classOf(key: string): WordClass;
	genderOf(key: string): Sex | undefined;
}

/** The lexicon's class of the folded word or name `key`. */
export function classify(lexicon: Lexicon, key: string): WordClass {
	const tags = tagsOf(lexicon, key);
	if (tags.length === 0) {
		const switchable = lexicon.switches[key];
		if (switchable?.startsWith('Person|')) {
			return 'nameOrWord';
		}
		return unlistedClass(key);
	}
	const has = (...names: string[]) => names.some(name => tags.includes(name));
	if (has('FirstName', 'MaleName', 'FemaleName')) {
		return lexicon.switches[key]?.startsWith('Person|') ? 'nameOrWord' : 'firstName';
	}
	if (has('Person')) {
		return 'person';
	}
	if (has('LastName')) {
		return 'lastName';
	}
	if (has('Place', 'City', 'Country', 'Region')) {
		return 'place';
	}
	if (has('Organization', 'SportsTeam')) {
		return 'organization';
	}
	if (has('Demonym')) {
		return 'demonym';
	}
	if (has('Month', 'WeekDay', 'Date', 'Duration')) {
		return 'time';
	}
	if (has('Expression')) {
		return 'expression';
	}
	return has('Singular', 'Plural', 'Noun', 'Uncountable', 'Actor') ? 'noun' : 'word';
}

/** The gender the lexicon gives the folded first name `key`, if any. */
export function genderIn(lexicon: Lexicon, key: string): Sex | undefined {
	const tags = tagsOf(lexicon, key);
	return tags.includes('MaleName') ? 'male' : tags.includes('FemaleName') ? 'female' : undefined;
}

function tagsOf(lexicon: Lexicon, key: string): readonly string[] {
	const entry = lexicon.words[key];
	return entry === undefined ? [] : typeof entry === 'string' ? [entry] : entry;
}

/** The class of a word the lexicon does not list, nor lists as a name that is also a word. */
function unlistedClass(key: string): WordClass {
	return looksLikeCommonWord(key) ? 'word' : 'unknown';
}

/** Suffixes of English words the lexicon leaves to rules: `kindness`, `agreement`. (Not -ly: `Cranly`.) */
function looksLikeCommonWord(word: string): boolean {
	return word.length > 5 && /(?:ness|ment|tion|sion|ity|ful|less|ous|ive|able|ible|ish)$/.test(word);
}

/** Packed word classes: for each class and gender, its words joined by newlines (a word never holds one). */
type Packed = Partial<Record<WordClass | Sex, string>>;

/**
 * The classes and genders of every word in `lexicon`, packed as JSON text. Only words whose class differs
 * from what an unlisted word would get are kept, so the table gives exactly what classify would.
 */
export function packWordClasses(lexicon: Lexicon): string {
	const groups = new Map<keyof Packed, string[]>();
	const add = (group: keyof Packed, key: string) => {
		let words = groups.get(group);
		if (!words) {
			groups.set(group, (words = []));
		}
		words.push(key);
	};
	const keys = new Set([...Object.keys(lexicon.words), ...Object.keys(lexicon.switches)]);
	for (const key of [...keys].sort()) {
		if (key.includes('\n')) {
			throw new Error(`A lexicon word holds a newline: ${JSON.stringify(key)}`);
		}
		const wordClass = classify(lexicon, key);
		if (wordClass !== unlistedClass(key)) {
			add(wordClass, key);
		}
		const gender = genderIn(lexicon, key);
		if (gender) {
			add(gender, key);
		}
	}
	const packed: Packed = {};
	for (const [group, words] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
		packed[group] = words.join('\n');
	}
	return JSON.stringify(packed);
}

/** The word classes packed by packWordClasses; the words are looked up in maps built on first use. */
export function unpackWordClasses(json: string): WordClasses {
	const packed = JSON.parse(json) as Packed;
	const isGender = (group: string): group is Sex => group === 'male' || group === 'female';
	let classes: Map<string, WordClass> | undefined;
	let genders: Map<string, Sex> | undefined;
	return {
		classOf(key) {
			classes ??= mapOf(packed, (group): group is WordClass => !isGender(group));
			return classes.get(key) ?? unlistedClass(key);
		},
		genderOf(key) {
			genders ??= mapOf(packed, isGender);
			return genders.get(key);
		},
	};
}

/** Each word of the groups `wanted` picks, mapped to its group. */
function mapOf<Group extends string>(packed: Packed, wanted: (group: string) => group is Group): Map<string, Group> {
	const map = new Map<string, Group>();
	for (const [group, words] of Object.entries(packed)) {
		if (wanted(group) && words) {
			for (const word of words.split('\n')) {
				map.set(word, group);
			}
		}
	}
	return map;
}
