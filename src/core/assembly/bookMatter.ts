// Decides which text is the book and which is matter around it: Gutenberg's licence before START and
// after END, YAML front matter, an edition's credits, title page and table of contents. A contents entry
// looks like a chapter heading, so a heading counts as a chapter only once prose follows it.

import { Block } from './types';
import { TextRange } from '../text/types';
import { chapterAt, HeadingShape } from './chapterHeadings';

export interface Fences {
	/** First block after Gutenberg's START marker or the YAML front matter. */
	readonly firstBlock: number;
	/** The END marker's block, or the block count. */
	readonly afterLastBlock: number;
	readonly gutenberg: boolean;
}

export interface Survey {
	readonly fences: Fences;
	readonly shape: HeadingShape;
}

/** Surveys kept with their block lists, so that an edit which adds or removes no heading need not read every block again. */
const surveys = new WeakMap<readonly Block[], Survey>();

/**
 * In one pass over the headings (this runs on every keystroke): the blocks between Gutenberg's START and END
 * markers and after any front matter, and how the headings between them are set.
 */
export function survey(blocks: readonly Block[]): Survey {
	let known = surveys.get(blocks);
	if (!known) {
		known = surveyed(blocks);
		surveys.set(blocks, known);
	}
	return known;
}

/**
 * Notes the survey of `blocks`, which are `previous` with its blocks `[first, afterLast)` replaced by `fresh`,
 * when none of those blocks is a heading: the headings are then the same, and only their indices move.
 */
export function surveyAfterEdit(previous: readonly Block[], first: number, afterLast: number, fresh: readonly Block[], blocks: readonly Block[]): void {
	const before = surveys.get(previous);
	if (!before || fresh.some(block => block.analysis.heading) || previous.slice(first, afterLast).some(block => block.analysis.heading)) {
		return;
	}
	// A fence is a heading's index (or the one after it), or the end of the blocks when there is no END marker.
	const moved = (index: number): number => (index < first ? index : index + blocks.length - previous.length);
	const { firstBlock, afterLastBlock, gutenberg } = before.fences;
	surveys.set(blocks, {
		fences: {
			firstBlock: firstBlock === 0 ? 0 : moved(firstBlock - 1) + 1,
			afterLastBlock: afterLastBlock === previous.length ? blocks.length : moved(afterLastBlock),
			gutenberg,
		},
		shape: before.shape,
	});
}

function surveyed(blocks: readonly Block[]): Survey {
	let firstBlock = 0;
	let afterLastBlock = blocks.length;
	let gutenberg = false;
	let flushHeadings = false;
	let booksAtMargin = false;
	let booksIndented = false;
	for (let index = 0; index < blocks.length; index++) {
		const heading = blocks[index].analysis.heading;
		if (!heading) {
			continue;
		}
		if (heading.kind === 'gutenbergStart' || heading.kind === 'frontMatter') {
			// Whatever came before the marker was the edition's, headings included.
			firstBlock = index + 1;
			gutenberg ||= heading.kind === 'gutenbergStart';
			flushHeadings = booksAtMargin = booksIndented = false;
		} else if (heading.kind === 'gutenbergEnd') {
			afterLastBlock = index;
			break;
		} else if (heading.kind === 'chapter') {
			const indented = heading.indented && !heading.markdown;
			flushHeadings ||= !heading.markdown && !indented;
			if (heading.level === 1 && !heading.section) {
				booksAtMargin ||= !indented;
				booksIndented ||= indented;
			}
		}
	}
	return {
		fences: { firstBlock, afterLastBlock, gutenberg },
		shape: { flushHeadings, hasBooks: booksAtMargin || (booksIndented && !flushHeadings) },
	};
}

/** How far ahead a heading looks for the prose that makes it a real chapter rather than a contents entry. */
const LOOKAHEAD_BLOCKS = 80;

/**
 * The first block from `from` that opens a chapter with prose of its own: before the next heading of the
 * same or a higher level (a book's first chapter may follow its heading at once), a paragraph of prose.
 * Contents entries are followed by more entries. -1 when there is none.
 */
export function firstRealChapter(blocks: readonly Block[], from: number, to: number, shape: HeadingShape): number {
	for (let index = from; index < to; index++) {
		const chapter = chapterAt(blocks[index], shape, undefined);
		if (!chapter) {
			continue;
		}
		const limit = Math.min(to, index + 1 + LOOKAHEAD_BLOCKS);
		for (let next = index + 1; next < limit; next++) {
			const following = chapterAt(blocks[next], shape, undefined);
			if (following && following.level <= chapter.level) {
				break;
			}
			if (!following && isProse(blocks[next])) {
				return index;
			}
		}
	}
	return -1;
}

/** The blocks firstRealChapter read to find `found` (-1: none before `to`): up to the end of the last one it looked ahead from. */
export function readUpTo(found: number, to: number): number {
	return found >= 0 ? Math.min(to, found + 1 + LOOKAHEAD_BLOCKS) : to;
}

/** The credits (`Produced by …`) that open a Gutenberg book with no headings: the index after them. */
export function leadingCredits(blocks: readonly Block[], from: number, to: number): number {
	let index = from;
	while (index < to && blocks[index].analysis.heading?.kind === 'credits') {
		index++;
	}
	return index;
}

/** A chapter's prose runs to paragraphs of this length; contents entries, credits and notes rarely do. */
const MIN_PROSE_WORDS = 15;

/** A paragraph of sentences: not a list of titles and page numbers, not a block set in from the margin. */
function isProse(block: Block): boolean {
	const { heading, words, text } = block.analysis;
	if (heading || words < MIN_PROSE_WORDS || !/\p{Ll}/u.test(text)) {
		return false;
	}
	if (/\d[ \t]*(?:\r\n|\r|\n)/.test(text) || /\d\s*$/.test(text) || !/(?:^|[\r\n])[^ \t\r\n]/.test(text)) {
		return false;
	}
	return /[.!?…"”’'»“)\]]\s*$/.test(text);
}

/** Runs of consecutive non-story blocks, each as one range from its first block's start to its last one's end. */
export class MatterRanges {
	readonly ranges: TextRange[] = [];
	private lastBlock = -2;

	constructor(
		private readonly blocks: readonly Block[],
		private readonly length: number,
	) {}

	/** Takes up the ranges where another pass over the same blocks stood: its first `count` ranges, its last block `lastBlock`. */
	resume(ranges: readonly TextRange[], count: number, lastBlock: number): void {
		for (let index = 0; index < count; index++) {
			this.ranges.push(ranges[index]);
		}
		this.lastBlock = lastBlock;
	}

	/** The last block added, for a pass to take up again later. */
	get last(): number {
		return this.lastBlock;
	}

	addBlocks(from: number, to: number): void {
		for (let index = from; index < to; index++) {
			const start = index === 0 ? 0 : this.blocks[index].start;
			const end = index === this.blocks.length - 1 ? this.length : this.blocks[index].end;
			if (this.lastBlock === index - 1 && this.ranges.length > 0) {
				const last = this.ranges.pop()!;
				this.ranges.push({ start: last.start, end });
			} else {
				this.ranges.push({ start, end });
			}
			this.lastBlock = index;
		}
	}
}
