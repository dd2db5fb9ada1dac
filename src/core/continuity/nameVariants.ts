// Decides which rare spellings are slips for a character's name: `Elizabteh` once where `Elizabeth` is
// written hundreds of times. A slip is one keystroke from a much more frequent name of a character (a letter
// dropped, doubled, added, changed, or two swapped), never introduced as a person of its own, not an English
// word, and not itself a name the book uses freely. Reads the paragraphs' name mentions and the cast.

import type { Cast } from '../cast/types';
import type { NameTagger } from '../cast/nameTagger';
import { Block, StoryModel } from '../model';
import { MentionFlag } from '../structure/types';
import { honorificKey } from '../lexicon/honorifics';
import { isNameParticle, nameKey } from '../lexicon/nameSpellings';
import { isPlaceHead } from '../lexicon/placeWords';
import { NameVariant, NameVariantOptions } from './types';

/** A name word used fewer times than this is too rare to tell its right spelling from a slip. */
const MIN_NAME_USES = 8;
/** A slip is used at most this often… */
const MAX_SLIP_USES = 3;
/** …and the name it stands for at least this many times as often. */
const FREQUENCY_RATIO = 5;
/** Shorter words are too often other names (`Jon`, `Ann`): changing a letter of these is no slip. */
const MIN_LETTERS_FOR_CHANGE = 5;
const MIN_LETTERS = 4;

interface WordUses {
	count: number;
	/** `her sister Karin` (a person of her own), `the town of Barnet` (a place). */
	separate: boolean;
	/** The other name words it is written with: `Malcolm` in `Malcolm Andres` says he is no Jane Andrews. */
	companions: Set<string> | undefined;
}

interface NameWord {
	/** As written most often. */
	readonly spelling: string;
	readonly key: string;
	readonly uses: number;
	readonly character: number;
}

/** Each rare spelling of a character's name in `stories`, by story then offset. */
export function findNameVariants(stories: readonly StoryModel[], cast: Cast, options: NameVariantOptions = {}): NameVariant[] {
	const uses = countNameWords(stories);
	const names = characterWords(cast, uses);
	if (names.length === 0) {
		return [];
	}
	const protectedKeys = new Set<string>();
	for (const declared of options.overrides?.characters ?? []) {
		for (const name of [declared.name, ...declared.aliases]) {
			nameWordsOf(name).forEach(word => protectedKeys.add(foldName(word)));
		}
	}
	for (const name of options.overrides?.ignore ?? []) {
		nameWordsOf(name).forEach(word => protectedKeys.add(foldName(word)));
	}
	const nameKeys = new Set(names.map(name => name.key));
	// A character's own spelling is never anyone's slip, however rarely it is written.
	for (const character of cast.characters) {
		if (character.mentions >= MIN_NAME_USES || character.declared) {
			for (const name of [character.name, ...character.aliases]) {
				nameWordsOf(name).forEach(word => nameKeys.add(foldName(word)));
			}
		}
	}
	const byLength = new Map<number, NameWord[]>();
	for (const name of names) {
		const list = byLength.get(name.key.length) ?? [];
		list.push(name);
		byLength.set(name.key.length, list);
	}
	const slips = new Map<string, NameWord>();
	for (const [word, use] of uses) {
		const key = foldName(word);
		if (use.count > MAX_SLIP_USES || use.separate || key.length < MIN_LETTERS || nameKeys.has(key) || protectedKeys.has(key)) {
			continue;
		}
		const meant = likeliestName(key, use.count, byLength);
		if (meant && hasOwnAccent(word, meant.spelling)) {
			continue;
		}
		const isKnownWord = options.isKnownWord ?? (() => false);
		if (meant && !isKnownWord(word.toLowerCase()) && !hasOtherName(use, wordsOfNamesWith(cast, meant.key), isKnownWord)) {
			slips.set(word, meant);
		}
	}
	return slips.size === 0 ? [] : placeSlips(stories, slips, cast);
}

/** Capitalised words of the names mentioned in the body of the stories, with how they are used. */
function countNameWords(stories: readonly StoryModel[]): Map<string, WordUses> {
	const uses = new Map<string, WordUses>();
	for (const model of stories) {
		for (const block of model.blocks) {
			if (!isBody(model, block)) {
				continue;
			}
			for (const mention of block.analysis.names) {
				const words = nameWordsOf(mention.text);
				for (const word of words) {
					let use = uses.get(word);
					if (!use) {
						use = { count: 0, separate: false, companions: undefined };
						uses.set(word, use);
					}
					use.count++;
					use.separate ||= (mention.flags & SEPARATE) !== 0;
					if (words.length > 1 && use.count <= MAX_SLIP_USES) {
						use.companions ??= new Set();
						words.forEach(other => other !== word && use!.companions!.add(foldName(other)));
					}
				}
			}
		}
	}
	return uses;
}

/** Introduced as a person of their own, or named as a place (`the town of Barnet`; `at Alice` says nothing). */
const SEPARATE = MentionFlag.Introduced | MentionFlag.AfterOf;

/** The words of every name of everyone who goes by `key`: `Elizabeth` and `Jane` for `Bennet`. */
function wordsOfNamesWith(cast: Cast, key: string): Set<string> {
	const words = new Set<string>();
	for (const character of cast.characters) {
		const own = [character.name, ...character.aliases].flatMap(nameWordsOf).map(foldName);
		if (own.includes(key)) {
			own.forEach(word => words.add(word));
		}
	}
	return words;
}

/**
 * Written beside a name that is not the character's: `Malcolm Andres` is not Jane Andrews. Initials, words
 * (`Poor Droothea`, `Old Cottre`) and the heads of places' names (`Pyncheonn House`) say nothing.
 */
function hasOtherName(use: WordUses, characterWords: ReadonlySet<string>, isKnownWord: (word: string) => boolean): boolean {
	return [...(use.companions ?? [])].some(word => word.length > 1 && !characterWords.has(word) && !isPlaceHead(word) && !isKnownWord(word));
}

/** The words of each established character's names, with how often each is written. */
function characterWords(cast: Cast, uses: ReadonlyMap<string, WordUses>): NameWord[] {
	const usesByKey = new Map<string, { spelling: string; uses: number }>();
	for (const [word, use] of uses) {
		const key = foldName(word);
		const known = usesByKey.get(key);
		if (!known) {
			usesByKey.set(key, { spelling: word, uses: use.count });
		} else {
			known.uses += use.count;
			if (use.count > (uses.get(known.spelling)?.count ?? 0)) {
				known.spelling = word;
			}
		}
	}
	const found = new Map<string, NameWord>();
	// A name's words are counted over all who share them: `Brooke` is both Miss and Mr. Brooke's.
	cast.characters.forEach((character, index) => {
		for (const name of [character.name, ...character.aliases]) {
			for (const word of nameWordsOf(name)) {
				const key = foldName(word);
				const known = usesByKey.get(key);
				// Two characters sharing a word (`Mr. Bennet`, `Mrs. Bennet`): the more mentioned keeps it.
				if (known && known.uses >= MIN_NAME_USES && key.length >= MIN_LETTERS && !found.has(key)) {
					found.set(key, { spelling: known.spelling, key, uses: known.uses, character: index });
				}
			}
		}
	});
	return [...found.values()];
}

/** The name `key` is most likely a slip for, if any is one keystroke away and far more used. */
function likeliestName(key: string, count: number, byLength: ReadonlyMap<number, readonly NameWord[]>): NameWord | undefined {
	let best: NameWord | undefined;
	for (let length = key.length - 1; length <= key.length + 1; length++) {
		for (const name of byLength.get(length) ?? []) {
			if (name.uses < count * FREQUENCY_RATIO || (best && best.uses >= name.uses) || isInflection(key, name.key) || isLanguageForm(key, name.key)) {
				continue;
			}
			if (isOneSlip(key, name.key)) {
				best = name;
			}
		}
	}
	return best;
}

/** `Bennets`, `Rostóvs`, `Richtern`: a family's plural, a genitive or a German case ending is the name, not a slip of it. */
function isInflection(a: string, b: string): boolean {
	const [short, long] = a.length < b.length ? [a, b] : [b, a];
	return long === `${short}s` || long === `${short}es` || (long === `${short}n` && short.endsWith('er'));
}

/** `André` beside `Andrew`: an accent no one types by accident makes the spelling a choice, not a slip. */
function hasOwnAccent(rare: string, frequent: string): boolean {
	const letters = new Set(frequent.toLowerCase());
	return [...rare.toLowerCase()].some(letter => letter.normalize('NFD').length > 1 && !letters.has(letter));
}

/**
 * `Helena`, `Natalia`, `Dólokhova`, `Rostopchíne` beside `Hélène`, `Natalie`, `Dólokhov`, `Rostopchín`: a
 * final vowel changed, added or dropped is the name in another language or gender, as novels in translation
 * write it, more often than a slip.
 */
function isLanguageForm(a: string, b: string): boolean {
	const [short, long] = a.length < b.length ? [a, b] : [b, a];
	const vowel = (letter: string) => 'aeiou'.includes(letter);
	if (short.length === long.length) {
		const last = short.length - 1;
		return short.slice(0, last) === long.slice(0, last) && vowel(short[last]) && vowel(long[last]);
	}
	// A doubled final letter (`Marillaa`) is a slip of the hand, not a language's ending.
	return long.length === short.length + 1 && long.startsWith(short) && vowel(long[long.length - 1]) && long[long.length - 1] !== short[short.length - 1];
}

/**
 * One keystroke apart: a letter dropped or added (doubled or not), two neighbours swapped, or, in a longer
 * name, one letter changed. The first letter must agree, since a capital is rarely mistyped.
 */
export function isOneSlip(a: string, b: string): boolean {
	if (a === b || a[0] !== b[0]) {
		return false;
	}
	if (a.length === b.length) {
		let first = -1;
		let differences = 0;
		for (let index = 0; index < a.length; index++) {
			if (a[index] !== b[index]) {
				if (++differences > 2) {
					return false;
				}
				if (first < 0) {
					first = index;
				}
			}
		}
		if (differences === 2) {
			return a[first] === b[first + 1] && a[first + 1] === b[first];
		}
		return a.length >= MIN_LETTERS_FOR_CHANGE;
	}
	const [short, long] = a.length < b.length ? [a, b] : [b, a];
	if (long.length !== short.length + 1) {
		return false;
	}
	let index = 0;
	while (index < short.length && short[index] === long[index]) {
		index++;
	}
	if (short.slice(index) !== long.slice(index + 1)) {
		return false;
	}
	return short.length >= MIN_LETTERS;
}

/** Every use of each slip, as notes in reading order. */
function placeSlips(stories: readonly StoryModel[], slips: ReadonlyMap<string, NameWord>, cast: Cast): NameVariant[] {
	const notes: NameVariant[] = [];
	stories.forEach((model, story) => {
		for (const block of model.blocks) {
			if (!isBody(model, block)) {
				continue;
			}
			for (const mention of block.analysis.names) {
				forEachWord(mention.text, (word, offset) => {
					const meant = slips.get(word);
					if (meant) {
						const start = block.start + mention.start + offset;
						notes.push({
							story,
							start,
							end: start + word.length,
							name: word,
							character: cast.characters[meant.character].name,
							spelling: meant.spelling,
						});
					}
				});
			}
		}
	});
	return notes;
}

const NAME_WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;

/** Each capitalised word of a mention that may be part of a name: honorifics and particles left out. */
function forEachWord(text: string, visit: (word: string, offset: number) => void): void {
	NAME_WORD.lastIndex = 0;
	for (let match = NAME_WORD.exec(text); match; match = NAME_WORD.exec(text)) {
		const word = match[0];
		if (isNameWord(word)) {
			visit(word, match.index);
		}
	}
}

function nameWordsOf(name: string): string[] {
	const words: string[] = [];
	forEachWord(name, word => words.push(word));
	return words;
}

function isNameWord(word: string): boolean {
	const first = word[0];
	return first !== first.toLowerCase() && honorificKey(word) === undefined && !isNameParticle(word);
}

/** Case and accents aside: `Rostóv` and `Rostov` are one spelling, not a slip. */
function foldName(word: string): string {
	return nameKey(word);
}

function isBody(model: StoryModel, block: Block): boolean {
	return block.start >= model.body.start && block.end <= model.body.end;
}

/** A word compromise's lexicon knows as English rather than as a name: `Marry`, `Rose`, `Hope`. */
export function isEnglishWord(tagger: NameTagger): (word: string) => boolean {
	return word => {
		const wordClass = tagger.classOf(word);
		return wordClass !== 'unknown' && wordClass !== 'firstName' && wordClass !== 'lastName' && wordClass !== 'person';
	};
}
