// Turns text into a StoryModel, paragraph by paragraph. Each paragraph's analysis depends only on
// its own text, so after an edit only the paragraphs it touched are analysed again; the cheap pass
// that assembles chapters, scenes and dialogue then runs over the cached results.

import { assembleStory } from './assemble';
import { findQuotes } from './dialogue';
import { classifyBlock } from './headings';
import { findMarkup } from './markup';
import { Block, BlockAnalysis, StoryModel } from './model';
import { findNameMentions } from './nameMentions';
import { AnalysisOptions, DEFAULT_OPTIONS } from './options';
import { BlockSplitter, BlockRange, splitBlocks } from './paragraphs';
import { countFirstPerson } from './pointOfView';
import { countWordsExcluding } from './words';

/** A change to the text: `[start, end)` of the old text replaced by `text`. */
export interface TextChange {
	readonly start: number;
	readonly end: number;
	readonly text: string;
}

export function analyzeStory(text: string, options: AnalysisOptions = DEFAULT_OPTIONS, previous?: StoryModel): StoryModel {
	return new StoryAnalysis(text, options, previous).step(() => false)!;
}

/** Lines split, and paragraphs analysed, between two looks at the clock. */
const LINES_PER_CHECK = 4096;
const BLOCKS_PER_CHECK = 128;

/**
 * The analysis of one text done a slice at a time, so that a 3 MB book can be read between keystrokes:
 * `step` works until `shouldYield()` says stop, and returns the model once it is finished.
 * The model is the one analyzeStory gives.
 */
export class StoryAnalysis {
	private readonly splitter: BlockSplitter;
	private readonly reusable: Map<string, BlockAnalysis> | undefined;
	private ranges: BlockRange[] | undefined;
	private readonly blocks: Block[] = [];
	private model: StoryModel | undefined;

	constructor(private readonly text: string, private readonly options: AnalysisOptions, previous?: StoryModel) {
		this.splitter = new BlockSplitter(text, 0, text.length);
		this.reusable = previous && previous.options === options ? analysesByText(previous.blocks) : undefined;
	}

	step(shouldYield: () => boolean): StoryModel | undefined {
		const { text, options, reusable, blocks } = this;
		while (!this.ranges) {
			if (this.splitter.advance(LINES_PER_CHECK)) {
				this.ranges = this.splitter.blocks;
			} else if (shouldYield()) {
				return undefined;
			}
		}
		const ranges = this.ranges;
		while (blocks.length < ranges.length) {
			const stop = Math.min(ranges.length, blocks.length + BLOCKS_PER_CHECK);
			for (let index = blocks.length; index < stop; index++) {
				const range = ranges[index];
				const blockText = text.slice(range.start, range.end);
				blocks.push({ start: range.start, end: range.end, analysis: (index > 0 && reusable?.get(blockText)) || analyzeBlock(blockText, options, index === 0) });
			}
			if (blocks.length < ranges.length && shouldYield()) {
				return undefined;
			}
		}
		this.model ??= assembleStory(text.length, blocks, options);
		return this.model;
	}
}

/** Reads `[start, end)` of the new text; lets an editor hand over only the part an edit touched. */
export type TextSlicer = (start: number, end: number) => string;

/**
 * The model of the new text, the result of applying `changes` to the text `previous` was built from.
 * Changes are applied in order, each against the text the ones before it left, as VS Code reports them.
 * `text` is the new text, or a way to read parts of it: only the edited paragraphs are read.
 */
export function updateStory(previous: StoryModel, text: string | TextSlicer, changes: readonly TextChange[]): StoryModel {
	const region = changedRegion(changes);
	const slice: TextSlicer = typeof text === 'string' ? (start, end) => text.slice(start, end) : text;
	const length = previous.length + (region?.delta ?? 0);
	const whole = () => (typeof text === 'string' ? text : slice(0, length));
	if (!region || changes.some(change => hasCommentMark(change.text))) {
		return analyzeStory(whole(), previous.options, previous);
	}
	const old = previous.blocks;
	// One block either side may merge with or split from the edited ones (a blank line typed or deleted).
	const first = Math.max(0, lastBlockStartingAtOrBefore(old, region.start) - 1);
	let afterLast = first;
	while (afterLast < old.length && old[afterLast].start <= region.end) {
		afterLast++;
	}
	afterLast = Math.min(old.length, afterLast + 1);
	// Re-split from a block start that precedes the change, to a block end that follows it.
	const spliceStart = first === 0 ? 0 : old[first].start;
	const spliceEnd = afterLast >= old.length ? length : old[afterLast - 1].end + region.delta;
	const replaced = old.slice(first, afterLast);
	// A comment mark opens a block across blank lines: one typed or deleted can re-join distant paragraphs.
	if (replaced.some(block => hasCommentMark(block.analysis.text))) {
		return analyzeStory(whole(), previous.options, previous);
	}
	const reusable = analysesByText(replaced);
	const regionText = slice(spliceStart, spliceEnd);
	const fresh: Block[] = splitBlocks(regionText).map((range, index) => {
		const blockText = regionText.slice(range.start, range.end);
		const isFirst = first === 0 && index === 0;
		const analysis = (!isFirst && reusable.get(blockText)) || analyzeBlock(blockText, previous.options, isFirst);
		return { start: spliceStart + range.start, end: spliceStart + range.end, analysis };
	});
	const blocks: Block[] = old.slice(0, first).concat(
		fresh,
		old.slice(afterLast).map(block => ({ start: block.start + region.delta, end: block.end + region.delta, analysis: block.analysis })),
	);
	return assembleStory(length, blocks, previous.options);
}

/** Analysis of one paragraph on its own; `isFirst` because only the first can be front matter. */
export function analyzeBlock(text: string, options: AnalysisOptions, isFirst: boolean): BlockAnalysis {
	const heading = classifyBlock(text, options.headings, isFirst);
	const markup = findMarkup(text, options.markdown);
	const words = countWordsExcluding(text, 0, text.length, markup);
	if (heading && heading.kind !== 'chapter' && heading.kind !== 'sceneBreak') {
		return { text, words, heading, quotes: [], opensWithQuote: false, dialogueWords: 0, firstPerson: 0, names: [] };
	}
	const quotes = heading ? { spans: [], opensWithQuote: false } : findQuotes(text);
	let dialogueWords = 0;
	for (const span of quotes.spans) {
		dialogueWords += countWordsExcluding(text, span.start, span.end, markup);
	}
	const firstPerson = heading ? 0 : countFirstPerson(text, quotes.spans);
	const names = heading ? [] : findNameMentions(text, quotes.spans);
	return { text, words, heading, quotes: quotes.spans, opensWithQuote: quotes.opensWithQuote, dialogueWords, firstPerson, names };
}

function hasCommentMark(text: string): boolean {
	return text.includes('<!--') || text.includes('-->');
}

function analysesByText(blocks: readonly Block[]): Map<string, BlockAnalysis> {
	const byText = new Map<string, BlockAnalysis>();
	for (const block of blocks) {
		byText.set(block.analysis.text, block.analysis);
	}
	return byText;
}

interface ChangedRegion {
	/** Old-text offsets covering every change. */
	readonly start: number;
	readonly end: number;
	readonly delta: number;
}

/** One region in old-text offsets, when the changes are ordered last-first as VS Code sends them. */
function changedRegion(changes: readonly TextChange[]): ChangedRegion | undefined {
	if (changes.length === 0) {
		return { start: 0, end: 0, delta: 0 };
	}
	let start = Infinity;
	let end = -Infinity;
	let delta = 0;
	for (let index = 0; index < changes.length; index++) {
		const change = changes[index];
		if (index > 0 && change.end > changes[index - 1].start) {
			return undefined;
		}
		start = Math.min(start, change.start);
		end = Math.max(end, change.end);
		delta += change.text.length - (change.end - change.start);
	}
	return { start, end, delta };
}

function lastBlockStartingAtOrBefore(blocks: readonly Block[], offset: number): number {
	let low = 0;
	let high = blocks.length - 1;
	let found = 0;
	while (low <= high) {
		const middle = (low + high) >> 1;
		if (blocks[middle].start <= offset) {
			found = middle;
			low = middle + 1;
		} else {
			high = middle - 1;
		}
	}
	return found;
}
