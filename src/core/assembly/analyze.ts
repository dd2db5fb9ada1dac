// Turns text into a StoryModel, paragraph by paragraph. Each paragraph's analysis depends only on
// its own text, so after an edit only the paragraphs it touched are analysed again; the cheap pass
// that assembles chapters, scenes and dialogue then runs over the cached results.

import { assembleStory, assemblySteps, PreviousDialogue } from './assemble';
import { DialogueStyle, ParagraphQuotes } from '../dialogue/types';
import { findQuotes } from '../dialogue/dialogue';
import { mayHoldItalicSpeech } from '../dialogue/italicSpeech';
import { mayHoldSpeechAfterColon } from '../dialogue/dashDialogue';
import { addQuoteMarks, countQuoteMarks, detectDialogueStyle, NO_QUOTE_MARKS, sumQuoteMarks } from '../dialogue/dialogueStyle';
import { QuoteMarkCounts } from '../dialogue/types';
import { classifyBlock } from '../structure/headings';
import { Heading } from '../structure/types';
import { findMarkup } from '../text/markup';
import { Block, BlockAnalysis } from './types';
import { StoryModel } from '../model';
import { findNameMentions } from '../structure/nameMentions';
import { NameMention } from '../structure/types';
import { AnalysisOptions } from './types';
import { DEFAULT_OPTIONS } from './options';
import { BlockSplitter, BlockRange, ChapterLineTest, splitBlocks, standsApart } from '../structure/paragraphs';
import { countFirstPerson } from '../structure/pointOfView';
import { indexAtOrBefore } from '../text/range';
import { TextRange } from '../text/types';
import { findSpeakers, leadInSpeakers, NO_SPEAKERS } from '../speakers/speakers';
import { openingSubject } from '../speakers/narration';
import { ParagraphSpeakers } from '../speakers/types';
import { NEVER_YIELD } from '../text/steps';
import { ShouldYield, Steps } from '../text/types';
import { countWordsExcluding, countWordsWithin } from '../text/words';

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
		this.assembly ??= assemblySteps(text.length, blocks, options, style, quoteMarks, this.previousDialogue, () => this.shouldYield());
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
	if (style !== previous.dialogueStyle) {
		// The edit tipped the document into another convention: every paragraph's quotes change.
		blocks = blocks.map(block => ({ start: block.start, end: block.end, analysis: withDialogue(block.analysis, style, options) }));
	}
	return assembleStory(length, blocks, options, style, quoteMarks, { turnTaking: previous.turnTaking, stretches: previous.dialogueStretches });
}

/** True when `block`, moved by `delta`, starts a block whatever the block before it (ending at `previousEnd`) holds. */
function blockStandsApart(slice: TextSlicer, previousEnd: number, block: Block, delta: number): boolean {
	const window = slice(previousEnd, block.end + delta);
	return standsApart(window, 0, block.start + delta - previousEnd, window.length);
}

/** Analysis of one paragraph on its own under `style`; `isFirst` because only the first can be front matter. */
export function analyzeBlock(
	text: string,
	options: AnalysisOptions,
	isFirst: boolean,
	style: DialogueStyle,
	quoteMarks = countQuoteMarks(text),
): BlockAnalysis {
	const heading = classifyBlock(text, options.headings, isFirst);
	const markup = findMarkup(text, options.markdown);
	if (heading) {
		return blockAnalysis(
			text,
			countWordsExcluding(text, 0, text.length, markup),
			heading,
			quoteMarks,
			undefined,
			style,
			NO_QUOTES,
			NO_SPEAKERS,
			0,
			0,
			NO_NAMES,
		);
	}
	// The words are counted with the dialogue's, once the quotes are known.
	return withQuotes(text, undefined, quoteMarks, openingSubject(text), style, markup);
}

/** The paragraph's analysis under another dialogue style: only its quotes and speakers change. */
function withDialogue(analysis: BlockAnalysis, style: DialogueStyle, options: AnalysisOptions): BlockAnalysis {
	if (analysis.dialogueStyle === style) {
		return analysis;
	}
	const { text, words, heading, quoteMarks, openingSubject } = analysis;
	if (heading) {
		return blockAnalysis(text, words, heading, quoteMarks, undefined, style, NO_QUOTES, NO_SPEAKERS, 0, 0, NO_NAMES);
	}
	return withQuotes(text, words, quoteMarks, openingSubject, style, findMarkup(text, options.markdown));
}

/** `known` is the paragraph's word count when already known (the same paragraph under another style). */
function withQuotes(
	text: string,
	known: number | undefined,
	quoteMarks: QuoteMarkCounts,
	subject: string | undefined,
	style: DialogueStyle,
	markup: readonly TextRange[],
): BlockAnalysis {
	if (quoteMarks === NO_QUOTE_MARKS && !mayHoldItalicSpeech(text) && !mayHoldSpeechAfterColon(text, style)) {
		const words = known ?? countWordsExcluding(text, 0, text.length, markup);
		return blockAnalysis(
			text,
			words,
			undefined,
			quoteMarks,
			subject,
			style,
			NO_QUOTES,
			leadInSpeakers(text),
			0,
			countFirstPerson(text, NO_QUOTES.spans),
			findNameMentions(text, NO_QUOTES.spans),
		);
	}
	const quotes = findQuotes(markup.length > 0 ? blankOut(text, markup) : text, style);
	let words: number;
	let dialogueWords = 0;
	if (known === undefined && markup.length === 0) {
		// One scan counts the paragraph's words and its dialogue's.
		const counted = countWordsWithin(text, quotes.spans);
		words = counted.words;
		dialogueWords = counted.within;
	} else {
		words = known ?? countWordsExcluding(text, 0, text.length, markup);
		for (const span of quotes.spans) {
			dialogueWords += countWordsExcluding(text, span.start, span.end, markup);
		}
	}
	const speakers = quotes.spans.length > 0 ? findSpeakers(text, quotes.spans) : leadInSpeakers(text);
	return blockAnalysis(
		text,
		words,
		undefined,
		quoteMarks,
		subject,
		style,
		quotes,
		speakers,
		dialogueWords,
		countFirstPerson(text, quotes.spans),
		findNameMentions(text, quotes.spans),
	);
}

const NO_QUOTES: ParagraphQuotes = { spans: [], opensWithQuote: false };
const NO_NAMES: readonly NameMention[] = [];
const NO_STRAYS: readonly number[] = [];

/** Every paragraph's analysis has the same shape, so the document pass reads them all the fast way. */
function blockAnalysis(
	text: string,
	words: number,
	heading: Heading | undefined,
	quoteMarks: QuoteMarkCounts,
	openingSubject: string | undefined,
	dialogueStyle: DialogueStyle,
	quotes: ParagraphQuotes,
	speakers: ParagraphSpeakers,
	dialogueWords: number,
	firstPerson: number,
	names: readonly NameMention[],
): BlockAnalysis {
	return {
		text,
		words,
		heading,
		quoteMarks,
		dialogueStyle,
		quotes: quotes.spans,
		speakers,
		opensWithQuote: quotes.opensWithQuote,
		strayClosings: quotes.strayClosings ?? NO_STRAYS,
		dialogueWords,
		openingSubject,
		firstPerson,
		names,
	};
}

/** `text` with its markup replaced by spaces, so a quote in an HTML attribute or a comment is no speech. */
function blankOut(text: string, markup: readonly TextRange[]): string {
	let result = '';
	let cursor = 0;
	for (const range of markup) {
		result += text.slice(cursor, range.start) + ' '.repeat(range.end - range.start);
		cursor = range.end;
	}
	return result + text.slice(cursor);
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
