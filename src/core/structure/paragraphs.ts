// Splits text into blocks: runs of non-blank lines. Blocks are the unit of incremental analysis,
// so a block must never depend on text outside it. A Markdown heading line is a block of its own
// even without blank lines around it, and an HTML comment holds its block open across blank lines.
// A line too long to be hard-wrapped prose is a paragraph of its own: a story pasted from a word
// processor holds one paragraph to a line with no blank lines between, and read as one block it would
// be one paragraph a whole book long, with no chapters, and re-read in full on every keystroke.

import { TextRange } from '../text/types';
import { endsLikeProse, LONG_LINE, SHORT_LINE } from './lineLayout';

/** A block's extent; `end` excludes the line break that ends its last line. */
export type BlockRange = TextRange;

// A lone `#` is a scene break, not a heading, so a heading needs text after its marks.
const MARKDOWN_HEADING = /^ {0,3}#{1,6}[ \t]+\S/;

/**
 * Tells a chapter line (trimmed). Given one, the splitter lets a chapter line that a line of prose follows
 * stand alone (`Chapter 3` then `“Where now?” she asked.`), since such a story has no blank line to set it apart.
 */
export type ChapterLineTest = (line: string) => boolean;

/**
 * True when the splitter starts a block at `[start, end)` whatever the lines before it hold: a blank line
 * before it, a Markdown heading, or a line too long for hard-wrapped prose. Elsewhere a block was set apart
 * by the chapter-line rule, which reads the block before it, so an edit there may join or part them.
 */
export function standsApart(text: string, previousEnd: number, start: number, end: number): boolean {
	let lineBreaks = 0;
	for (let index = previousEnd; index < start; index++) {
		const code = text.charCodeAt(index);
		if (code === 0x0a || (code === 0x0d && text.charCodeAt(index + 1) !== 0x0a)) {
			lineBreaks++;
		}
	}
	if (lineBreaks >= 2 || isMarkdownHeading(text, start, end)) {
		return true;
	}
	if (end - start <= LONG_LINE) {
		return false;
	}
	const line = text.slice(start, end);
	return !line.includes('\n') && !line.includes('\r');
}

/** Splits `text` within `[start, end)` into blocks, in order. */
export function splitBlocks(text: string, start = 0, end = text.length, isChapterLine?: ChapterLineTest): BlockRange[] {
	const splitter = new BlockSplitter(text, start, end, isChapterLine);
	splitter.advance(Infinity);
	return splitter.blocks;
}

/** Splits a stretch of text a number of lines at a time, so that a long book can be split between other work. */
export class BlockSplitter {
	readonly blocks: BlockRange[] = [];
	private blockStart = -1;
	private blockEnd = -1;
	/** Lines in the block being read. */
	private blockLines = 0;
	private insideComment = false;
	private lineStart: number;

	/** The next line feed, carriage return, `<` and `>` at or after the line last read (Infinity: none). */
	private nextLineFeed = -1;
	private nextReturn = -1;
	private nextOpen = -1;
	private nextClose = -1;

	constructor(
		private readonly text: string,
		start: number,
		private readonly end: number,
		private readonly isChapterLine?: ChapterLineTest,
	) {
		this.lineStart = start;
	}

	/** True when the block's one line `[start, end)` is a chapter line and the line after it, prose. */
	private startsChapter(start: number, end: number, lineStart: number, lineEnd: number): boolean {
		return this.isChapterLine !== undefined && end - start <= SHORT_LINE && endsLikeProse(this.text, lineStart, lineEnd) && this.isChapterLineAlone(start, end);
	}

	/** True when `[lineStart, lineEnd)` is a chapter line and the line before it, ending at `previousEnd`, prose. */
	private followsProse(previousEnd: number, lineStart: number, lineEnd: number): boolean {
		// Chapter lines are short; prose wrapped by hand has few lines this short, and fewer after a full stop.
		return (
			this.isChapterLine !== undefined &&
			lineEnd - lineStart <= SHORT_LINE &&
			endsLikeProse(this.text, 0, previousEnd) &&
			this.isChapterLineAlone(lineStart, lineEnd)
		);
	}

	/**
	 * A chapter line that ends on no mark of prose: `M. Jacquinot, sur le théâtre du naufrage.` is a numeral
	 * and a title to the chapter rules, but a wrapped line of a French book.
	 */
	private isChapterLineAlone(start: number, end: number): boolean {
		return !endsLikeProse(this.text, start, end) && this.isChapterLine!(this.text.slice(start, end).trim());
	}

	/** Reads up to `maxLines` more lines; true when the whole stretch is split. */
	advance(maxLines: number): boolean {
		const { text, end, blocks } = this;
		let { blockStart, blockEnd, blockLines, insideComment, lineStart, nextLineFeed, nextReturn, nextOpen, nextClose } = this;
		let lines = 0;
		while (lineStart < end && lines < maxLines) {
			lines++;
			// The engine's string search finds line ends and comment marks faster than a loop over every character.
			if (nextLineFeed < lineStart) {
				nextLineFeed = nextAt(text, '\n', lineStart);
			}
			if (nextReturn < lineStart) {
				nextReturn = nextAt(text, '\r', lineStart);
			}
			const lineEnd = Math.min(nextLineFeed, nextReturn, end);
			if (nextOpen < lineStart) {
				nextOpen = nextAt(text, '<', lineStart);
			}
			if (nextClose < lineStart) {
				nextClose = nextAt(text, '>', lineStart);
			}
			const mayHaveComment = nextOpen < lineEnd || nextClose < lineEnd;
			let nextLine = lineEnd;
			if (nextLine < end) {
				nextLine += text.charCodeAt(nextLine) === 0x0d && text.charCodeAt(nextLine + 1) === 0x0a && nextLine + 1 < end ? 2 : 1;
			}

			if (insideComment) {
				blockEnd = lineEnd;
				if (mayHaveComment && text.slice(lineStart, lineEnd).includes('-->')) {
					insideComment = false;
				}
			} else if (isBlankLine(text, lineStart, lineEnd)) {
				if (blockStart >= 0) {
					blocks.push({ start: blockStart, end: blockEnd });
					blockStart = -1;
				}
			} else if (isMarkdownHeading(text, lineStart, lineEnd)) {
				if (blockStart >= 0) {
					blocks.push({ start: blockStart, end: blockEnd });
				}
				blocks.push({ start: lineStart, end: lineEnd });
				blockStart = -1;
			} else {
				const opens = mayHaveComment && opensComment(text.slice(lineStart, lineEnd));
				if (lineEnd - lineStart > LONG_LINE && !opens) {
					if (blockStart >= 0) {
						blocks.push({ start: blockStart, end: blockEnd });
					}
					blocks.push({ start: lineStart, end: lineEnd });
					blockStart = -1;
				} else {
					// A story with no blank lines still sets its chapter lines apart from the prose around them.
					if (
						blockStart >= 0 &&
						((blockLines === 1 && this.startsChapter(blockStart, blockEnd, lineStart, lineEnd)) || this.followsProse(blockEnd, lineStart, lineEnd))
					) {
						blocks.push({ start: blockStart, end: blockEnd });
						blockStart = -1;
					}
					if (blockStart < 0) {
						blockStart = lineStart;
						blockLines = 0;
					}
					blockEnd = lineEnd;
					blockLines++;
					insideComment = opens;
				}
			}
			lineStart = nextLine;
		}
		if (lineStart >= end && blockStart >= 0) {
			blocks.push({ start: blockStart, end: blockEnd });
			blockStart = -1;
		}
		this.blockStart = blockStart;
		this.blockEnd = blockEnd;
		this.blockLines = blockLines;
		this.insideComment = insideComment;
		this.lineStart = lineStart;
		this.nextLineFeed = nextLineFeed;
		this.nextReturn = nextReturn;
		this.nextOpen = nextOpen;
		this.nextClose = nextClose;
		return lineStart >= end;
	}
}

/** The first `character` in `text` at or after `from`, or Infinity. */
function nextAt(text: string, character: string, from: number): number {
	const found = text.indexOf(character, from);
	return found < 0 ? Infinity : found;
}

function isBlankLine(text: string, start: number, end: number): boolean {
	for (let index = start; index < end; index++) {
		const code = text.charCodeAt(index);
		if (code !== 0x20 && code !== 0x09 && code !== 0xa0 && code !== 0xfeff && code !== 0x3000) {
			return false;
		}
	}
	return true;
}

function isMarkdownHeading(text: string, start: number, end: number): boolean {
	let index = start;
	while (index < end && index < start + 3 && text.charCodeAt(index) === 0x20) {
		index++;
	}
	return text.charCodeAt(index) === 0x23 && MARKDOWN_HEADING.test(text.slice(start, Math.min(end, start + 16)));
}

/** True when the line opens an HTML comment it does not close. */
function opensComment(line: string): boolean {
	const open = line.lastIndexOf('<!--');
	return open >= 0 && line.indexOf('-->', open + 4) < 0;
}
