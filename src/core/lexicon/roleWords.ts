// The nouns that name someone by what they are rather than who: a trade, an office or a rank (`the doctor`,
// `the jailer`, `the Queen`). A book whose speaker is only ever `the ferryman` has a character there; a book
// whose speaker is `the man`, `the other` or `her mother` does not: those stand for someone the book names
// elsewhere, or for anyone.

import { isCapitalised } from './speakerNames';

/** Ranks and offices that stand for their holder capitalised and alone, as a tag reads `said the King`: `King`. */
const RANKS = new Set(
	(
		'king queen prince princess duke duchess count countess earl baron baroness marquis marchioness emperor empress ' +
		'tsar tsarina czar sultan pope cardinal bishop judge president governor mayor chancellor doctor captain colonel ' +
		'general major admiral commander'
	).split(' '),
);

/** Trades, offices and ranks whose ending does not show them: `the turnkey`, `the beadle`, `the Duchess`. */
const ROLE_NOUNS = new Set([
	...RANKS,
	...(
		'abbot abbess prior monk nun friar priest vicar curate rector parson chaplain deacon sexton beadle clerk ' +
		'magistrate sheriff constable lieutenant sergeant corporal ensign cornet marshal adjutant esaul hussar cossack ' +
		'guard sentry sentinel warden turnkey gaoler jailer jailor detective inspector spy convict surgeon physician ' +
		'apothecary chemist nurse midwife matron governess housekeeper maid cook butler valet footman groom page steward ' +
		'coachman postilion landlord landlady innkeeper host hostess publican waiter waitress barmaid porter merchant ' +
		'tradesman shopkeeper shopman pedlar peddler hawker tinker gipsy gypsy beggar tramp thief robber burglar farmer ' +
		'shepherd miller baker butcher smith blacksmith carpenter tailor barber cobbler fisherman ferryman boatman sailor ' +
		'skipper pilot mate bosun officer soldier lawyer attorney solicitor notary banker professor teacher tutor ' +
		'schoolmaster headmaster master mistress squire knight herald messenger courier postman policeman official ' +
		'secretary interpreter undertaker hangman executioner witch wizard fairy giant dwarf hermit sage'
	).split(' '),
]);

/** `word` in lower case: a listed trade, office or rank (`ferryman`, `commander`), not one that only ends like one. */
export function isRoleNoun(word: string): boolean {
	return ROLE_NOUNS.has(word);
}

/**
 * Words for anyone, for one of a pair or for kin: a description with one of these as its noun stands for
 * someone the book names elsewhere (`the man`, `the other`, `her mother`), never a character of its own.
 */
const GENERIC_PERSON_WORDS = new Set(
	(
		'man woman men women gentleman lady girl boy child baby infant lad lass youth fellow person people creature ' +
		'individual figure one other others first second third last latter former elder younger voice stranger visitor ' +
		'newcomer speaker listener passenger traveller traveler foreigner prisoner sleeper sufferer murderer ' +
		'father mother brother sister son daughter wife husband uncle aunt cousin nephew niece grandfather grandmother ' +
		'grandson granddaughter parent companion friend sweetheart lover partner colleague neighbour neighbor guest ' +
		'ladies gentlemen crowd'
	).split(' '),
);

/**
 * Nouns that name no one: things that end like a trade (`the answer`, `the door`), and what a speaker says
 * or shows, which a tag may put where its speaker goes (`continued the subject`, `said her eyes`, `said
 * the letter`). A voice is someone (`cried a voice`); a board or a chair may be a body of people.
 */
export const NO_ONE_NOUNS: ReadonlySet<string> = new Set(
	(
		'answer letter paper water door floor mirror matter manner order error colour color honour honor weather corner ' +
		'number chapter river hour power dinner supper silence address business dress distress mess ' +
		'subject topic conversation question story tale song speech word words thought thoughts view views remark reply cry ' +
		'eye eyes face head hand hands lips mouth tongue heart glance look looks expression countenance smile ' +
		'note rescript message telegram notice moment place effort efforts'
	).split(' '),
);

/** `her eyes`, `the subject`: a description whose last word, its noun, is no one. */
export function describesNoOne(description: string): boolean {
	return NO_ONE_NOUNS.has(description.slice(description.lastIndexOf(' ') + 1));
}

/** How a trade's noun ends when it is no list's: `the ferryman`, `the waggoner`, `the novelist`, `the sergeant`. */
const ROLE_ENDING = /(?:man|er|or|ist|ess|ian|eer|ant)$/;

/** A speaker known by a role: the role as the book writes it, and whether its noun is a listed trade. */
export interface Role {
	readonly name: string;
	/** On the list (`the doctor`), rather than only ending like a trade (`the waggoner`, `the saloon-keeper`). */
	readonly listed: boolean;
}

/**
 * The role a speaker is known by, when that is all the book calls them: `the doctor` (in the book's case),
 * `King` (the way a tag reads `said the King`), or an epithet (`the hump-backed man`, `the gentleman in the
 * white waistcoat`). Undefined for a name, a description with a generic noun (`the man`, `the old man`) or kin
 * (`her mother`), and for other descriptions of more than one word after `the`.
 */
export function roleOf(speaker: string): Role | undefined {
	const words = speaker.split(' ');
	if (words.length === 1) {
		// A tag's `the King` comes as `King`: only a rank, since a bare capitalised word is a name far more
		// often (`Mamma`, `Frenchman`), and a trade capitalised alone is a body of men as often (`Cossack`).
		return isCapitalised(speaker) && RANKS.has(speaker.toLowerCase()) ? { name: speaker, listed: true } : undefined;
	}
	if (words.length === 3 && words[0] === 'the' && isEpithet(words[1], words[2])) {
		return { name: speaker, listed: true };
	}
	if (isMarkedOut(words)) {
		return { name: speaker, listed: true };
	}
	if (words.length !== 2 || words[0] !== 'the' || isCapitalised(words[1])) {
		return undefined;
	}
	const listed = ROLE_NOUNS.has(words[1]);
	return listed || isRoleLike(words[1]) ? { name: speaker, listed } : undefined;
}

/** `ferryman`, `engine-driver`, `barge-woman`: not on the list, but made or ending like a trade; not `man`, `other`, `answer`. */
function isRoleLike(noun: string): boolean {
	const parts = noun.split('-');
	const head = parts[parts.length - 1];
	// `barge-woman`, `charity-boy`: a compound makes a trade of a generic word.
	if (parts.length > 1 && parts.every(part => /^\p{Ll}+$/u.test(part)) && GENERIC_PERSON_WORDS.has(head)) {
		return !PAIR_WORDS.has(head);
	}
	if (!/^\p{Ll}+$/u.test(head) || GENERIC_PERSON_WORDS.has(head) || NO_ONE_NOUNS.has(head)) {
		return false;
	}
	return ROLE_NOUNS.has(head) || (head.length >= 5 && ROLE_ENDING.test(head));
}

/**
 * `hump-backed man`, `one-eyed woman`, `red-haired man`: a generic noun that a compound of the body (`-ed`)
 * marks out as one person, the way a book calls someone it never names. `the old man`, `the young lady`
 * stand for anyone of that age; a compound the book repeats in its tags does not.
 */
function isEpithet(modifier: string, noun: string): boolean {
	return /^\p{Ll}+-\p{Ll}+ed$/u.test(modifier) && GENERIC_PERSON_WORDS.has(noun) && !PAIR_WORDS.has(noun);
}

/** What marks a person out by what they wear, carry or sit in: `the gentleman in the white waistcoat`. */
const MARKED_OUT_BY = new Set(['in', 'with']);

/**
 * `the gentleman in the white waistcoat`, `the lady with a green parasol`: a generic noun marked out by one
 * thing about them, which the book repeats in its tags as it would a name. Not a voice or one of a pair.
 */
function isMarkedOut(words: readonly string[]): boolean {
	return (
		words.length >= 5 &&
		words.length <= 7 &&
		words[0] === 'the' &&
		GENERIC_PERSON_WORDS.has(words[1]) &&
		!PAIR_WORDS.has(words[1]) &&
		words[1] !== 'voice' &&
		MARKED_OUT_BY.has(words[2]) &&
		(words[3] === 'the' || words[3] === 'a') &&
		words.slice(4).every(word => /^\p{Ll}+(?:-\p{Ll}+)*$/u.test(word))
	);
}

/** Generic words that pick one of a pair or a row (`the one-eyed other`), never someone of their own. */
const PAIR_WORDS = new Set(['other', 'one', 'first', 'second', 'third', 'last']);
