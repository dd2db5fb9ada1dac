// The one list of honorifics (`Mr`, `Lady`, `Colonel`, `Monsieur`) and what each says of its holder's
// sex, with the named parts of it that speaker attribution reads: the titles it takes off a name, the ones
// that stand alone for a person (`said madame`), the nouns a description uses for a titled person.

import { HonorificGroup, Sex } from './types';

const HONORIFIC_GROUPS: Readonly<Record<HonorificGroup, readonly string[]>> = {
	male: [
		'mr',
		'mister',
		'sir',
		'lord',
		'master',
		'monsieur',
		'monseigneur',
		'm',
		'herr',
		'señor',
		'senor',
		'don',
		'signor',
		'father',
		'uncle',
		'brother',
		'prince',
		'count',
		'duke',
		'king',
		'baron',
		'earl',
		'marquis',
		'emperor',
		'tsar',
		'czar',
		'abbé',
		'abbe',
	],
	married: ['mrs', 'missus', 'madame', 'mme', 'frau', 'señora', 'senora', 'signora'],
	// `Mam'selle` and `Ma'amselle`: mademoiselle as an English speaker says it.
	unmarried: ['miss', 'mademoiselle', 'mlle', "mam'selle", "ma'amselle", 'fräulein', 'fraulein', 'señorita', 'senorita', 'signorina'],
	female: [
		'ms',
		'lady',
		'dame',
		'mother',
		'aunt',
		'sister',
		'princess',
		'countess',
		'duchess',
		'queen',
		'baroness',
		'marchioness',
		'empress',
		'tsarina',
		'madam',
	],
	neutral: [
		'dr',
		'doctor',
		'captain',
		'capt',
		'colonel',
		'col',
		'general',
		'gen',
		'major',
		'lieutenant',
		'lt',
		'sergeant',
		'sgt',
		'corporal',
		'admiral',
		'commander',
		'professor',
		'prof',
		'judge',
		'squire',
		'reverend',
		'rev',
		'bishop',
		'cardinal',
		'monsignor',
		'saint',
		'st',
		'parson',
		'pastor',
		'rabbi',
		'inspector',
		'detective',
		'officer',
		'constable',
		'nurse',
		'governor',
		'senator',
		'president',
		'chancellor',
		'ensign',
		'cornet',
		'hetman',
		'marshal',
		'adjutant',
		'ataman',
		'commodore',
	],
};

const HONORIFICS = new Map<string, HonorificGroup>(
	(Object.keys(HONORIFIC_GROUPS) as HonorificGroup[]).flatMap(group => HONORIFIC_GROUPS[group].map(word => [word, group] as const)),
);

/** Each honorific as written: `mr`, `Mr`, `MR`, `Mr.`, … → `mr`; looked up without case-folding every word. */
const HONORIFIC_SPELLINGS = new Map<string, string>(
	[...HONORIFICS.keys()].flatMap(key => {
		const forms = [key, key[0].toUpperCase() + key.slice(1), key.toUpperCase()];
		return forms.concat(forms.map(form => `${form}.`)).map(form => [form, key] as const);
	}),
);

/** `Mr.` → `mr`, `Mam’selle` → `mam'selle`; undefined when the word is no honorific. */
export function honorificKey(word: string): string | undefined {
	return HONORIFIC_SPELLINGS.get(word) ?? (word.includes('’') ? HONORIFIC_SPELLINGS.get(word.replaceAll('’', "'")) : undefined);
}

export function honorificGroup(key: string): HonorificGroup | undefined {
	return HONORIFICS.get(key);
}

/** Two honorifics may belong to one person: the same group, or either one says nothing of gender. */
export function honorificsAgree(a: string | undefined, b: string | undefined): boolean {
	if (a === undefined || b === undefined || a === b) {
		return true;
	}
	const groupA = HONORIFICS.get(a);
	const groupB = HONORIFICS.get(b);
	if (groupA === 'neutral' || groupB === 'neutral') {
		return true;
	}
	if (groupA === groupB) {
		// `Prince Andrew` and `Count Andrew` may be one man; `Miss` and `Mrs` are mother and daughter.
		return groupA === 'male' || groupA === 'female';
	}
	// `Lady Bridget` may be `Miss Bridget`; a man is never either.
	return groupA !== 'male' && groupB !== 'male' && (groupA === 'female' || groupB === 'female');
}

/** The honorifics that tell a man (`Mr`, `Herr`) or a woman (`Mrs`, `Miss`, `Lady`), in the list's order. */
export function honorificsOf(sex: Sex): string[] {
	return sex === 'male' ? [...HONORIFIC_GROUPS.male] : [...HONORIFIC_GROUPS.married, ...HONORIFIC_GROUPS.unmarried, ...HONORIFIC_GROUPS.female];
}

/** The sex an honorific implies, for checking it against a first name. */
export function honorificGender(key: string | undefined): Sex | undefined {
	const group = key === undefined ? undefined : HONORIFICS.get(key);
	return group === 'male' ? 'male' : group === 'married' || group === 'unmarried' || group === 'female' ? 'female' : undefined;
}

/**
 * Honorifics speaker attribution leaves inside the name it reads (`said Duke Orsino`, `Inspector Lestrade
 * replied`, `St. John`): it was tuned on the everyday titles alone, and taking these off too would change
 * which spellings it counts as one speaker.
 */
const TITLES_KEPT_IN_SPEAKER_NAMES = new Set(
	(
		'monseigneur m herr señor senor don signor duke baron earl marquis emperor tsar czar abbé abbe ' +
		'missus frau señora senora signora fräulein fraulein señorita senorita signorina ' +
		'mother duchess baroness marchioness empress tsarina madam ' +
		'gen lt sergeant sgt corporal admiral commander bishop cardinal monsignor saint st pastor rabbi inspector detective ' +
		'officer constable governor senator president chancellor ensign cornet hetman marshal adjutant ataman commodore'
	).split(' '),
);

/** Words of kin and trade a tag puts before a name as a title, though no honorific: `Farmer Giles`, `Granny Weatherwax`. */
const KIN_AND_TRADE_TITLES = ['farmer', 'cousin', 'grandma', 'grandpa', 'granny'];

/** The titles speaker attribution takes off a name (`said Mr. Darcy` is Darcy's line), in lower case without their point. */
export const SPEAKER_TITLES: ReadonlySet<string> = new Set(
	[...HONORIFICS.keys()].filter(word => !TITLES_KEPT_IN_SPEAKER_NAMES.has(word)).concat(KIN_AND_TRADE_TITLES),
);

/**
 * The commonest titles, capitalised, as an alternation for a pattern that looks past one to a name:
 * `turned to Mrs. Hale`, `the voice of Captain Hook`.
 */
export const EVERYDAY_TITLE_PATTERN = ['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Sir', 'Lady', 'Lord', 'Captain', 'Aunt', 'Uncle'].join('|');

/**
 * Ranks and offices that go before a surname, or a whole name, but never a first name alone: `Colonel
 * Fitzwilliam` is a Fitzwilliam, not the Fitzwilliam Darcy whose first name it is. (`Miss Lucie`, `Prince
 * Andrew` and `Mr. Charles` show the everyday and noble titles do go before first names.)
 */
export const SURNAME_TITLES: ReadonlySet<string> = new Set(
	(
		'dr doctor captain capt colonel col general gen major lieutenant lt sergeant sgt corporal admiral commander ' +
		'professor prof judge inspector detective officer constable governor senator president chancellor ensign cornet marshal commodore'
	).split(' '),
);

/** The shorter or everyday spelling of each title written more than one way: `Mister` is `Mr.`, `Doctor` `Dr.` */
const TITLE_SPELLED_OUT: ReadonlyMap<string, string> = new Map([
	['mister', 'mr'],
	['missus', 'mrs'],
	['doctor', 'dr'],
	['mme', 'madame'],
	['mlle', 'mademoiselle'],
	["mam'selle", 'mademoiselle'],
	["ma'amselle", 'mademoiselle'],
	['capt', 'captain'],
	['col', 'colonel'],
	['gen', 'general'],
	['lt', 'lieutenant'],
	['sgt', 'sergeant'],
	['prof', 'professor'],
	['rev', 'reverend'],
	['st', 'saint'],
	['senor', 'señor'],
	['senora', 'señora'],
	['senorita', 'señorita'],
	['fraulein', 'fräulein'],
	['abbe', 'abbé'],
]);

/** True when two honorifics are one title spelled two ways (`mister` and `mr`), or the same. */
export function sameTitle(a: string, b: string): boolean {
	return (TITLE_SPELLED_OUT.get(a) ?? a) === (TITLE_SPELLED_OUT.get(b) ?? b);
}

/** The everyday titles of a man, as against a rank or a noble title: `Mr.`, `Monsieur`, `Herr`. */
const A_MANS_TITLES: ReadonlySet<string> = new Set(['mr', 'mister', 'monsieur', 'm', 'herr', 'señor', 'senor', 'signor', 'don']);

/**
 * The place in a family an everyday title gives its holder: a man (`Mr.`), a boy (`Master`), a wife (`Mrs.`)
 * or a daughter (`Miss`). A surname found under two of them is a family's; ranks and noble titles give none.
 */
export function familyRole(key: string): 'man' | 'boy' | 'wife' | 'daughter' | undefined {
	if (A_MANS_TITLES.has(key)) {
		return 'man';
	}
	if (key === 'master') {
		return 'boy';
	}
	const group = HONORIFICS.get(key);
	return group === 'married' ? 'wife' : group === 'unmarried' ? 'daughter' : undefined;
}

/** The titles only a person bears, never a thing or a place (as `Mother Church`, `St. Petersburg`): `Mr.`, `Mrs.`, `Miss`. */
export const PERSONAL_TITLES: ReadonlySet<string> = new Set(['mr', 'mister', 'mrs', 'missus', 'miss', 'ms']);

/** Titles that stand alone for the one person the story gives them, in lower case: `said madame` is Madame Roux. */
export const BARE_TITLES: ReadonlySet<string> = new Set(['madame', 'monsieur', 'mademoiselle']);

/** Titles that stand for a person without a name after them: the bare titles, and forms of address like `said the signora`. */
export const ADDRESS_TITLES: ReadonlySet<string> = new Set([...BARE_TITLES, 'madam', 'signora', 'signor', 'señora', 'señor']);

/**
 * Nouns by which a story calls someone it also names with that title (`the doctor` for `Dr. Archie`,
 * `madame` for `Madame Roux`), each with the spellings of that title.
 */
export const TITLE_SPELLINGS: Record<string, readonly string[]> = {
	doctor: ['dr', 'doctor'],
	captain: ['captain', 'capt'],
	colonel: ['colonel', 'col'],
	major: ['major'],
	general: ['general'],
	parson: ['parson', 'reverend', 'rev'],
	professor: ['professor', 'prof'],
	judge: ['judge'],
	king: ['king'],
	queen: ['queen'],
	prince: ['prince'],
	princess: ['princess'],
	count: ['count'],
	countess: ['countess'],
	squire: ['squire'],
	farmer: ['farmer'],
	madame: ['madame', 'mme'],
	monsieur: ['monsieur'],
	mademoiselle: ['mademoiselle', 'mlle'],
};

/** The title nouns a description opens with after `the`: `the doctor`, `the captain`; not the bare titles. */
export const TITLE_NOUNS: ReadonlySet<string> = new Set(Object.keys(TITLE_SPELLINGS).filter(noun => !BARE_TITLES.has(noun)));
