// Decides which words beside a quote name a person: capitalised words after any title (`Mr. Darcy`,
// `old Cotter`), descriptions (`the old man`, `my brother`), pronouns; which two spellings are one
// person (`Mulligan`, `Buck Mulligan`); and what a title or noun says of someone's gender.

import { Gender } from './types';

export const HONORIFICS = new Set([
	'mr',
	'mrs',
	'ms',
	'miss',
	'mister',
	'master',
	'dr',
	'doctor',
	'sir',
	'lady',
	'lord',
	'aunt',
	'uncle',
	'captain',
	'capt',
	'colonel',
	'col',
	'general',
	'major',
	'lieutenant',
	'professor',
	'prof',
	'father',
	'brother',
	'sister',
	'madame',
	'mme',
	'monsieur',
	'mademoiselle',
	'mlle',
	'prince',
	'princess',
	'count',
	'countess',
	'king',
	'queen',
	'judge',
	'parson',
	'reverend',
	'rev',
	'dame',
	'farmer',
	'squire',
	'cousin',
	'grandma',
	'grandpa',
	'granny',
	'nurse',
]);

/** Lower-case words a name may carry in front without being part of it: `said old Cotter`. */
const EPITHETS = new Set(['old', 'young', 'little', 'poor', 'dear', 'good', 'big']);

/** Capitalised words that open sentences or call out but never name a speaker. */
const NOT_NAMES = new Set([
	'the',
	'a',
	'an',
	'and',
	'but',
	'or',
	'so',
	'then',
	'now',
	'he',
	'she',
	'it',
	'i',
	'they',
	'we',
	'you',
	'his',
	'her',
	'hers',
	'its',
	'my',
	'our',
	'their',
	'your',
	'this',
	'that',
	'these',
	'those',
	'there',
	'here',
	'what',
	'who',
	'whom',
	'when',
	'where',
	'why',
	'how',
	'yes',
	'no',
	'oh',
	'ah',
	'well',
	'not',
	'if',
	'as',
	'at',
	'in',
	'on',
	'of',
	'to',
	'for',
	'with',
	'by',
	'from',
	'upon',
	'after',
	'before',
	'while',
	'still',
	'just',
	'only',
	'even',
	'again',
	'once',
	'perhaps',
	'presently',
	'suddenly',
	'finally',
	'meanwhile',
	'instead',
	'nobody',
	'somebody',
	'everyone',
	'someone',
	'everybody',
	'anybody',
	'anyone',
	'one',
	'all',
	'both',
	'each',
	'every',
	'some',
	'such',
	'thus',
	'though',
	'although',
	'because',
	'since',
	'until',
	'yet',
	'god',
	'heaven',
	'heavens',
	'madam',
	'ma’am',
	"ma'am",
	'o',
	'dear',
	'good',
	'chapter',
	'do',
	'did',
	'does',
	'is',
	'was',
	'are',
	'were',
	'will',
	'would',
	'can',
	'could',
	'shall',
	'should',
	'may',
	'might',
	'must',
	'let',
	'come',
	'go',
	'look',
	'please',
	'thank',
	'thanks',
	'sorry',
	'hello',
	'hallo',
	'goodbye',
	'nothing',
	'never',
	'always',
	'sometimes',
	'whatever',
	'whoever',
	'don’t',
	"don't",
	'isn’t',
	"isn't",
	'it’s',
	"it's",
	'i’m',
	"i'm",
	'without',
	'within',
	'through',
	'during',
	'among',
	'against',
	'across',
	'along',
	'besides',
	'beyond',
	'despite',
	'except',
	'inside',
	'outside',
	'toward',
	'towards',
	'under',
	'unless',
	'whether',
	'whereupon',
	'wherever',
	'whenever',
	'hence',
	'therefore',
	'however',
	'moreover',
	'nevertheless',
	'indeed',
	'certainly',
	'surely',
	'afterwards',
	'often',
	'soon',
	'later',
	'next',
	'first',
	'last',
	'today',
	'tonight',
	'yesterday',
	'tomorrow',
	'everything',
	'something',
	'anything',
	'nor',
	'neither',
	'either',
	'most',
	'many',
	'few',
	'more',
	'less',
	'very',
	'quite',
	'rather',
	'much',
	'above',
	'below',
	'over',
	'near',
	'round',
	'around',
	'beneath',
	'between',
	'till',
	'like',
	'sir',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'twenty',
	'hundred',
	'thousand',
	'half',
	'good-evening',
	'good-morning',
	'good-night',
	'good-bye',
	'goodnight',
	'brother',
	'sister',
	'mother',
	'father',
	'mr',
	'mrs',
	'miss',
	'morning',
	'evening',
	'afternoon',
	'night',
	'welcome',
	'listen',
	'wait',
	'stop',
	'quick',
	'hush',
	'hurry',
	// Interjections and words of answer that open a quote before a comma: `"Hi, you!"`, `"Lovely, isn't it?"`.
	'hi',
	'hey',
	'hallo',
	'hullo',
	'eh',
	'ha',
	'hah',
	'aha',
	'alas',
	'bravo',
	'hurrah',
	'huzza',
	'pardon',
	'pray',
	'nonsense',
	'rubbish',
	'adieu',
	'bonjour',
	'non',
	'oui',
	'ja',
	'nein',
	'si',
	'lovely',
	'true',
	'right',
	'fine',
	'sure',
	'okay',
	'ok',
	'aye',
	'ay',
	'nay',
	'yea',
	'yeah',
	'yep',
	'nope',
	'huh',
	'hm',
	'hmm',
	'um',
	'er',
	'ugh',
	'wow',
	'gosh',
	'golly',
	'damn',
	'darn',
	'bother',
	'mind',
	'fancy',
	'mercy',
	'goodness',
	'lord',
	'excellent',
	'splendid',
	'capital',
	'famous',
	'good-by',
	'goodby',
	'bye',
	'cheers',
	'hooray',
	'shh',
	'psst',
	'poor',
	'oh',
	'ooh',
	'whoa',
	'ahem',
	'bah',
	'pooh',
	'pshaw',
	'tut',
	'fie',
	'hark',
	'lo',
	'behold',
	// Words that open narration sentences, read as their subjects: `Several stood up.`, `Amid the noise…`.
	'several',
	'which',
	'whose',
	'almost',
	'everywhere',
	'nowhere',
	'somewhere',
	'amid',
	'amidst',
	'behind',
	'beside',
	'had',
	'has',
	'have',
	'having',
	'being',
	'been',
	'long',
	'deep',
	'loud',
	'certain',
	'other',
	'others',
	'another',
	'formerly',
	'merely',
	'nearly',
	'early',
	'lately',
	'merry',
]);

/** Nouns by which a story calls someone it also names with that title: `the doctor` for `Dr. Archie`. */
export const TITLE_NOUNS = new Set([
	'doctor',
	'captain',
	'colonel',
	'major',
	'general',
	'parson',
	'professor',
	'judge',
	'king',
	'queen',
	'prince',
	'princess',
	'count',
	'countess',
	'squire',
	'farmer',
]);

export const PRONOUNS = new Set(['he', 'she', 'i', 'they', 'we', 'you']);
/** Pronouns that name no one; a turn carried by them is someone's, but whose the prose does not say. */
export const INDEFINITES = new Set(['somebody', 'someone', 'everybody', 'everyone', 'nobody', 'anybody', 'anyone']);
export const DETERMINERS = new Set(['the', 'my', 'our', 'his', 'her', 'their', 'your', 'a', 'an', 'this', 'that', 'another']);

export function isCapitalised(word: string): boolean {
	const code = word.charCodeAt(0);
	return (code >= 0x41 && code <= 0x5a) || (code > 0x7f && word[0] !== word[0].toLowerCase());
}

/** A word lower-cased without its abbreviation point: `Mr.` is `mr`. */
export function bare(word: string): string {
	const lower = word.toLowerCase();
	return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

export function isAdverb(word: string): boolean {
	return word.length > 3 && word.endsWith('ly') && !isCapitalised(word);
}

/** A word that may be, or start, a person's name. */
export function mayBeName(word: string): boolean {
	return isCapitalised(word) && !CAPITALISED_NOT_NAMES.has(word) && !NOT_NAMES.has(bare(word)) && !isCapitalisedAdverb(word);
}

function isCapitalisedAdverb(word: string): boolean {
	if (word.length < 6) {
		return false;
	}
	// Most words end in neither `y` nor `d`: one look settles them without a pattern.
	const last = word.charCodeAt(word.length - 1);
	if (last === 0x79) {
		return ADVERB_ENDING.test(word) && !(word.endsWith('ily') && word.length < 7);
	}
	return last === 0x64 && word.charCodeAt(word.length - 2) === 0x65 && PARTICIPLE_ENDING.test(word) && !NAME_LIKE_PARTICIPLE.test(word);
}

/** `Alarmed, she ran.`, `Saddled and ready, the horse…`: a past participle opening a sentence. */
const PARTICIPLE_ENDING = /^\p{Lu}\p{Ll}+ed$/u;
/** Names that end like a participle: `Alfred`, `Mildred`, `Mohammed`, `Siegfried`. */
const NAME_LIKE_PARTICIPLE = /(?:fred|dred|mmed|hmed|ied|eed)$/;

/**
 * `Really,` `Naturally,` `Greatly relieved,`: adverbs open sentences and quotes; few names end like them
 * (`Sally`, `Emily` and `Cecily` are too short, `Beverly` does not match).
 */
const ADVERB_ENDING = /^\p{Lu}\p{Ll}*(?:ally|ently|antly|ously|ably|ibly|fully|lessly|ately|ively|edly|ingly|dly|tly|ily)$/u;

/** NOT_NAMES as they open a sentence (`The`, `Then`), looked up without lower-casing first. */
const CAPITALISED_NOT_NAMES = new Set([...NOT_NAMES].map(word => word[0].toUpperCase() + word.slice(1)));

/** A proper name at `index`: capitalised words after any honorific or epithet (`Mr. Darcy`, `old Cotter`). */
export function nameAt(words: readonly string[], index: number): { name: string; next: number } | undefined {
	const parts: string[] = [];
	let position = index;
	// `old Cotter`, and at a sentence's start `Poor Mole`: but `Old Cotter` and `Young Jerry` may be names whole.
	if (
		words[position] !== undefined &&
		(EPITHETS.has(words[position]) || (NOT_NAMES.has(words[position].toLowerCase()) && EPITHETS.has(words[position].toLowerCase()))) &&
		isCapitalised(words[position + 1] ?? '')
	) {
		position++;
	}
	while (position < words.length && isCapitalised(words[position]) && HONORIFICS.has(bare(words[position])) && isCapitalised(words[position + 1] ?? '')) {
		parts.push(words[position]);
		position++;
	}
	const honorifics = parts.length;
	while (position < words.length && parts.length < 4 && mayBeName(words[position])) {
		const word = words[position];
		parts.push(word.endsWith('’s') || word.endsWith("'s") ? word.slice(0, -2) : word);
		position++;
	}
	// `Madame`, `Sir` alone address someone; they do not name them.
	if (parts.length === honorifics || (parts.length === 1 && HONORIFICS.has(bare(parts[0])))) {
		return undefined;
	}
	return { name: parts.join(' '), next: position };
}

/** A description's words; `the Rat` is the name `Rat`. */
export function description(words: readonly string[], start: number, end: number): string {
	const parts = words.slice(start, end);
	// `the Rat`, `the good-natured Rat`, `the Water Rat` are the name the story gives its creature.
	let name = parts.length;
	while (name > 1 && isCapitalised(parts[name - 1])) {
		name--;
	}
	if (parts[0].toLowerCase() === 'the' && name < parts.length) {
		return parts.slice(name).join(' ');
	}
	// `My uncle said` opens a sentence: it is still a description, `my uncle`.
	return [parts[0].toLowerCase(), ...parts.slice(1)].join(' ');
}

/** `the old man`, `my mother`: how the prose refers to someone whose name it does not use here. */
export function isDescription(speaker: string): boolean {
	return !isCapitalised(speaker);
}

/** Plural nouns no `-s` shows. */
const IRREGULAR_PLURALS = new Set(['men', 'women', 'children', 'people', 'folk', 'gentlemen', 'ladies', 'others', 'voices', 'geese', 'mice']);

/**
 * `the ladies`, `several voices`, `one of the women`: a description of a voice from a crowd, not one of
 * the two people taking turns, even when it says the line.
 */
export function isGroup(speaker: string): boolean {
	if (!isDescription(speaker)) {
		return false;
	}
	const words = speaker.split(' ');
	if (words[0] === 'one' && words[1] === 'of') {
		return true;
	}
	const noun = words[words.length - 1].toLowerCase();
	return IRREGULAR_PLURALS.has(noun) || (noun.length > 3 && noun.endsWith('s') && !/(?:ss|us|is|’s|'s)$/.test(noun));
}

/**
 * True when `short` names the same person as `long`: its words, titles aside, end `long`'s (`Darcy`,
 * `Mr. Darcy`), or, without a title, begin them (`Ogden`, `Ogden Ford`).
 */
export function samePerson(long: string, short: string): boolean {
	const longWords = long.split(' ');
	const shortWords = short.split(' ');
	const longTitle = HONORIFICS.has(bare(longWords[0])) ? bare(longWords[0]) : undefined;
	const shortTitle = HONORIFICS.has(bare(shortWords[0])) ? bare(shortWords[0]) : undefined;
	// `Mr. Bennet` is never `Mrs. Bennet`.
	if (longTitle !== undefined && shortTitle !== undefined && longTitle !== shortTitle) {
		return false;
	}
	const core = shortTitle !== undefined ? shortWords.slice(1) : shortWords;
	if (core.length === 0 || core.length > longWords.length) {
		return false;
	}
	const tail = longWords.slice(longWords.length - core.length);
	const head = longWords.slice(longTitle !== undefined ? 1 : 0, (longTitle !== undefined ? 1 : 0) + core.length);
	return core.every((word, index) => word === tail[index]) || (shortTitle === undefined && core.every((word, index) => word === head[index]));
}

const MASCULINE = new Set([
	'mr',
	'mister',
	'sir',
	'lord',
	'father',
	'brother',
	'uncle',
	'king',
	'prince',
	'count',
	'monsieur',
	'master',
	'man',
	'boy',
	'husband',
	'son',
	'gentleman',
	'fellow',
	'lad',
	'grandfather',
	'grandpa',
	'nephew',
	'duke',
	'baron',
	'parson',
	'farmer',
	'squire',
	'waggoner',
	'priest',
	'monk',
]);
const FEMININE = new Set([
	'mrs',
	'miss',
	'ms',
	'lady',
	'mother',
	'sister',
	'aunt',
	'queen',
	'princess',
	'countess',
	'madame',
	'mademoiselle',
	'mistress',
	'woman',
	'girl',
	'wife',
	'daughter',
	'maid',
	'widow',
	'grandmother',
	'grandma',
	'granny',
	'niece',
	'duchess',
	'baroness',
	'nurse',
	'sister-in-law',
	'mother-in-law',
	'dame',
	'nun',
]);

/** What a name's own words say of gender: `Mrs. Bennet` is a she, `my brother` a he, `Karen` unknown. */
export function genderOfWords(speaker: string): Gender | undefined {
	const words = speaker.split(' ');
	const first = bare(words[0]);
	const key = DETERMINERS.has(first) ? bare(words[words.length - 1]) : first;
	return MASCULINE.has(key) ? 'he' : FEMININE.has(key) ? 'she' : undefined;
}
