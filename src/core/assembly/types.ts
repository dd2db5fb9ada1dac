// The assembly folder's shapes: the options a document is read under, what one paragraph's analysis
// holds (reused after edits elsewhere), the dialogue pass's work kept by stretches for the next edit, and
// what the walk over the paragraphs reads, the last pass's blocks among it.

import { DialogueSpan, DialogueStyle, QuoteMarkCounts, QuoteSpan, DialogueKind } from '../dialogue/types';
import { Heading, HeadingPatterns, NameMention } from '../structure/types';
import { LeadIn, ParagraphSpeakers, ParagraphTurn, TurnTaking } from '../speakers/types';
import { TextRange } from '../text/types';

export interface AnalysisOptions {
	readonly headings: HeadingPatterns;
	/** Markdown link targets and HTML tags are markup, not words. */
	readonly markdown: boolean;
	/** `auto` detects each document's convention from the quote marks it uses. */
	readonly dialogueStyle: DialogueStyle | 'auto';
}

/** What one paragraph (block) holds, independent of where it sits: reusable after edits elsewhere. */
export interface BlockAnalysis {
	readonly text: string;
	readonly words: number;
	readonly heading: Heading | undefined;
	/** The paragraph's quote marks, summed over the document to tell its dialogue style. */
	readonly quoteMarks: QuoteMarkCounts;
	/** The dialogue style `quotes` were found under: the document's, when the analysis was made. */
	readonly dialogueStyle: DialogueStyle;
	readonly quotes: readonly QuoteSpan[];
	/** What the prose says about who speaks the quotes. */
	readonly speakers: ParagraphSpeakers;
	readonly opensWithQuote: boolean;
	/** Closing quote marks with no quote open to close (`He left."`), relative to the paragraph. */
	readonly strayClosings: readonly number[];
	readonly dialogueWords: number;
	/** Capitalised runs that may be names, with their evidence; the cast decides which are characters. */
	readonly names: readonly NameMention[];
	/** The person the paragraph opens on (`Ogden made for the box.`), who often speaks next. */
	readonly openingSubject: string | undefined;
	/** First-person pronouns in the narration (outside quotes): evidence for the point of view. */
	readonly firstPerson: number;
}

export interface Block extends TextRange {
	readonly analysis: BlockAnalysis;
}

/** A dialogue span with offsets relative to its stretch's first paragraph, as the pass made it. */
export interface StretchSpan {
	readonly start: number;
	readonly end: number;
	readonly closed: boolean;
	readonly lastOpening: number;
	readonly speaker: string | undefined;
	readonly kind: DialogueKind;
}

/** What the dialogue pass added for one stretch, and the state it left. */
export interface DialogueStretch {
	/** The paragraphs read, and their starts relative to the first one's. */
	readonly analyses: readonly BlockAnalysis[];
	readonly offsets: readonly number[];
	/** True when the pass held nothing over at its end; else it ended at a break or the end of the text. */
	readonly endsFresh: boolean;
	readonly spans: readonly StretchSpan[];
	/** For each turn, where its spans start among the stretch's spans, and how many. */
	readonly turnSpans: readonly number[];
	readonly readings: readonly ParagraphTurn[];
	readonly startsExchange: readonly boolean[];
	readonly precedingSubjects: readonly (string | undefined)[];
	readonly mentioned: readonly string[];
	/** For each turn, how many of the stretch's mentions come before its end. */
	readonly mentionedEnd: readonly number[];
	/** The pass's state after the stretch; `narrationWords` counts from its last turn, or from its start when it has none. */
	readonly hasTurns: boolean;
	readonly narrationWords: number;
	readonly subject: string | undefined;
	readonly leadIn: LeadIn | undefined;
}

/** One pass's stretches, in order, kept with the model for the next edit's pass. */
export interface DialogueStretches {
	readonly indentedIsQuotation: boolean;
	readonly blockCount: number;
	readonly stretches: readonly DialogueStretch[];
	/** For each stretch: the index among the blocks of its first paragraph, that paragraph's start, and its first span's index in `spans`. */
	readonly firstBlocks: readonly number[];
	readonly origins: readonly number[];
	readonly firstSpans: readonly number[];
	/** The pass's dialogue, speakers and all: a stretch copied with the same turns keeps its spans, moved by as much as its paragraphs. */
	readonly spans: readonly DialogueSpan[];
}

export interface Chapter extends TextRange {
	readonly title: string;
	/** 1 for a part or book (`BOOK ONE`, `#`), 2 for a chapter (`CHAPTER I`, `##`). */
	readonly level: 1 | 2;
	readonly headingRange: TextRange;
	readonly words: number;
}

export interface Scene extends TextRange {
	/** The `###` heading that titles it, else `Scene N`, counted within its chapter. */
	readonly title: string;
	/** Index into `StoryModel.chapters` of the innermost chapter holding it, or -1. */
	readonly chapterIndex: number;
	readonly words: number;
	readonly dialogueWords: number;
	/** The scene's opening line, trimmed and cut short: how a writer recognises it. */
	readonly firstLine: string;
	/** Characters present, most-mentioned first; empty until the cast is known (see castScenes). */
	readonly characters: readonly string[];
	/** `first person`, the name of the character the narration follows, or undefined when unclear. */
	readonly pointOfView: string | undefined;
	/** The narration's evidence for the point of view, kept so the cast can refine the guess. */
	readonly narrationWords: number;
	readonly firstPersonWords: number;
}

export interface StoryModel {
	readonly options: AnalysisOptions;
	readonly length: number;
	readonly blocks: readonly Block[];
	/** Words of the story itself: Gutenberg licence text and front matter excluded. */
	readonly words: number;
	/** The part of the text that is the story, between any front and back matter. */
	readonly body: TextRange;
	/**
	 * Text that belongs to the edition rather than the story, in order: Gutenberg's header and licence,
	 * YAML front matter, a title page, a table of contents. Not counted, never a chapter.
	 */
	readonly matter: readonly TextRange[];
	readonly chapters: readonly Chapter[];
	readonly scenes: readonly Scene[];
	/** The dialogue convention the spans were found under: the setting, or the one the document's marks tell. */
	readonly dialogueStyle: DialogueStyle;
	/** Quote marks counted over every paragraph. */
	readonly quoteMarks: QuoteMarkCounts;
	readonly dialogue: readonly DialogueSpan[];
	/** The turns of speech the speakers were worked out from; the next edit reuses the work when no turn changed. */
	readonly turnTaking: TurnTaking;
	/** The dialogue pass's work by stretch of paragraphs; the next edit copies the stretches it left alone. */
	readonly dialogueStretches: DialogueStretches;
}

/** The last pass's dialogue work, which the next pass reuses where the paragraphs are the same. */
export interface PreviousDialogue {
	readonly turnTaking: TurnTaking;
	readonly stretches: DialogueStretches;
}

/** Where the pass stood at a break: how much it held, and the narration's words since its last turn. */
export interface DialogueCheckpoint {
	readonly stretches: number;
	readonly spans: number;
	readonly turns: number;
	readonly mentions: number;
	readonly narrationWords: number;
}

/** What the document pass reads: the paragraphs, and what was decided over the whole text before it. */
export interface AssemblyInput {
	/** The text's length: where matter at the very end stops. */
	readonly length: number;
	readonly blocks: readonly Block[];
	readonly options: AnalysisOptions;
	/** The dialogue style the document's quote marks decided (or the writer set). */
	readonly dialogueStyle: DialogueStyle;
	readonly quoteMarks: QuoteMarkCounts;
	/** The last pass's dialogue work, reused where the paragraphs are the same. */
	readonly previous?: PreviousDialogue;
	/**
	 * The last pass's blocks and how these relate to them: the walk is taken up where the last pass stood at a
	 * chapter heading before the edit, and ends with the last pass's rest where it stands as the last pass
	 * stood at one after. `previous` must be that pass's dialogue.
	 */
	readonly resume?: Resume;
}

/** The last pass's blocks, and how this pass's relate to them. */
export interface Resume {
	readonly blocks: readonly Block[];
	/** The first `unchangedBefore` blocks are the last pass's very own. */
	readonly unchangedBefore: number;
	/** From this index on the blocks are the last pass's (as many fewer or more before them as the edit made), moved by `moved`. */
	readonly movedFrom: number;
	readonly moved: number;
}
