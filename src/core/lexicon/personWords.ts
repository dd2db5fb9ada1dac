// The words beside a capitalised word that make it a person: a verb of speech or thought (`Karen said`,
// `asked Derek`), a verb people do and places do not (`Karen smiled`), a noun for a person before it (`his
// father, Elmo`), a word of naming (`named Dick`).

import { COMMON_SPEECH_FORMS } from './speechVerbs';
import { GERMAN_SPEECH_FORMS } from './foreignTagWords';

/** The common speech verbs, and the verb of thought a tag uses as often: `"…" thought Edith`. */
const SPEECH_BESIDE_NAMES: ReadonlySet<string> = new Set([...COMMON_SPEECH_FORMS, 'thought']);

/** Before a name only: a German sentence puts its verb second, after whatever opens it (`Da sagte er`). */
const SPEECH_BEFORE_NAMES_ONLY: ReadonlySet<string> = new Set(GERMAN_SPEECH_FORMS);

// Before a name these name a place as often as they address a person: `a village called Greensburgh`.
const SPEECH_VERBS_AFTER_ONLY = new Set(['called', 'calls']);

// What people do and places do not: after a name, the verb makes it someone.
const PERSON_VERBS = new Set(
	(
		'smiled smiles grinned nodded nods frowned shrugged winced blushed laughed wept cried sighed sat sits stood stands ' +
		'walked walks ran looked looks glanced stared turned turns felt feels knew knows wanted wants wished hoped decided ' +
		'realized realised noticed watched saw heard took gave kissed hugged touched reached leaned leant got went came ' +
		'thinks loved hated married died dies seemed seems smelt tried tries picked shook pulled pushed ' +
		'who whom whose herself himself'
	).split(' '),
);

/** `word` in lower case, after a name: `Karen said`. */
export function isSpeechVerbAfterName(word: string): boolean {
	return SPEECH_BESIDE_NAMES.has(word);
}

/** `word` in lower case, before a name: `said Karen`. */
export function isSpeechVerbBeforeName(word: string): boolean {
	return (SPEECH_BESIDE_NAMES.has(word) && !SPEECH_VERBS_AFTER_ONLY.has(word)) || SPEECH_BEFORE_NAMES_ONLY.has(word);
}

/** `word` in lower case. */
export function isPersonVerb(word: string): boolean {
	return PERSON_VERBS.has(word);
}

// Before `, Name`: `his father, Elmo,`, `a plowboy, Dick,`. Before `Name`: `named Dick`, `christened Ann`.
const PERSON_NOUNS = new Set(
	(
		'father mother brother sister son daughter wife husband uncle aunt cousin nephew niece grandfather grandmother ' +
		'friend servant maid boy girl man woman lad lass gentleman lady master mistress nurse governess child baby ' +
		'plowboy ploughboy groom coachman butler housekeeper cook landlady landlord sweetheart lover partner colleague'
	).split(' '),
);
const NAMING_WORDS = new Set(['named', 'christened', 'nicknamed', 'dubbed']);
/** Verbs that give the name after `me`: `Call me Ishmael`, `they called me Pip`. */
const CALLING_VERBS = new Set(['call', 'calls', 'called', 'name', 'named', 'christened', 'nicknamed', 'dubbed']);

/** `word` in lower case: a noun for a person, as in `his father, Elmo`. */
export function isPersonNoun(word: string): boolean {
	return PERSON_NOUNS.has(word);
}

/** `word` in lower case: `named`, `christened`. */
export function isNamingWord(word: string): boolean {
	return NAMING_WORDS.has(word);
}

/** `word` in lower case: `call` in `Call me Ishmael`, a verb that names the one it is said of. */
export function isCallingVerb(word: string): boolean {
	return CALLING_VERBS.has(word);
}
