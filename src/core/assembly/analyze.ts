// Turns text into a StoryModel, paragraph by paragraph. Each paragraph's analysis depends only on
// its own text, so after an edit only the paragraphs it touched are analysed again; the cheap pass
// that assembles chapters, scenes and dialogue then runs over the cached results.

import { assembleStory, assemblySteps } from './assemble';
import { surveyAfterEdit } from './bookMatter';
import { PreviousDialogue } from './types';
import { DialogueStyle } from '../dialogue/types';
import { addQuoteMarks, countQuoteMarks, detectDialogueStyle, sumQuoteMarks } from '../dialogue/dialogueStyle';
import { QuoteMarkCounts } from '../dialogue/types';
import { Block, BlockAnalysis } from './types';
import { StoryModel } from '../model';
import { analyzeBlock, withDialogue } from './paragraphAnalysis';
import { AnalysisOptions } from './types';
import { DEFAULT_OPTIONS } from './options';
import { BlockSplitter, BlockRange, ChapterLineTest, splitBlocks, standsApart } from '../structure/paragraphs';
import { indexAtOrBefore } from '../text/range';
import { NEVER_YIELD } from '../text/steps';
import { ShouldYield, Steps } from '../text/types';

/** A change to the text: `[start, end)` of the old text replaced by `text`. */
export interface TextChange {
	readonly start: number;
	readonly end: number;
	readonly text: string;
}

export function analyzeStory(text: string, options: AnalysisOptions = DEFAULT_OPTIONS, previous?: StoryModel): StoryModel {
	return new StoryAnalysis(text, options, previous).step(() => false)!;
}

/**
 * Lines split, paragraphs counted, and paragraphs analysed, between two looks at the clock: few enough
 * that a slice overruns its deadline by a millisecond or two, even while the code is not yet compiled.
 */
const LINES_PER_CHECK = 512;
const MARKS_PER_CHECK = 128;
const BLOCKS_PER_CHECK = 16;

/**
 * The analysis of one text done a slice at a time, so that a 3 MB book can be read between keystrokes:
 * `step` works until `shouldYield()` says stop, and returns the model once it is finished.
 * The model is the one analyzeStory gives. The paragraphs' quote marks are counted first, so that each
 * paragraph is analysed once, under the dialogue style the whole document's marks decide.
 */
export class StoryAnalysis {
	private readonly splitter: BlockSplitter;
	private readonly reusable: Map<string, BlockAnalysis> | undefined;
	private readonly previousDialogue: PreviousDialogue | undefined;
	private ranges: BlockRange[] | undefined;
	private readonly paragraphs: string[] = [];
	private readonly reused: (BlockAnalysis | undefined)[] = [];
	private readonly marks: QuoteMarkCounts[] = [];
	private style: { style: DialogueStyle; quoteMarks: QuoteMarkCounts } | undefined;
	private readonly blocks: Block[] = [];
	private assembly: Steps<StoryModel> | undefined;
	private shouldYield: ShouldYield = NEVER_YIELD;
	private model: StoryModel | undefined;

	constructor(
		private readonly text: string,
		private readonly options: AnalysisOptions,
		previous?: StoryModel,
	) {
		this.splitter = new BlockSplitter(text, 0, text.length, chapterLineTest(options));
		this.reusable = previous && previous.options === options ? analysesByText(previous.blocks) : undefined;
		this.previousDialogue = this.reusable && previous ? { turnTaking: previous.turnTaking, stretches: previous.dialogueStretches } : undefined;
	}

	step(shouldYield: () => boolean): StoryModel | undefined {
		const { text, options, reusable, blocks, paragraphs, reused, marks } = this;
		while (!this.ranges) {
			if (this.splitter.advance(LINES_PER_CHECK)) {
				this.ranges = this.splitter.blocks;
			} else if (shouldYield()) {
				return undefined;
			}
		}
		const ranges = this.ranges;
		while (marks.length < ranges.length) {
			const stop = Math.min(ranges.length, marks.length + MARKS_PER_CHECK);
			for (let index = marks.length; index < stop; index++) {
				const paragraph = text.slice(ranges[index].start, ranges[index].end);
				const found = index > 0 ? reusable?.get(paragraph) : undefined;
				paragraphs.push(paragraph);
				reused.push(found);
				marks.push(found?.quoteMarks ?? countQuoteMarks(paragraph));
			}
			if (marks.length < ranges.length && shouldYield()) {
				return undefined;
			}
		}
		if (!this.style) {
			const quoteMarks = sumQuoteMarks(marks);
			this.style = { style: styleOf(options, quoteMarks), quoteMarks };
		}
		const { style, quoteMarks } = this.style;
		while (blocks.length < ranges.length) {
			const stop = Math.min(ranges.length, blocks.length + BLOCKS_PER_CHECK);
			for (let index = blocks.length; index < stop; index++) {
				const found = reused[index];
				const analysis = found ? withDialogue(found, style, options) : analyzeBlock(paragraphs[index], options, index === 0, style, marks[index]);
				blocks.push({ start: ranges[index].start, end: ranges[index].end, analysis });
			}
			if (blocks.length < ranges.length && shouldYield()) {
				return undefined;
			}
		}
		// The document pass over a big file's paragraphs takes longer than a slice, so it yields too.
		this.shouldYield = shouldYield;
		this.assembly ??= assemblySteps({ length: text.length, blocks, options, dialogueStyle: style, quoteMarks, previous: this.previousDialogue }, () =>
			this.shouldYield(),
		);
		while (!this.model) {
			const next = this.assembly.next();
			if (next.done) {
				this.model = next.value;
			} else if (shouldYield()) {
				return undefined;
			}
		}
		return this.model;
	}
}

/** How the splitter tells a chapter line (it asks only of lines short enough), under the writer's heading patterns. */
function chapterLineTest(options: AnalysisOptions): ChapterLineTest {
	return line => options.headings.chapter.test(line);
}

function styleOf(options: AnalysisOptions, quoteMarks: QuoteMarkCounts): DialogueStyle {
	return options.dialogueStyle === 'auto' ? detectDialogueStyle(quoteMarks) : options.dialogueStyle;
}

/**
 * Analyses of `paragraphs`: reused where `reuse` has one under the same style, else made. The style
 * comes from the document's quote marks, the sum `total` makes of these paragraphs' counts; counting
 * first means each new paragraph is analysed once, under the style it will keep.
 */
function analyzeParagraphs(
	paragraphs: readonly string[],
	options: AnalysisOptions,
	isFirst: (index: number) => boolean,
	reuse: (paragraph: string, index: number) => BlockAnalysis | undefined,
	total: (marks: QuoteMarkCounts) => QuoteMarkCounts,
): { analyses: BlockAnalysis[]; style: DialogueStyle; quoteMarks: QuoteMarkCounts } {
	const reused = paragraphs.map((paragraph, index) => (isFirst(index) ? undefined : reuse(paragraph, index)));
	const marks = paragraphs.map((paragraph, index) => reused[index]?.quoteMarks ?? countQuoteMarks(paragraph));
	const quoteMarks = total(sumQuoteMarks(marks));
	const style = styleOf(options, quoteMarks);
	const analyses = paragraphs.map((paragraph, index) => {
		const found = reused[index];
		return found ? withDialogue(found, style, options) : analyzeBlock(paragraph, options, isFirst(index), style, marks[index]);
	});
	return { analyses, style, quoteMarks };
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
	const { options } = previous;
	const old = previous.blocks;
	// One block either side may merge with or split from the edited ones (a blank line typed or deleted).
	const first = Math.max(0, indexAtOrBefore(old, region.start) - 1);
	let afterLast = first;
	while (afterLast < old.length && old[afterLast].start <= region.end) {
		afterLast++;
	}
	afterLast = Math.min(old.length, afterLast + 1);
	// A block that a chapter line set apart from the one before it, with no blank line between, was split by
	// what that block held: re-split it with them, and so on until a block that stands apart whatever precedes it.
	while (afterLast < old.length && !blockStandsApart(slice, old[afterLast - 1].end + region.delta, old[afterLast], region.delta)) {
		afterLast++;
	}
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
	const freshRanges = splitBlocks(regionText, 0, regionText.length, chapterLineTest(options));
	const { analyses, style, quoteMarks } = analyzeParagraphs(
		freshRanges.map(range => regionText.slice(range.start, range.end)),
		options,
		index => first === 0 && index === 0,
		paragraph => reusable.get(paragraph),
		freshMarks => addQuoteMarks(addQuoteMarks(previous.quoteMarks, sumQuoteMarks(replaced.map(block => block.analysis.quoteMarks)), -1), freshMarks),
	);
	const fresh: Block[] = freshRanges.map((range, index) => ({ start: spliceStart + range.start, end: spliceStart + range.end, analysis: analyses[index] }));
	const shifted = (block: Block): Block => ({ start: block.start + region.delta, end: block.end + region.delta, analysis: block.analysis });
	let blocks: Block[] = old.slice(0, first).concat(fresh, old.slice(afterLast).map(shifted));
	surveyAfterEdit(old, first, afterLast, fresh, blocks);
	// The blocks before the edit are the last model's very own, so the walk over them is taken up where it stood.
	let unchangedBefore = first;
	let movedFrom = first + fresh.length;
	if (style !== previous.dialogueStyle) {
		unchangedBefore = 0;
		movedFrom = blocks.length;
		// The edit tipped the document into another convention: every paragraph's quotes change.
		blocks = blocks.map(block => ({ start: block.start, end: block.end, analysis: withDialogue(block.analysis, style, options) }));
	}
	return assembleStory({
		length,
		blocks,
		options,
		dialogueStyle: style,
		quoteMarks,
		previous: { turnTaking: previous.turnTaking, stretches: previous.dialogueStretches },
		resume: { blocks: old, unchangedBefore, movedFrom, moved: region.delta },
	});
}

/** True when `block`, moved by `delta`, starts a block whatever the block before it (ending at `previousEnd`) holds. */
function blockStandsApart(slice: TextSlicer, previousEnd: number, block: Block, delta: number): boolean {
	const window = slice(previousEnd, block.end + delta);
	return standsApart(window, 0, block.start + delta - previousEnd, window.length);
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
