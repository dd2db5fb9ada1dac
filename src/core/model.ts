// The shapes every reader of a story sees: the CLI, the VS Code features and the tests.
// All offsets are UTF-16 offsets into the analysed text.

import { Heading } from './structure/headings';
import { DialogueStyle, QuoteSpan } from './dialogue/dialogue';
import { DialogueStretches } from './assembly/dialogueStretches';
import { QuoteMarkCounts } from './dialogue/dialogueStyle';
import { NameMention } from './structure/nameMentions';
import { TextRange } from './text/range';
import { AnalysisOptions } from './assembly/options';
import { ParagraphSpeakers } from './speakers/speakers';
import { TurnTaking } from './speakers/turnTaking';
import { DialogueKind } from './speakers/quoteKinds';

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
