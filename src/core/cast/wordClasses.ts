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
	// The entry is read as it is, one tag or several: a fresh tagger classifies thousands of words a novel,
	// and an array and closures for each made a share of the cast's garbage.
	const tags = lexicon.words[key];
	if (tags === undefined || (typeof tags !== 'string' && tags.length === 0)) {
		const switchable = lexicon.switches[key];
		if (switchable?.startsWith('Person|')) {
			return 'nameOrWord';
		}
		return unlistedClass(key);
	}
	if (hasTag(tags, 'FirstName') || hasTag(tags, 'MaleName') || hasTag(tags, 'FemaleName')) {
		return lexicon.switches[key]?.startsWith('Person|') ? 'nameOrWord' : 'firstName';
	}
	if (hasTag(tags, 'Person')) {
		return 'person';
	}
	if (hasTag(tags, 'LastName')) {
		return 'lastName';
	}
	if (hasTag(tags, 'Place') || hasTag(tags, 'City') || hasTag(tags, 'Country') || hasTag(tags, 'Region')) {
		return 'place';
	}
	if (hasTag(tags, 'Organization') || hasTag(tags, 'SportsTeam')) {
		return 'organization';
	}
	if (hasTag(tags, 'Demonym')) {
		return 'demonym';
	}
	if (hasTag(tags, 'Month') || hasTag(tags, 'WeekDay') || hasTag(tags, 'Date') || hasTag(tags, 'Duration')) {
		return 'time';
	}
	if (hasTag(tags, 'Expression')) {
		return 'expression';
	}
	const noun = hasTag(tags, 'Singular') || hasTag(tags, 'Plural') || hasTag(tags, 'Noun') || hasTag(tags, 'Uncountable') || hasTag(tags, 'Actor');
	return noun ? 'noun' : 'word';
}

/** The gender the lexicon gives the folded first name `key`, if any. */
export function genderIn(lexicon: Lexicon, key: string): Sex | undefined {
	const tags = lexicon.words[key];
	if (tags === undefined) {
		return undefined;
	}
	return hasTag(tags, 'MaleName') ? 'male' : hasTag(tags, 'FemaleName') ? 'female' : undefined;
}

/** Whether a lexicon entry, one tag or a list of them, holds `tag`. */
function hasTag(tags: string | readonly string[], tag: string): boolean {
	return typeof tags === 'string' ? tags === tag : tags.includes(tag);
}

/** The class of a word the lexicon does not list, nor lists as a name that is also a word. */
function unlistedClass(key: string): WordClass {
	return looksLikeCommonWord(key) ? 'word' : 'unknown';
}

/** Suffixes of English words the lexicon leaves to rules: `kindness`, `agreement`. (Not -ly: `Cranly`.) */
function looksLikeCommonWord(word: string): boolean {
	return word.length > 5 && /(?:ness|ment|tion|sion|ity|ful|less|ous|ive|able|ible|ish)$/.test(word);
}

/** Every class a packed line can hold, by its index: the line's first character is `a` + that index. */
const PACKED_CLASSES: readonly WordClass[] = [
	'firstName',
	'lastName',
	'person',
	'nameOrWord',
	'place',
	'organization',
	'demonym',
	'time',
	'expression',
	'noun',
	'word',
	'unknown',
];
/** A packed line's class mark for a word whose class is the one an unlisted word would get. */
const AS_UNLISTED = '-';

/**
 * The classes and genders of every word in `lexicon`, packed as text: one line a word, `word<TAB>code`, in
 * code-unit order, so a word is found by a binary search over the text itself (a process that looks up a
 * few dozen words never builds a table of twenty-odd thousand). The code is the class's letter, or `-`
 * when the class is the one an unlisted word gets, then `m` or `f` for a gendered first name. Only words
 * whose class or gender differs from an unlisted word's are kept, so the lines give exactly what classify
 * and genderIn would.
 */
export function packWordClasses(lexicon: Lexicon): string {
	const lines: string[] = [];
	const keys = new Set([...Object.keys(lexicon.words), ...Object.keys(lexicon.switches)]);
	for (const key of [...keys].sort()) {
		if (/[\n\t]/.test(key)) {
			throw new Error(`A lexicon word holds a newline or a tab: ${JSON.stringify(key)}`);
		}
		const wordClass = classify(lexicon, key);
		const classMark = wordClass === unlistedClass(key) ? AS_UNLISTED : String.fromCharCode(0x61 + PACKED_CLASSES.indexOf(wordClass));
		const gender = genderIn(lexicon, key);
		if (classMark !== AS_UNLISTED || gender) {
			lines.push(`${key}\t${classMark}${gender === 'male' ? 'm' : gender === 'female' ? 'f' : ''}`);
		}
	}
	return lines.map(line => `${line}\n`).join('');
}

/** The word classes packed by packWordClasses, looked up in the packed text as it is. */
export function unpackWordClasses(packed: string): WordClasses {
	return {
		classOf(key) {
			const classMark = codeOf(packed, key)?.[0];
			return classMark === undefined || classMark === AS_UNLISTED ? unlistedClass(key) : PACKED_CLASSES[classMark.charCodeAt(0) - 0x61];
		},
		genderOf(key) {
			const genderMark = codeOf(packed, key)?.[1];
			return genderMark === 'm' ? 'male' : genderMark === 'f' ? 'female' : undefined;
		},
	};
}

/** The code packed for `key`, by a binary search over the sorted lines of `packed`; undefined if it has none. */
function codeOf(packed: string, key: string): string | undefined {
	// `low` and `high` are always the starts of lines (or the end of the text); the key's line lies between.
	let low = 0;
	let high = packed.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		const start = packed.lastIndexOf('\n', middle - 1) + 1;
		const end = packed.indexOf('\n', start);
		const tab = packed.indexOf('\t', start);
		const word = packed.slice(start, tab);
		if (word === key) {
			return packed.slice(tab + 1, end);
		}
		if (word < key) {
			low = end + 1;
		} else {
			high = start;
		}
	}
	return undefined;
}
