// The words a speech tag and its narration are read with: auxiliaries and past-tense verbs (`had said`,
// `whispered`), the words that end a description (`the old man`), the markers of an object (`said to him`),
// the words that open a sentence without being its subject, relatives, particles and verbs of seeing.

import { isCapitalised } from './speakerNames';
import { PRONOUNS } from './pronouns';

/** Words both the speech tags and the cast's reading of names allow between a name and its verb: `Karen had said`, `then`, `at once`. */
const GAP_WORDS = ['had', 'has', 'then', 'now', 'also', 'only', 'just', 'again', 'finally', 'still', 'at', 'once'];

/** The auxiliaries that carry a tense: `had`, `was`, `would`… */
const FINITE_AUXILIARIES = ['had', 'has', 'have', 'was', 'were', 'is', 'would', 'will', 'could', 'should', 'might', 'must', 'did', 'does'];

/**
 * Words only the speech tags allow there: the other auxiliaries, `presently`, `simply`, `at last`, `once
 * more`. The cast's reading of names was tuned without them.
 */
const TAG_ONLY_GAP_WORDS = [
	...FINITE_AUXILIARIES.filter(word => !GAP_WORDS.includes(word)),
	...'presently simply last more soon afterwards afterward thus'.split(' '),
];

/** Words that may stand between a subject and its speech verb: `Karen had said`, `he quietly said`. */
export const AUXILIARIES: ReadonlySet<string> = new Set([...GAP_WORDS, ...TAG_ONLY_GAP_WORDS]);

/** Between a name and its verb in the cast's reading of names: `Karen had said`, `Derek suddenly breathed` (`-ly` words aside). */
export const NAME_VERB_GAP_WORDS: ReadonlySet<string> = new Set([...GAP_WORDS, 'suddenly']);

/** Words that end a description after an inverted verb: `said the man at the gate`, `said the girl who…`. */
export const DESCRIPTION_ENDS = new Set([
	'at',
	'in',
	'on',
	'of',
	'to',
	'for',
	'with',
	'by',
	'from',
	'who',
	'whose',
	'whom',
	'which',
	'that',
	'where',
	'and',
	'but',
	'as',
	'when',
	'while',
	'after',
	'before',
	'into',
	'across',
	'behind',
	'beside',
	'through',
	'without',
	'again',
	'then',
	'now',
]);

/** Past tenses narration puts after a subject, that no `-ed` shows: `my aunt came in and said`. */
export const IRREGULAR_PAST = new Set([
	'came',
	'went',
	'got',
	'took',
	'sat',
	'stood',
	'rose',
	'ran',
	'put',
	'gave',
	'held',
	'knew',
	'saw',
	'made',
	'left',
	'fell',
	'drew',
	'threw',
	'brought',
	'caught',
	'felt',
	'heard',
	'kept',
	'laid',
	'led',
	'lay',
	'met',
	'rode',
	'shook',
	'struck',
	'swung',
	'thought',
	'woke',
	'wore',
	'broke',
	'bent',
	'hung',
	'sank',
	'slept',
	'spread',
	'stole',
	'swept',
	'tore',
	'turned',
	'looked',
	'walked',
]);

/** A word after a description's noun that is its verb: `the old man nodded`, `my aunt came`. */
export function isPastVerb(word: string): boolean {
	return IRREGULAR_PAST.has(word) || (word.length > 4 && word.endsWith('ed') && !isCapitalised(word));
}

/** Words that make the name after them an object, not a subject: `turned to Karen and said`. */
export const OBJECT_MARKERS = new Set([
	'to',
	'at',
	'with',
	'toward',
	'towards',
	'from',
	'for',
	'of',
	'on',
	'upon',
	'about',
	'beside',
	'behind',
	'by',
	'into',
	'after',
	'like',
	'than',
	'saw',
	'see',
	'told',
	'asked',
	'and',
]);

/** Lower-case words after a capitalised one that show it is not a sentence's subject doing something. */
export const NOT_VERBS = new Set(['and', 'or', 'of', 'in', 'to', 'the', 'a', 'an', 'with', 'who', 'which', 'that', 'for', 'on', 'at', 'by', 'from', 'as']);

/** Verbs that agree with a plural: `Women were bad enough`, `Things are` open on no one person. */
export const PLURAL_VERBS: ReadonlySet<string> = new Set(['were', 'are']);

/** Words that may open a sentence before its subject: `Then Karen laughed`, `Whereupon Mrs. Griffin spoke`. */
export const SENTENCE_OPENERS = new Set(['then', 'and', 'but', 'whereupon', 'so', 'now', 'here', 'there']);

/** Verbs of speaking to someone, whose object is the one spoken to: `Anne told Marilla,`, `he asked Bram,`. */
export const ADDRESSING_VERBS: ReadonlySet<string> = new Set(
	'told asked answered assured informed begged warned reminded urged bade bid promised implored entreated reassured thanked'.split(' '),
);

/** Words that make a speech verb a relative clause's: `Karen looked at Ivy, who said:`. */
export const RELATIVES: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whom', 'whose']);

/** Words that finish a phrasal verb before its object: `kicking out his legs`, `picking up her bag`. */
export const PHRASAL_PARTICLES: ReadonlySet<string> = new Set(['out', 'up', 'down', 'off', 'back', 'over', 'away', 'aside', 'open']);

/** Verbs by which a first-person narrator watches someone: `I saw Karen`, `I can see Nell there`. */
export const PERCEPTION_VERBS: ReadonlySet<string> = new Set(
	'see saw seen watch watched notice noticed observe observed hear heard find found spy spied caught'.split(' '),
);

/** Nouns of people that end as a participle does: `said the stripling`, `said the poor darling`. */
export const PEOPLE_IN_ING: ReadonlySet<string> = new Set([
	'being',
	'changeling',
	'darling',
	'duckling',
	'earthling',
	'fledgling',
	'foundling',
	'gosling',
	'hireling',
	'nursling',
	'sibling',
	'stripling',
	'underling',
	'viking',
	'weakling',
	'yearling',
]);

/** `repeated the officer once more`, `said the boy again`: adverbs no `-ly` shows. */
export const ADVERBS_OF_TIME: ReadonlySet<string> = new Set(['once', 'again', 'then', 'now', 'still', 'also']);

/**
 * Words after a speaker's description that say where or how they speak, or start a clause of its own, not
 * who they are: `said the girl aloud`, `cried a man outside`, `said her mother soon afterwards`, `the man
 * they called`, `the foreigners were`. Adverbs no `-ly` shows, the subject pronouns and the finite auxiliaries.
 */
export const AFTER_DESCRIPTION: ReadonlySet<string> = new Set([
	...'aloud too somewhat almost soon afterwards afterward together here there outside inside nearby near close away back instead thus'.split(' '),
	...PRONOUNS,
	...FINITE_AUXILIARIES,
	'are',
]);

/** Words after which a participle still describes the one to come: `cried the same scowling red-cap`. */
export const STILL_DESCRIBING: ReadonlySet<string> = new Set(['same', 'other', 'ever', 'still', 'not', 'never', 'always']);
