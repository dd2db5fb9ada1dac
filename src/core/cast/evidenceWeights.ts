// How much each kind of evidence counts for or against a capitalised form naming a person, in one table
// so that the weights can be read, compared and tuned side by side. A form is kept at a score of 1.5
// (people.ts's KEEP_AT); every weight is a multiple of a half, so sums come out exact in any order.

/**
 * Points added to a form's score, by the evidence each one names; a negative weight counts against a
 * name. Sizes are set against each other: strong, specific evidence (a title, speech, a known person)
 * is worth two to four points, so one piece of it keeps a name alone; a hint (a possessive, a verb only
 * people do) is worth one, so it takes two hints; a sign of a place or a thing costs about as much as the
 * evidence of a person it would outweigh.
 */
export const EVIDENCE_WEIGHTS = {
	// Titles.
	/** `Mr. Darcy`, `Captain Wentworth`: a title before the name is about the surest sign there is. */
	title: 4,
	/** `St. Petersburg`, `St. Bernard`: a saint's title is as often a place or a dog's breed as a person. */
	saintsTitle: -1,
	/** `the Duke Block`, `Mother Church`: a title before nothing but English words makes a thing. */
	titleBeforeCommonWords: -3,

	// Places, organisations, times.
	/** `Hyde Park`, `Baker Street`: a place's head word ends the run. Undoes a title. */
	placeHeadWord: -4,
	/** `Prince Edward Island`: a place's head word ends a titled run of two words or more, named after someone. */
	titledRunEndsOnPlace: -4,
	/** The lexicon reads the whole run as a place, an organisation, a people or a time. Undoes a title. */
	wholeRunIsPlace: -4,
	/** `Mount Tabor`, `Lake Geneva`: a word that opens place names starts the run. */
	placeOpener: -4,
	/** One of its words is a place, an organisation or a people: weighs as much as a known person. */
	placeWord: -3,
	/** Seen only in a list with a place the lexicon knows: `Cornwall and Devon`. Too sure for compromise to undo. */
	listedWithPlaces: -4,
	/** One of its words is a time (`Monday`, `Christmas`) or an expression (`Goodness`). */
	timeWord: -3,

	// What the lexicon knows of its words.
	/** The lexicon's people are specific (`Shakespeare`, `Napoleon`): nearly enough on its own. */
	knownPerson: 3,
	/** A first name (`Margaret`), though many a first name is also a place or a word. */
	firstName: 2,
	/** A name that is also a word (`Rose`, `Hope`): a lean, no more. */
	nameOrWord: 1,
	/** The run ends on a surname (`Holmes`), as a full name does. */
	endsOnSurname: 1,
	/** One word that is an English word (`Nature`), not capitalised as a name is here. */
	commonWord: -2,
	/** An English word no name (`Long`) written in lower case more often than capitalised mid-sentence: beside commonWord. */
	mostlyLowercase: -2,
	/** Each English word in a run of several (`Battle Abbey Roll`): a half less than a lone one, per word. */
	commonWordInRun: -1.5,
	/** A name ends in a name: a run ending on an English word does not. */
	runEndsOnWord: -2,
	/** Capitals all through (headings, tables of contents, shouting) say nothing of a name, and hide its case. */
	allCaps: -2,

	// What the sightings say.
	/** Tied to a quote by a speech verb (`said Orla`, `said the Rat` when personified): the story's own word. */
	speaks: 2.5,
	/** Called out in speech (`"Rose, be fair"`): only people and animals are spoken to. */
	vocative: 1.5,
	/** Introduced as someone (`a man named Pell`, `his father, Elmo`). */
	introduced: 1.5,
	/** `Pell's cart`: things belong to places too, so a hint only. */
	possessive: 1,
	/** `with Pell`, `Pell nodded`: company or a verb people do; a hint only. */
	personContext: 1,
	/** Capitalised mid-sentence three times or more: only names are. */
	oftenMidSentence: 1.5,
	/** Capitalised mid-sentence once or twice. */
	midSentence: 1,
	/** Only ever opening sentences, but speaking, owning or spoken to: `Orla said` does that too. */
	opensSentencesButSpeaks: -0.5,
	/** Only ever opening sentences, three times or more: what `Suddenly` and `Afterwards` do. */
	oftenOnlyOpensSentences: -2.5,
	/** Only ever opening sentences, once or twice. */
	onlyOpensSentences: -1.5,
	/** Only ever opening sentences, and found in lower case elsewhere: an English word. */
	opensSentencesAndLowercase: -2,
	/** `the Emperor`, `the Rostóvs`: three uses in four or more take an article. A name seldom does. */
	mostlyAfterArticle: -4,
	/** Half the uses or more take an article. */
	oftenAfterArticle: -2.5,
	/** Some use takes an article. */
	sometimesAfterArticle: -1,
	/** `in Boston`, `the battle of Borodinó`: half the uses or more follow a place preposition. */
	mostlyAfterPlacePreposition: -2.5,
	/** Three uses in ten or more follow a place preposition. */
	oftenAfterPlacePreposition: -1.5,
	/** Some use follows a place preposition. */
	sometimesAfterPlacePreposition: -0.5,
	/**
	 * Some use follows `of`, too few to count as a place preposition, and no use speaks, owns, is spoken to,
	 * is introduced or does what people do: `heard of Constantinople`. A lean, no more.
	 */
	afterOfAndNothingElse: -0.5,

	// After every form is scored.
	/** `Pellow` alone, below the line, when `Mr. Pellow` is a person: enough to lift a doubtful word over. */
	partOfAPersonsName: 3,
	/** `Malachi Mulligan`, below the line, when `Mulligan` alone is a person well over it. */
	holdsAPersonsName: 2,
} as const;

/**
 * A personified thing (`the Mole`, `the Rat`: capitalised mid-sentence, seldom in lower case, speaking)
 * takes an article as part of how the story calls it, so the article costs it half.
 */
export const PERSONIFIED_ARTICLE_DIVISOR = 2;
