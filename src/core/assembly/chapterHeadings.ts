// Decides which headings open chapters in this document, and at what level: a heading set in from the
// margin where others sit at it is a contents entry, `Prologue` stands beside books or among chapters,
// and a line in capitals under a chapter heading is its title.

import { numeralValue } from '../structure/chapterLine';
import { ChapterHeading } from '../structure/types';
import { Block } from './types';

export interface HeadingShape {
	/** Some plain heading sits at the margin, so indented ones are contents entries or quotations. */
	readonly flushHeadings: boolean;
	/** The book has parts or books, so a prologue or epilogue stands beside them rather than among chapters. */
	readonly hasBooks: boolean;
}

export interface ResolvedChapter {
	readonly title: string;
	readonly level: 1 | 2;
	readonly numeral: boolean;
}

/** The chapter `block` opens in this document, if any; `previous` settles whether `XXX` is thirty or a break. */
export function chapterAt(block: Block, shape: HeadingShape, previous: ResolvedChapter | undefined): ResolvedChapter | undefined {
	const heading = block.analysis.heading;
	let candidate: ChapterHeading | undefined;
	if (heading?.kind === 'chapter') {
		candidate = heading;
	} else if (
		heading?.kind === 'sceneBreak' &&
		heading.chapter?.numeral &&
		previous?.numeral &&
		numeralValue(previous.title) === numeralValue(heading.chapter.title)! - 1
	) {
		// `XXX` right after `XXIX` is chapter thirty; after `XII` it is a scene break.
		candidate = heading.chapter;
	}
	if (!candidate || (candidate.indented && shape.flushHeadings && !candidate.markdown)) {
		return undefined;
	}
	const level = candidate.section && !candidate.markdown ? (shape.hasBooks ? 1 : 2) : candidate.level;
	return { title: candidate.title, level, numeral: candidate.numeral };
}

const MAX_SUBTITLE_LENGTH = 100;

/** `VERHAFTUNG · GESPRÄCH MIT FRAU GRUBACH` under `ERSTES KAPITEL`: one line in capitals titles the chapter. */
export function subtitleOf(block: Block): string | undefined {
	const { heading, text } = block.analysis;
	if (heading || text.length > MAX_SUBTITLE_LENGTH || /[\r\n]/.test(text) || /^\s/.test(text)) {
		return undefined;
	}
	const line = text.trim();
	if (/\p{Ll}/u.test(line) || !/\p{Lu}/u.test(line)) {
		return undefined;
	}
	// Shouted speech (`“STOP!”`) is the first line of the chapter, not its title; a title in quotes
	// (`‘THE LAST FERRY’`) has no punctuation of its own before the closing mark.
	if (/^["“”‘’'«»„—―-]/.test(line) && !/^["“”‘’'«»„][^"“”‘’'«»„]*[\p{L}\p{N}]["“”‘’'«»]$/u.test(line)) {
		return undefined;
	}
	return line;
}
