// The closed-class words (`The`, `But`, `Suddenly`, `Yes`) that a capital at a sentence's start never makes
// a name, in English and in the French, Spanish and German a book may be written in. The cast reads every
// capitalised word past them, and counts the commonest of them to tell German prose from English.

// Capitalised only because they start a sentence or a line of dialogue; never part of a name. Words that
// are also names (Will, May, Grace, Rose, Faith, Hope, Bill, Mark) are deliberately left out.
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
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
		// `'Twas said that…`: the old elisions of `it`, their apostrophe not part of the word.
		'tis twas twere twill twould ' +
		'yes yeah yep no nope oh ah aha alas eh hey hi hello goodbye well okay ok o ' +
		'perhaps maybe still just only even also too very quite rather almost already always never often sometimes soon ' +
		'now again ever indeed instead otherwise however therefore meanwhile besides anyway anyhow somehow afterwards ' +
		'first second third last next finally suddenly slowly quickly later earlier today tonight tomorrow yesterday ' +
		'despite halfway presently apparently evidently certainly surely probably possibly naturally fortunately ' +
		'unfortunately luckily accordingly consequently nevertheless nonetheless moreover furthermore hence thereupon ' +
		'whereupon likewise undoubtedly doubtless ' +
		'please thank thanks sorry'
	).split(' '),
);

// The same for French, Spanish and German books, whose sentences open on `Pero`, `Sí`, `Je`, and whose
// `Sie` and `Er` are capitalised mid-sentence. Left out: words that are also English names or name
// particles (`Ella`, `Elle`, `Don`, `Mal`, `Ma`, `Si`, `Tu`, `Su`, `Du`; `de`, `le`, `des`, `del`, `el`,
// `al`, `da`, `di`, `van`, `von`), which a capital may begin a name with. `La` is in: Spanish sentences
// open on it far more often than a name does (`La Pérouse` is read as `Pérouse`); so is `Y`, which joins
// two surnames inside a name but never opens one.
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
		'y cómo pero pues porque mientras sí ya muy más menos también tampoco entonces luego así es son era eran fue ha hay ' +
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

/** Each word as written in prose: lower case, capitalised, all capitals, with either apostrophe. */
function spellings(words: Iterable<string>): Set<string> {
	return new Set(
		[...words].flatMap(word => {
			const forms = [word, word[0].toUpperCase() + word.slice(1), word.toUpperCase()];
			return word.includes("'") ? forms.concat(forms.map(form => form.replace("'", '’'))) : forms;
		}),
	);
}

const ENGLISH_FUNCTION_WORD_SPELLINGS = spellings(FUNCTION_WORDS);
const FUNCTION_WORD_SPELLINGS = spellings([...FUNCTION_WORDS, ...OTHER_LANGUAGE_FUNCTION_WORDS]);

/** A closed-class word (`The`, `But`, `Suddenly`, `Yes`) that a capital never makes a name. */
export function isFunctionWord(word: string): boolean {
	return FUNCTION_WORD_SPELLINGS.has(word);
}

/**
 * An English closed-class word. After a title the other languages' words are names (`Mr. Der`, `Miss
 * Este`): a sentence in another language does not open on them past an English title.
 */
export function isEnglishFunctionWord(word: string): boolean {
	return ENGLISH_FUNCTION_WORD_SPELLINGS.has(word);
}

/** Words German prose uses often and English, French and Spanish seldom, and English words as common. */
const GERMAN_MARKERS: ReadonlySet<string> = new Set(['und', 'nicht', 'sich', 'ist', 'der', 'das', 'dem', 'den', 'ein', 'eine', 'auch', 'auf', 'mit', 'ich']);
const ENGLISH_MARKERS: ReadonlySet<string> = new Set(['the', 'and', 'of', 'to', 'that', 'with', 'his', 'her', 'was', 'he', 'she', 'it', 'you']);

/** 1 for a word (in lower case) that says prose is German, -1 for one that says it is English, else 0. */
export function germanVote(word: string): number {
	return GERMAN_MARKERS.has(word) ? 1 : ENGLISH_MARKERS.has(word) ? -1 : 0;
}
