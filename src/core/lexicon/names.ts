// What a personal name is made of, before any statistics: honorifics and their gender, the closed-class
// words that are capitalised only because a sentence starts with them, the verbs of speech and action that
// mark a person beside a name, and how two spellings of a name compare. Pure word lists and string rules.

import { HonorificGroup } from './types';

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
	unmarried: ['miss', 'mademoiselle', 'mlle', 'fräulein', 'fraulein', 'señorita', 'senorita', 'signorina'],
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

/** Honorifics written as abbreviations, whose full stop does not end the sentence: `Mr. Darcy`. */
const ABBREVIATED = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'capt', 'col', 'gen', 'lt', 'sgt', 'prof', 'rev', 'm', 'mme', 'mlle', 'messrs', 'jr', 'sr']);

/** Each honorific as written: `mr`, `Mr`, `MR`, `Mr.`, … → `mr`; looked up without case-folding every word. */
const HONORIFIC_SPELLINGS = new Map<string, string>(
	[...HONORIFICS.keys()].flatMap(key => {
		const forms = [key, key[0].toUpperCase() + key.slice(1), key.toUpperCase()];
		return forms.concat(forms.map(form => `${form}.`)).map(form => [form, key] as const);
	}),
);

/** `Mr.` → `mr`; undefined when the word is no honorific. */
export function honorificKey(word: string): string | undefined {
	return HONORIFIC_SPELLINGS.get(word);
}

export function honorificGroup(key: string): HonorificGroup | undefined {
	return HONORIFICS.get(key);
}

/** True for `Mr`, `Dr`, `St` and the like, whose following full stop is not a sentence end. */
export function isAbbreviation(word: string): boolean {
	return ABBREVIATED.has(word.toLowerCase());
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

/** The gender an honorific implies, for checking it against a first name. */
export function honorificGender(key: string | undefined): 'male' | 'female' | undefined {
	const group = key === undefined ? undefined : HONORIFICS.get(key);
	return group === 'male' ? 'male' : group === 'married' || group === 'unmarried' || group === 'female' ? 'female' : undefined;
}

// Capitalised only because they start a sentence or a line of dialogue; never part of a name. Words that
// are also names (Will, May, Grace, Rose, Faith, Hope, Bill, Mark) are deliberately left out.
const FUNCTION_WORDS = new Set(
	(
		'a an the this that these those there here then thus so such some any every each either neither no not nor ' +
		'all both few many much more most other another own same what which who whom whose whatever whichever whoever ' +
		'i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself she her hers herself ' +
		'nothing something anything everything nobody somebody anybody everybody someone anyone everyone none ' +
		'it its itself they them their theirs themselves one ' +
		'and but or yet for if unless though although because since while whilst when whenever where wherever whether ' +
		'as than till until before after once how why ' +
		'at by from in into of off on onto out over to toward towards under up upon with within without about above across ' +
		'against along among around behind below beneath beside besides between beyond down during except inside near ' +
		'outside past round through throughout underneath ' +
		'is am are was were be been being have has had having do does did doing done can could shall should would must might ought ' +
		"isn't aren't wasn't weren't don't doesn't didn't can't couldn't won't wouldn't shouldn't haven't hasn't hadn't " +
		'yes yeah yep no nope oh ah aha alas eh hey hi hello goodbye well okay ok o ' +
		'perhaps maybe still just only even also too very quite rather almost already always never often sometimes soon ' +
		'now again ever indeed instead otherwise however therefore meanwhile besides anyway anyhow somehow afterwards ' +
		'first second third last next finally suddenly slowly quickly later earlier today tonight tomorrow yesterday ' +
		'please thank thanks sorry'
	).split(' '),
);

// The same for French, Spanish and German books, whose sentences open on `Pero`, `Sí`, `Je`, and whose
// `Sie` and `Er` are capitalised mid-sentence. Left out: words that are also English names or name
// particles (`Ella`, `Elle`, `Don`, `Mal`, `Ma`, `Si`, `Tu`, `Su`, `Du`; `de`, `le`, `des`, `del`, `el`,
// `al`, `da`, `di`, `van`, `von`), which a capital may begin a name with. `La` is in: Spanish sentences
// open on it far more often than a name does (`La Pérouse` is read as `Pérouse`).
const OTHER_LANGUAGE_FUNCTION_WORDS = new Set(
	// French
	(
		'je il ils elles nous vous ce cet cette ces mon mes ton tes ses notre nos votre vos leur leurs ' +
		'qui que quoi dont où mais et ou donc ni car oui non pas ne plus moins très bien bon alors puis ensuite ' +
		'comme quand lorsque pourquoi comment est sont était étaient avait ont être avoir cela ça voici voilà hélas ' +
		'enfin aussi même tout tous toute toutes rien chaque dans sur sous avec sans pour par chez vers entre depuis ' +
		'pendant après avant ' +
		// Spanish
		'yo tú él ellos ellas nosotros nosotras vosotros usted ustedes te se nos os mi mis tus sus nuestro nuestra ' +
		'este esta estos estas ese esa eso esto aquel aquella qué quien quién cual cuál cuando cuándo donde dónde ' +
		'cómo pero pues porque sí ya muy más menos también tampoco entonces luego así es son era eran fue ha hay ' +
		'estaba está están nada nadie algo alguien todo todos toda todas cada en con sin para por sobre hasta desde ' +
		'hacia ay hola adiós bueno vamos claro gracias mira oye vaya anda hombre mujer la los las una unos unas ' +
		// German
		'ich er sie es wir ihr mich mir dich dir ihn ihm uns euch sich mein meine dein deine sein seine ihre unser ' +
		'der die das den dem ein eine einen einem einer eines kein keine dieser diese dieses jeder jede jedes und aber ' +
		'oder denn doch sondern weil wenn ob dass daß wie wer wo wann warum ja nein nicht nur noch schon auch sehr dann ' +
		'hier dort jetzt nun immer nie ist sind war waren hat haben hatte hatten wird werden wurde wurden kann können ' +
		'konnte muss muß soll sollte wollte etwas nichts alles alle viel viele mit ohne für gegen um auf aus bei nach ' +
		'vor zu zum zur über unter durch im ins vom'
	).split(' '),
);

/** Each function word as written in prose: lower case, capitalised, all capitals, with either apostrophe. */
const FUNCTION_WORD_SPELLINGS = new Set(
	[...FUNCTION_WORDS, ...OTHER_LANGUAGE_FUNCTION_WORDS].flatMap(word => {
		const forms = [word, word[0].toUpperCase() + word.slice(1), word.toUpperCase()];
		return word.includes("'") ? forms.concat(forms.map(form => form.replace("'", '’'))) : forms;
	}),
);

/** A closed-class word (`The`, `But`, `Suddenly`, `Yes`) that a capital never makes a name. */
export function isFunctionWord(word: string): boolean {
	return FUNCTION_WORD_SPELLINGS.has(word);
}

// Capitalised in the middle of a sentence, yet never a character: time, language, faith and oaths.
const NEVER_NAMES = new Set(
	(
		'january february march april june july august september october november december ' +
		'monday tuesday wednesday thursday friday saturday sunday ' +
		'christmas easter lent whitsun michaelmas halloween ' +
		'english french german russian italian spanish latin greek dutch irish scottish scotch welsh american british european ' +
		'god gods lord heaven heavens hell christ jesus devil providence paradise bible dios dieu gott ' +
		"sir madam ma’am ma'am mamma mama papa pa mummy mommy mom mum daddy dad grandpa grandma granny " +
		'mister missus miss mrs mr ms dr esquire esq ' +
		'chapter book part volume act scene epilogue prologue ' +
		'ok okay tv'
	).split(' '),
);

/** `Frenchman`, `Englishwomen`: a nation's people, not a person's name. */
const NATIONALITY_NOUN = /^(?:french|english|dutch|irish|scots?|scotch|welsh|german|swiss|norse|chinese|manx|cornish)(?:man|men|woman|women)$/;

/** Months, weekdays, feasts, languages, oaths and forms of address: capitalised, never characters. */
export function isNeverAName(word: string): boolean {
	const lower = word.toLowerCase();
	return NEVER_NAMES.has(lower) || NATIONALITY_NOUN.test(lower);
}

// Capitalised as the prose personifies them (`when Nature was deep in her slumber`, `hates Society`), or
// shouted (`Ho, ho!`): no one, unless a speech verb or a possessive makes one of them a speaker.
const PERSONIFIED = new Set(
	(
		'nature society death fate fortune destiny time life love truth justice liberty freedom reason science art history ' +
		'wisdom folly virtue vice beauty duty honour honor glory mercy pity hope despair sorrow joy peace war famine plenty'
	).split(' '),
);
const INTERJECTIONS = new Set(['ho', 'oho', 'aha', 'hum', 'hem', 'pooh', 'pshaw', 'bah']);

/**
 * An abstraction (a character only where a speech verb lets it speak: `Nature's heart` is still no one) or
 * an interjection (also where the prose gives it something of its own: `Hum's honey pot`).
 */
export function isPersonified(word: string, speech: number, possessive: number): boolean {
	const lower = word.toLowerCase();
	return (PERSONIFIED.has(lower) && speech === 0) || (INTERJECTIONS.has(lower) && speech === 0 && possessive === 0);
}

/** `II`, `iii`: a regnal number, part of a name (`Napoleon III`) but never one alone. */
export function isRomanNumeral(word: string): boolean {
	return /^[ivxlc]+$/i.test(word) && word.length <= 6;
}

/** Particles that join the capitalised parts of one name: `Leonardo da Vinci`, `Ludwig van Beethoven`. */
const PARTICLES = new Set(['de', 'du', 'da', 'di', 'del', 'della', 'der', 'den', 'van', 'von', 'le', 'la', 'ten', 'ter', 'y', 'bin', 'ibn', 'al']);

export function isNameParticle(word: string): boolean {
	return PARTICLES.has(word);
}

// Verbs that introduce speech: beside a name they make it a speaker, so a person.
const SPEECH_VERBS = new Set(
	(
		'said says say asked asks replied replies answered answers cried cries shouted shouts yelled yells whispered whispers ' +
		'murmured murmurs muttered mutters exclaimed exclaims called calls added adds continued continues began observed ' +
		'remarked returned repeated declared insisted admitted snapped breathed sighed laughed screamed roared growled hissed ' +
		'demanded inquired enquired suggested explained interrupted protested retorted fumed spat sobbed stammered stuttered ' +
		'gasped groaned moaned pleaded begged agreed told tells responded corrected announced chuckled giggled whimpered ' +
		'blurted bellowed wailed sneered scoffed teased warned urged promised confessed mumbled grumbled barked ' +
		'thought wondered'
	).split(' '),
);

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
export function isSpeechVerb(word: string): boolean {
	return SPEECH_VERBS.has(word);
}

/** `word` in lower case, before a name: `said Karen`. */
export function isSpeechVerbBefore(word: string): boolean {
	return SPEECH_VERBS.has(word) && !SPEECH_VERBS_AFTER_ONLY.has(word);
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

/** `word` in lower case: a noun for a person, as in `his father, Elmo`. */
export function isPersonNoun(word: string): boolean {
	return PERSON_NOUNS.has(word);
}

/** `word` in lower case: `named`, `christened`. */
export function isNamingWord(word: string): boolean {
	return NAMING_WORDS.has(word);
}

/** `word` in lower case. */
export function isPersonVerb(word: string): boolean {
	return PERSON_VERBS.has(word);
}

// Before a name they make it a thing: `the Only Diva`, `a Prick`, `this Bombshell`.
const DETERMINERS = new Set([
	'the',
	'a',
	'an',
	'this',
	'these',
	'those',
	'every',
	'each',
	'any',
	'some',
	'no',
	'our',
	'your',
	'their',
	'its',
	'his',
	'her',
	'my',
	// French, Spanish and German articles: `le Nautilus`, `la Tür` is a noun, as German capitalises every one.
	'le',
	'la',
	'les',
	'un',
	'une',
	'des',
	'du',
	'au',
	'aux',
	'el',
	'los',
	'las',
	'una',
	'unos',
	'unas',
	'lo',
	'al',
	'del',
	'der',
	'die',
	'das',
	'den',
	'dem',
	'ein',
	'eine',
	'einen',
	'einem',
	'einer',
	'eines',
	'kein',
	'keine',
	'keinem',
	'keinen',
	'seine',
	'seinem',
	'seinen',
	'seiner',
	'ihre',
	'ihrem',
	'ihren',
	'ihrer',
	'meine',
	'meinem',
	'meinen',
	'meiner',
	'deinem',
	'deinen',
	'unserem',
	'unseren',
	'diesem',
	'diesen',
	'dieser',
	'jedem',
	'jeden',
	'im',
	'ins',
	'zum',
	'zur',
	'vom',
	'beim',
	'sein',
	'ihr',
	'mein',
	'dein',
	'unser',
	'euer',
]);

// Before a name they make it a place: `in Boston`, `on Broadway`, `down Broadway`.
// (`from`, `to` and `towards` are left out: a letter comes from Munro as often as from Boston.)
const PLACE_PREPOSITIONS = new Set([
	'in',
	'into',
	'at',
	'near',
	'across',
	'through',
	'throughout',
	'inside',
	'outside',
	'along',
	'beyond',
	'within',
	'on',
	'down',
	'around',
	'via',
]);

/** `word` in lower case. */
export function isDeterminer(word: string): boolean {
	return DETERMINERS.has(word);
}

/** `word` in lower case. */
export function isPlacePreposition(word: string): boolean {
	return PLACE_PREPOSITIONS.has(word);
}

/** Words that end a place or an institution's name: `Harley Street`, `Sleepy Hollow`, `St. Paul's Cathedral`. */
const PLACE_HEADS = new Set(
	(
		'street st road lane avenue square place row court gardens garden park hall house manor castle abbey church chapel ' +
		'cathedral college school university hospital hotel inn tavern theatre theater palace tower bridge gate station ' +
		'river lake sea ocean bay island isle mountain mountains mount hill hills valley hollow wood woods forest moor heath ' +
		'common green field fields farm village town city county shire country kingdom empire republic state states ' +
		'coast cape point harbour harbor port creek falls springs club society company office ministry museum library ' +
		'cemetery'
	).split(' '),
);

export function isPlaceHead(word: string): boolean {
	return PLACE_HEADS.has(word.toLowerCase());
}

/** Words that open a place's name: `Fort Edward`, `Lake Geneva`, `Mount Vernon`. */
const PLACE_OPENERS = new Set(['fort', 'lake', 'mount', 'cape', 'port', 'camp', 'glen', 'loch', 'isle', 'lough']);

export function isPlaceOpener(word: string): boolean {
	return PLACE_OPENERS.has(word.toLowerCase());
}

/** Printable ASCII but the full stop, in runs joined by single spaces: nothing in it for nameKey to change but case. */
const PLAIN_NAME = /^[\x21-\x2d\x2f-\x7e]+(?: [\x21-\x2d\x2f-\x7e]+)*$/;

/** The form two spellings of a name share: case, accents, full stops and curly apostrophes ignored. */
export function nameKey(name: string): string {
	// Most names are plain ASCII words between single spaces, with no full stop: only the case to fold.
	if (PLAIN_NAME.test(name)) {
		return name.toLowerCase();
	}
	return (/^[\x00-\x7f]*$/.test(name) ? name : name.normalize('NFD').replace(/[\u0300-\u036f]/g, ''))
		.replace(/[’‘]/g, "'")
		.replace(/\./g, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.toLowerCase();
}

/** `names` without later spellings of a name already there: `Mr. Darcy`, `mr darcy` → `Mr. Darcy`. */
export function uniqueNames(names: readonly string[]): string[] {
	const seen = new Set<string>();
	return names.filter(name => {
		const key = nameKey(name);
		if (seen.has(key)) {
			return false;
		}
		seen.add(key);
		return true;
	});
}

/** `Karen's` → `Karen`; `Jesus’` → `Jesus`. */
export function withoutPossessive(name: string): string {
	return name.replace(/['’]s$/u, '').replace(/(?<=s)['’]$/u, '');
}
