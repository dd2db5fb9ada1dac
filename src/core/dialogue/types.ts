// The dialogue folder's shapes: a document's dialogue convention, the quoted stretches of a paragraph,
// the marks counted to tell the convention, and the speech spans a model holds.

import { TextRange } from '../text/types';

/** A document's dialogue convention: which marks open speech. */
export type DialogueStyle =
	/** “…” and "…", with ‘…’ nested inside. */
	| 'double'
	/** British ‘…’ and '…', with “…” nested inside; ’ is also the apostrophe. */
	| 'single'
	/** French «…», with a dash opening each change of speaker. */
	| 'guillemets'
	/** »…«, as in German and Danish books. */
	| 'guillemetsReversed'
	/** German „…“, with ‚…‘ nested inside. */
	| 'german'
	/** 「…」 with 『…』 nested inside. */
	| 'cjk'
	/** A paragraph that opens with a dash is speech, up to narrator breaks: —¿Vienes? —preguntó ella—. Te espero. */
	| 'dash';

export const DIALOGUE_STYLES: readonly DialogueStyle[] = ['double', 'single', 'guillemets', 'guillemetsReversed', 'german', 'cjk', 'dash'];

/** The family of mark that opened a span; speech continues across paragraphs only within one family. */
export type QuoteKind = 'double' | 'single' | 'guillemet' | 'low' | 'corner' | 'dash' | 'italic';

/** A quoted stretch of one paragraph, marks included; offsets relative to the paragraph. */
export interface QuoteSpan extends TextRange {
	/** False when the paragraph ended before a closing mark. */
	readonly closed: boolean;
	readonly kind: QuoteKind;
}

export interface ParagraphQuotes {
	readonly spans: readonly QuoteSpan[];
	/** The paragraph's first visible character opens a quote: how multi-paragraph speech continues. */
	readonly opensWithQuote: boolean;
	/**
	 * Closing double marks (`"`, `”`, `»`) with no quote open to close: a stray mark, reported as an
	 * unclosed opening one is. Offsets relative to the paragraph; usually empty.
	 */
	readonly strayClosings?: readonly number[];
}

/** The marks of one paragraph or of a whole document that tell its dialogue convention. */
export interface QuoteMarkCounts {
	/** “, which opens English speech and closes German. */
	readonly leftDouble: number;
	/** ”, which closes English speech, or opens it where autocorrect turned it round. */
	readonly rightDouble: number;
	/** ", opening and closing alike. */
	readonly straightDouble: number;
	/** „ */
	readonly lowDouble: number;
	/** ‘ */
	readonly leftSingle: number;
	/** ' at the start of a word: an opening mark, or now and then an elision (’tis). */
	readonly straightSingleOpening: number;
	/** « and » together. */
	readonly guillemets: number;
	/** Paragraphs whose first guillemet is », as in »Komm her«. */
	readonly reversedGuillemetParagraphs: number;
	/** Paragraphs whose first guillemet is «. */
	readonly guillemetParagraphs: number;
	/** 「 and 『 */
	readonly corners: number;
	/** Paragraphs that open with a dash. */
	readonly dashParagraphs: number;
	/** Paragraphs whose every line is indented: in most books an epigraph, a letter or a verse, not speech. */
	readonly indentedParagraphs: number;
}

/**
 * Quoted speech, marks included. Speech that runs over several paragraphs (each opening with a quote
 * mark, all but the last left open) is one span across them.
 */
export interface DialogueSpan extends TextRange {
	/** False when the quote was never closed and no following paragraph continued it. */
	readonly closed: boolean;
	/** The opening mark of the span's last paragraph: where an unclosed quote is reported. */
	readonly lastOpening: number;
	/** Who speaks it, when the prose or the turn-taking tells: a name (`Karen`) or a description (`the old man`). */
	readonly speaker?: string;
	/** Said aloud, thought (`"…" thought Edith`) or written (`the note ran: "…"`); only speech is a character's lines. */
	readonly kind: DialogueKind;
}

/** What a quote is: said aloud, thought, or written down. */
export type DialogueKind = 'speech' | 'thought' | 'written';
