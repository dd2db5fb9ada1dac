// The structure folder's shapes: what a paragraph is when it divides the story (a heading, a scene
// break), the patterns that tell them, and the capitalised runs a paragraph holds that may be names.

import { TextRange } from '../text/types';

/** A test of one trimmed line: a regular expression, or the built-in chapter rules. */
export interface LineMatcher {
	/** The pattern as the writer wrote it; empty for the built-in rules. */
	readonly source: string;
	test(line: string): boolean;
}

export interface HeadingPatterns {
	/** Matches a trimmed, stand-alone line that opens a chapter, part or book. */
	readonly chapter: LineMatcher;
	/** Matches a trimmed, stand-alone line that ends a scene. */
	readonly sceneBreak: LineMatcher;
}

export interface ChapterHeading {
	readonly kind: 'chapter';
	readonly title: string;
	/** 1 for a part or book, 2 for a chapter; sections (`Prologue`) take their level from the document. */
	readonly level: 1 | 2;
	/** `Prologue`, `Epilogue`, `Afterword`: a chapter in a book of chapters, a part in a book of parts. */
	readonly section: boolean;
	/** Set off from the margin: a table-of-contents entry, unless every heading of the document is. */
	readonly indented: boolean;
	/** The line is a numeral alone (`XII`, `7.`), so a neighbouring `XXX` is a numeral too. */
	readonly numeral: boolean;
	readonly markdown: boolean;
}

export interface SceneBreak {
	readonly kind: 'sceneBreak';
	/** A `###` heading titles the scene it opens. */
	readonly title?: string;
	/** `XXX` is a scene break and also the numeral thirty: read as a chapter among numbered chapters. */
	readonly chapter?: ChapterHeading;
}

export type Heading =
	| ChapterHeading
	| SceneBreak
	/** `Contents`, `TABLE DES MATIÈRES`: what follows lists the chapters rather than being them. */
	| { readonly kind: 'contents' }
	/** `Produced by …`, a transcriber's note: the edition's credits, not the book. */
	| { readonly kind: 'credits' }
	/** `[Illustration: …]`, a transcriber's placeholder; its caption may run on into the next blocks. */
	| { readonly kind: 'illustration'; readonly closed: boolean }
	| { readonly kind: 'gutenbergStart' }
	| { readonly kind: 'gutenbergEnd' }
	| { readonly kind: 'frontMatter' };

/** Evidence about one mention, as bits of `NameMention.flags`. */
export const MentionFlag = {
	/** Its first word opens a sentence or a quotation, so the capital says nothing. */
	SentenceStart: 1,
	InDialogue: 2,
	/** `Karen's`, `Jesus'`. */
	Possessive: 4,
	/** `said Karen`, `Karen asked`, `Karen had whispered`. */
	SpeechVerb: 8,
	/** Addressed inside dialogue: `"Karen? I…"`, `"…, Iowa?"`. */
	Vocative: 16,
	/** `the Only Diva`, `a Prick`. */
	AfterDeterminer: 32,
	/** `in Boston`, `on Broadway`. */
	AfterPlacePreposition: 64,
	/** What people do or are with: `Dev touched`, `Karen, who`, `slept with Dev`. */
	PersonContext: 128,
	/** Every letter a capital: `AMORY`, `MISS BROOKE`. */
	AllCaps: 256,
	/** Introduced as a person: `his father, Elmo,`, `a boy named Dick`, `her name was Duchess`. */
	Introduced: 512,
	/** `the battle of Borodinó`: places follow `of` far more often than people do. */
	AfterOf: 1024,
	/** `said the Rat`: speech, if the cast finds the noun is a name here (not `said the Marguerite`, a ship). */
	SpeechAfterArticle: 2048,
} as const;

/** A capitalised run that may be a name; offsets relative to the paragraph, possessive ending excluded. */
export interface NameMention extends TextRange {
	readonly text: string;
	readonly flags: number;
}
