// The speakers folder's shapes: what one paragraph's prose says about who speaks its quotes, and the
// document's turns of speech with the speakers the turn-taking gave them, kept with the model for the next edit.

import { DialogueKind, QuoteSpan } from '../dialogue/types';

/** How firmly the prose ties a turn to its speaker. */
export type SpeakerTie =
	/** A speech verb: `said Karen`. */
	| 'verb'
	/** A pronoun with a speech verb, in a paragraph whose narration names one person: `Terry stopped. "…," he said.` */
	| 'pronoun'
	/** Only an action in the same paragraph: `Karen looked up. "Hi."` */
	| 'beat';

/** One turn of speech: a paragraph's quotes, or in text without blank lines, a line's. */
export interface ParagraphTurn {
	/** Index of the turn's first quote among the paragraph's quotes, and one past its last. */
	readonly firstQuote: number;
	readonly endQuote: number;
	/** The name or description the prose ties to the turn. */
	readonly speaker?: string;
	readonly tie?: SpeakerTie;
	/** `I said`: the narrator speaks, whose name the prose does not give. */
	readonly narrator?: boolean;
	/** `she said` with no name: who it is, the exchange must tell. */
	readonly pronoun?: 'he' | 'she';
	/** `somebody said`: a voice from outside the exchange. */
	readonly stranger?: boolean;
	/** A speech verb ties the turn to its speaker, named or not: `said Karen`, `she said`. */
	readonly attributed?: boolean;
	/** The verb is French, German or Spanish (`dit Conseil`, `sagte er`): foreignTags.ts read it. */
	readonly foreign?: boolean;
	/** Names the turn's quotes call out to (`"Come here, Mole!"`): whoever they are, they are not its speaker. */
	readonly addressed?: readonly string[];
	/** People a `he said` turn's narration shows on the receiving end (`said he to Temple`): not its speaker either. */
	readonly objects?: readonly string[];
	/** `Nell sat down and, after a while, she said, "…"`: narration before the turn's first quote, where its pronoun points. */
	readonly narratedBefore?: boolean;
	/** `He broke off. / "Or lemon?" he asked.`: the pronoun goes on from the paragraph before. */
	readonly continues?: boolean;
	/**
	 * For a speaker read from the last of several sentence subjects, the subjects before it, the latest
	 * first: the one to take when the last turns out to be no one (`Sixpence was a fair price.`).
	 */
	readonly earlier?: readonly string[];
}

export interface ParagraphSpeakers {
	readonly turns: readonly ParagraphTurn[];
	/**
	 * A narration paragraph that ends by leading into speech (`My uncle turned to me and said:`): who
	 * speaks the next paragraph's first quote, when that paragraph does not say.
	 */
	readonly leadIn?: LeadIn;
	/** Set when a quote has a speaker of its own other than its turn's: `"Hi," said Ann. "Hello," said Bob.` */
	readonly quoteSpeakers?: readonly (string | undefined)[];
	/** Set when some quote is thought or writing rather than speech. */
	readonly kinds?: QuoteKinds;
}

/** Who a narration paragraph's closing `…said:` hands the speech to. */
export interface LeadIn {
	readonly speaker?: string;
	readonly narrator?: boolean;
	readonly pronoun?: 'he' | 'she';
	/** `He thrust a hand into Stephen’s pocket and said:`: who the `he` is not. */
	readonly objects?: readonly string[];
	/**
	 * A short paragraph that opens on `He` or `She` without leading into speech (`He broke off and stirred
	 * the pot.`): the same pronoun in the next line's `he said` most likely means the one who spoke last.
	 */
	readonly continues?: 'he' | 'she';
}

/**
 * The document's turns of speech as the document pass hands them over, in parallel arrays rather than an
 * object per turn: the pass builds this on every edit, and a novel has thousands of turns.
 */
export class TurnSequence {
	/** What each turn's own paragraph says about its speaker. */
	readonly readings: ParagraphTurn[] = [];
	/** The turn before belongs to another exchange: a scene break or long narration lies between. */
	readonly startsExchange: boolean[] = [];
	/** The person a short narration paragraph just before the turn opened on: `Ogden made for the box.` */
	readonly precedingSubjects: (string | undefined)[] = [];
	/** The people the narration paragraphs opened on, in order; `mentionedEnd[turn]` is where the turn's end. */
	readonly mentioned: string[] = [];
	readonly mentionedEnd: number[] = [];

	get length(): number {
		return this.readings.length;
	}

	add(reading: ParagraphTurn, startsExchange: boolean, precedingSubject: string | undefined): void {
		this.readings.push(reading);
		this.startsExchange.push(startsExchange);
		this.precedingSubjects.push(precedingSubject);
		this.mentionedEnd.push(this.mentioned.length);
	}

	/** A scene break: the people narration named since the last turn are out of the next scene. */
	forgetMentions(): void {
		this.mentioned.length = this.mentionedEnd.length > 0 ? this.mentionedEnd[this.mentionedEnd.length - 1] : 0;
	}
}

/** What the turn-taking concluded, kept with the model so that an edit which changes no turn reuses it. */
export interface TurnTaking {
	readonly turns: TurnSequence;
	/** The speaker of each turn, or undefined. */
	readonly speakers: readonly (string | undefined)[];
}

/** The paragraph's quotes that are thought or writing, and who thinks each thought where the tag names them. */
export interface QuoteKinds {
	readonly kinds: readonly DialogueKind[];
	readonly thinkers: readonly (string | undefined)[];
}

/** What the prose beside one quote says about its speaker. */
export interface SpeakerCue {
	/** The name or description the prose gives (`Karen`, `Mr. Darcy`, `the old man`); absent for a pronoun. */
	readonly name?: string;
	/** The pronoun the prose used instead (`she`, `i`, `somebody`). */
	readonly pronoun?: string;
	/** Read from a French, German or Spanish tag (`dit Conseil`, `sagte er`). */
	readonly foreign?: boolean;
	/** The narration showed others before this name: the latest of several, a weaker tie. */
	readonly contested?: boolean;
	/** Those others, the latest first: `Pell looked on. Sixpence was a fair price. "Here," he said.` may mean Pell. */
	readonly earlier?: readonly string[];
}

/**
 * The stretch of a paragraph one turn is read in: the quotes `[first, end)` of `spans`, and the text
 * `[regionStart, regionEnd)` around them that the turn's narration may be read from.
 */
export interface TurnWindow {
	readonly paragraph: string;
	readonly spans: readonly QuoteSpan[];
	readonly first: number;
	readonly end: number;
	readonly regionStart: number;
	readonly regionEnd: number;
}
