// Assembles paragraph analyses into the story's shape: which text is the book (not a licence, title page
// or table of contents), its chapters and scenes with their counts, and its dialogue. Runs on every edit,
// so it walks the paragraph list once and reads no text but the paragraphs' own (around headings, and a
// scene's first line).

import { numeralValue } from '../structure/chapterLine';
import { ChapterHeading } from '../structure/types';
import { DialogueStyle } from '../dialogue/types';
import { QuoteMarkCounts } from '../dialogue/types';
import { DialogueStretch, DialogueStretches, StretchSpan } from './types';
import { findStretch, STRETCH_PARAGRAPHS } from './dialogueStretches';
import { Block, BlockAnalysis } from './types';
import { Chapter, Scene, StoryModel } from '../model';
import { DialogueSpan } from '../dialogue/types';
import { MentionFlag } from '../structure/types';
import { AnalysisOptions } from './types';
import { guessPointOfView } from '../structure/pointOfView';
import { TextRange } from '../text/types';
import { LeadIn, ParagraphTurn } from '../speakers/types';
import { ReusedTurns } from '../speakers/reusedTurns';
import { genderVote, pronounAfter } from '../speakers/narrationGender';
import { ITEMS_PER_CHECK, NEVER_YIELD, runSteps } from '../text/steps';
import { ShouldYield, Steps } from '../text/types';
import { takeTurnsInSteps } from '../speakers/turnTaking';
import { TurnTaking } from '../speakers/types';

/** The last pass's dialogue work, which the next pass reuses where the paragraphs are the same. */
export interface PreviousDialogue {
	readonly turnTaking: TurnTaking;
	readonly stretches: DialogueStretches;
}

export function assembleStory(
	length: number,
	blocks: readonly Block[],
	options: AnalysisOptions,
	dialogueStyle: DialogueStyle,
	quoteMarks: QuoteMarkCounts,
	previous?: PreviousDialogue,
): StoryModel {
	return runSteps(assemblySteps(length, blocks, options, dialogueStyle, quoteMarks, previous, NEVER_YIELD));
}

/** assembleStory a slice at a time, yielding whenever `shouldYield` says stop: for a big file read in the background. */
export function* assemblySteps(
	length: number,
	blocks: readonly Block[],
	options: AnalysisOptions,
	dialogueStyle: DialogueStyle,
	quoteMarks: QuoteMarkCounts,
	previous: PreviousDialogue | undefined,
	shouldYield: ShouldYield,
): Steps<StoryModel> {
	const { fences, shape } = survey(blocks);
	const chapters: MutableChapter[] = [];
	const scenes: Scene[] = [];
	// Where indented paragraphs are few, they are quotations set off from the text, not speech.
	const dialogue = new DialogueAssembly(quoteMarks.indentedParagraphs * 4 < blocks.length, blocks, previous, shouldYield);
	const matter = new MatterRanges(blocks, length);
	const openChapters: number[] = [];
	let scene: SceneInProgress | undefined;
	let sceneFirstBlock: Block | undefined;
	let pendingSceneTitle: string | undefined;
	let sceneNumber = 0;
	let words = 0;
	let bodyStart = -1;
	let lastStoryEnd = fences.firstBlock > 0 ? blocks[fences.firstBlock - 1].end : 0;
	let previousChapter: ResolvedChapter | undefined;

	const closeScene = () => {
		if (scene) {
			const { title, chapterIndex, start, end, words, dialogueWords, narrationWords, firstPersonWords } = scene;
			scenes.push({
				title,
				chapterIndex,
				start,
				end,
				words,
				dialogueWords,
				firstLine: firstLine(sceneFirstBlock!.analysis.text),
				characters: NO_CHARACTERS,
				pointOfView: guessPointOfView({ words: narrationWords, firstPerson: firstPersonWords }),
				narrationWords,
				firstPersonWords,
			});
			scene = undefined;
		}
	};
	const closeChapters = (level: number, end: number) => {
		while (openChapters.length > 0 && chapters[openChapters[openChapters.length - 1]].level >= level) {
			chapters[openChapters.pop()!].end = end;
		}
	};
	const countStory = (block: Block) => {
		words += block.analysis.words;
		for (const chapterIndex of openChapters) {
			chapters[chapterIndex].words += block.analysis.words;
		}
		if (bodyStart < 0) {
			bodyStart = block.start;
		}
		lastStoryEnd = block.end;
	};

	matter.addBlocks(0, fences.firstBlock);
	// After Gutenberg's START come the edition's credits, title page and contents: the book opens at its first real heading.
	let matterUntil = fences.firstBlock;
	if (fences.gutenberg) {
		const first = firstRealChapter(blocks, fences.firstBlock, fences.afterLastBlock, shape);
		matterUntil = first >= 0 ? first : leadingCredits(blocks, fences.firstBlock, fences.afterLastBlock);
	}

	for (let index = fences.firstBlock; index < fences.afterLastBlock; index++) {
		if ((index & (ITEMS_PER_CHECK - 1)) === 0 && shouldYield()) {
			yield;
		}
		const block = blocks[index];
		const { heading } = block.analysis;
		const isMatter =
			index < matterUntil ||
			heading?.kind === 'contents' ||
			heading?.kind === 'gutenbergStart' ||
			heading?.kind === 'gutenbergEnd' ||
			heading?.kind === 'frontMatter' ||
			(heading?.kind === 'credits' && bodyStart < 0);
		if (isMatter) {
			if (heading?.kind === 'contents') {
				// A table of contents runs until a chapter that has prose under it, or to the end (a contents page at the back).
				const next = firstRealChapter(blocks, index + 1, fences.afterLastBlock, shape);
				matterUntil = Math.max(matterUntil, next >= 0 ? next : fences.afterLastBlock);
			}
			while (!dialogue.addBreak()) {
				yield;
			}
			closeScene();
			closeChapters(0, lastStoryEnd);
			matter.addBlocks(index, index + 1);
			continue;
		}
		if (heading?.kind === 'illustration') {
			// An unclosed caption runs on through the blocks up to its closing bracket.
			for (let next = index + 1; !heading.closed && next < Math.min(fences.afterLastBlock, index + MAX_CAPTION_BLOCKS); next++) {
				if (/\]\s*$/.test(blocks[next].analysis.text)) {
					index = next;
					break;
				}
			}
			continue;
		}
		const chapter = chapterAt(block, shape, previousChapter);
		if (chapter) {
			while (!dialogue.addBreak()) {
				yield;
			}
			closeScene();
			closeChapters(chapter.level, lastStoryEnd);
			openChapters.push(chapters.length);
			const subtitle = blocks[index + 1] && index + 1 < fences.afterLastBlock ? subtitleOf(blocks[index + 1]) : undefined;
			const headingEnd = subtitle ? blocks[index + 1].end : block.end;
			chapters.push({
				title: subtitle ? `${chapter.title.replace(/[.:]$/, '')} — ${subtitle}` : chapter.title,
				level: chapter.level,
				start: block.start,
				end: headingEnd,
				headingRange: { start: block.start, end: headingEnd },
				words: 0,
			});
			countStory(block);
			if (subtitle) {
				countStory(blocks[++index]);
			}
			previousChapter = chapter;
			sceneNumber = 0;
			pendingSceneTitle = undefined;
			continue;
		}
		if (heading?.kind === 'sceneBreak') {
			while (!dialogue.addBreak()) {
				yield;
			}
			closeScene();
			pendingSceneTitle = heading.title;
			countStory(block);
			continue;
		}
		if (!scene) {
			sceneNumber++;
			const chapterIndex = openChapters.length > 0 ? openChapters[openChapters.length - 1] : -1;
			scene = {
				title: pendingSceneTitle ?? `Scene ${sceneNumber}`,
				chapterIndex,
				start: block.start,
				end: block.end,
				words: 0,
				dialogueWords: 0,
				narrationWords: 0,
				firstPersonWords: 0,
			};
			pendingSceneTitle = undefined;
			sceneFirstBlock = block;
		}
		scene.end = block.end;
		scene.words += block.analysis.words;
		scene.dialogueWords += block.analysis.dialogueWords;
		scene.narrationWords += block.analysis.words - block.analysis.dialogueWords;
		scene.firstPersonWords += block.analysis.firstPerson;
		dialogue.addParagraph(index);
		countStory(block);
	}
	closeScene();
	closeChapters(0, lastStoryEnd);
	matter.addBlocks(fences.afterLastBlock, blocks.length);

	const body = bodyStart < 0 ? { start: lastStoryEnd, end: lastStoryEnd } : { start: bodyStart, end: lastStoryEnd };
	const { spans, turnTaking, stretches } = yield* dialogue.finish();
	return {
		options,
		length,
		blocks,
		words,
		body,
		matter: matter.ranges,
		chapters,
		scenes,
		dialogueStyle,
		quoteMarks,
		dialogue: spans,
		turnTaking,
		dialogueStretches: stretches,
	};
}

type MutableChapter = { -readonly [K in keyof Chapter]: Chapter[K] };
type SceneInProgress = { -readonly [K in keyof Omit<Scene, 'firstLine' | 'characters' | 'pointOfView'>]: Scene[K] };

interface Fences {
	/** First block after Gutenberg's START marker or the YAML front matter. */
	readonly firstBlock: number;
	/** The END marker's block, or the block count. */
	readonly afterLastBlock: number;
	readonly gutenberg: boolean;
}

interface HeadingShape {
	/** Some plain heading sits at the margin, so indented ones are contents entries or quotations. */
	readonly flushHeadings: boolean;
	/** The book has parts or books, so a prologue or epilogue stands beside them rather than among chapters. */
	readonly hasBooks: boolean;
}

/**
 * In one pass over the headings (this runs on every keystroke): the blocks between Gutenberg's START and END
 * markers and after any front matter, and how the headings between them are set.
 */
function survey(blocks: readonly Block[]): { fences: Fences; shape: HeadingShape } {
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

interface ResolvedChapter {
	readonly title: string;
	readonly level: 1 | 2;
	readonly numeral: boolean;
}

/** The chapter `block` opens in this document, if any; `previous` settles whether `XXX` is thirty or a break. */
function chapterAt(block: Block, shape: HeadingShape, previous: ResolvedChapter | undefined): ResolvedChapter | undefined {
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

/** How many blocks an illustration's caption may run over. */
const MAX_CAPTION_BLOCKS = 6;

/** How far ahead a heading looks for the prose that makes it a real chapter rather than a contents entry. */
const LOOKAHEAD_BLOCKS = 80;

/**
 * The first block from `from` that opens a chapter with prose of its own: before the next heading of the
 * same or a higher level (a book's first chapter may follow its heading at once), a paragraph of prose.
 * Contents entries are followed by more entries. -1 when there is none.
 */
function firstRealChapter(blocks: readonly Block[], from: number, to: number, shape: HeadingShape): number {
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

/** The credits (`Produced by …`) that open a Gutenberg book with no headings: the index after them. */
function leadingCredits(blocks: readonly Block[], from: number, to: number): number {
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

const MAX_SUBTITLE_LENGTH = 100;

/** `VERHAFTUNG · GESPRÄCH MIT FRAU GRUBACH` under `ERSTES KAPITEL`: one line in capitals titles the chapter. */
function subtitleOf(block: Block): string | undefined {
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

/** Runs of consecutive non-story blocks, each as one range from its first block's start to its last one's end. */
class MatterRanges {
	readonly ranges: TextRange[] = [];
	private lastBlock = -2;

	constructor(
		private readonly blocks: readonly Block[],
		private readonly length: number,
	) {}

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

/** Where a stretch being read began: its first pending paragraph, and how much the pass held then. */
interface StretchStart {
	readonly from: number;
	readonly spans: number;
	readonly turns: number;
	readonly mentioned: number;
	readonly narrationWords: number;
}

type MutableDialogueSpan = { -readonly [K in keyof DialogueSpan]: DialogueSpan[K] };

/** Mentions that are places or things, or speech itself, rather than someone present in the narration. */
const NOT_PEOPLE = MentionFlag.InDialogue | MentionFlag.AfterPlacePreposition | MentionFlag.AfterOf | MentionFlag.AfterDeterminer;

/** A narration paragraph this short between two lines is a beat: its subject likely speaks next. */
const BEAT_WORDS = 60;

/** Narration longer than this between two turns ends an exchange: turn-taking starts over. */
const EXCHANGE_GAP_WORDS = 120;

/**
 * Gathers the paragraphs' quotes into the document's dialogue. Speech left open at a paragraph's end
 * carries on when the next paragraph opens with a quote: with the same mark it is one span across
 * both; with another (French «… then —…) the open quote counts as closed there.
 */
class DialogueAssembly {
	private readonly spans: MutableDialogueSpan[] = [];
	private readonly turns: ReusedTurns;
	/** For each turn, its spans in `spans`: from where, and how many. */
	private readonly turnSpans: number[] = [];
	private open: { span: MutableDialogueSpan; kind: string } | undefined;
	private narrationWords = 0;
	private broken = true;
	/** The person the narration paragraph just before opened on, if it was short. */
	private subject: string | undefined;
	/** Who the narration paragraph just before handed the speech to: `…and said:`. */
	private leadIn: LeadIn | undefined;
	/** The blocks (by index) of the paragraphs since the last break: read when the break or the end comes. */
	private readonly pending: number[] = [];
	/** Where reading the pending paragraphs stopped to yield, and the stretch it was in. */
	private readFrom = 0;
	private reading: StretchStart | undefined;
	/** This pass's stretches, as DialogueStretches keeps them; `copied` lists those whose spans came from the last pass. */
	private readonly stretches: DialogueStretch[] = [];
	private readonly firstBlocks: number[] = [];
	private readonly origins: number[] = [];
	private readonly firstSpans: number[] = [];
	private readonly copied: number[] = [];

	constructor(
		private readonly indentedIsQuotation: boolean,
		private readonly blocks: readonly Block[],
		private readonly previous: PreviousDialogue | undefined,
		private readonly shouldYield: ShouldYield,
	) {
		this.turns = new ReusedTurns(previous?.turnTaking.turns);
	}

	/** False when the paragraphs before the break are not all read yet: call again once the thread is back. */
	addBreak(): boolean {
		if (!this.readPending()) {
			return false;
		}
		this.open = undefined;
		this.broken = true;
		this.subject = undefined;
		this.leadIn = undefined;
		this.turns.forgetMentions();
		return true;
	}

	addParagraph(index: number): void {
		this.pending.push(index);
	}

	/**
	 * Reads the paragraphs since the last break: where the pass holds nothing over and the last pass read
	 * the same paragraphs, their stretch is copied; the rest are read and kept as stretches for the next pass.
	 * False when `shouldYield` stopped it first; the next call goes on from there.
	 */
	private readPending(): boolean {
		const { pending, blocks } = this;
		const previous = this.previous?.stretches;
		let { reading: recording, readFrom: from } = this;
		let looks = 0;
		while (from < pending.length) {
			if ((++looks & (ITEMS_PER_CHECK - 1)) === 0 && this.shouldYield()) {
				this.reading = recording;
				this.readFrom = from;
				return false;
			}
			if (this.holdsNothingOver()) {
				const found = previous ? findStretch(previous, this.indentedIsQuotation, blocks, pending, from) : -1;
				if (found >= 0 || (recording && from - recording.from >= STRETCH_PARAGRAPHS)) {
					if (recording) {
						this.keep(recording, from, true);
						recording = undefined;
					}
					if (found >= 0) {
						this.copy(previous!, found, pending[from]);
						from += previous!.stretches[found].analyses.length;
						continue;
					}
				}
			}
			recording ??= { from, spans: this.spans.length, turns: this.turns.length, mentioned: this.turns.mentionedLength, narrationWords: this.narrationWords };
			this.readParagraph(blocks[pending[from]]);
			from++;
		}
		if (recording) {
			this.keep(recording, pending.length, false);
		}
		pending.length = 0;
		this.reading = undefined;
		this.readFrom = 0;
		return true;
	}

	/** Nothing left open, no subject or lead-in waiting, and the next turn starts an exchange: a stretch may start here. */
	private holdsNothingOver(): boolean {
		return this.open === undefined && this.subject === undefined && this.leadIn === undefined && (this.broken || this.narrationWords > EXCHANGE_GAP_WORDS);
	}

	/** Keeps what reading the pending paragraphs `[start.from, to)` added, relative to the first one, for the next pass. */
	private keep(start: StretchStart, to: number, endsFresh: boolean): void {
		const { pending, blocks } = this;
		const origin = blocks[pending[start.from]].start;
		const analyses: BlockAnalysis[] = [];
		const offsets: number[] = [];
		for (let index = start.from; index < to; index++) {
			analyses.push(blocks[pending[index]].analysis);
			offsets.push(blocks[pending[index]].start - origin);
		}
		const spans: StretchSpan[] = [];
		for (let index = start.spans; index < this.spans.length; index++) {
			const span = this.spans[index];
			spans.push({
				start: span.start - origin,
				end: span.end - origin,
				closed: span.closed,
				lastOpening: span.lastOpening - origin,
				speaker: span.speaker,
				kind: span.kind,
			});
		}
		const turns = this.turns.sequence;
		const turnCount = this.turns.length;
		const turnSpans: number[] = [];
		const mentionedEnd: number[] = [];
		for (let turn = start.turns; turn < turnCount; turn++) {
			turnSpans.push(this.turnSpans[2 * turn] - start.spans, this.turnSpans[2 * turn + 1]);
			mentionedEnd.push(turns.mentionedEnd[turn] - start.mentioned);
		}
		const hasTurns = turnCount > start.turns;
		this.stretches.push({
			analyses,
			offsets,
			endsFresh,
			spans,
			turnSpans,
			readings: turns.readings.slice(start.turns, turnCount),
			startsExchange: turns.startsExchange.slice(start.turns, turnCount),
			precedingSubjects: turns.precedingSubjects.slice(start.turns, turnCount),
			mentioned: this.turns.mentionsSince(start.mentioned),
			mentionedEnd,
			hasTurns,
			narrationWords: hasTurns ? this.narrationWords : this.narrationWords - start.narrationWords,
			subject: this.subject,
			leadIn: this.leadIn,
		});
		this.firstBlocks.push(pending[start.from]);
		this.origins.push(origin);
		this.firstSpans.push(start.spans);
	}

	/**
	 * Adds what the last pass added for its stretch `index`, whose first paragraph is now block `block`,
	 * and takes on the state it left. The spans are the last pass's, moved with their paragraphs; should the
	 * turns come out different, finish() makes them again without the speakers the turn-taking gave them.
	 */
	private copy(previous: DialogueStretches, index: number, block: number): void {
		const stretch = previous.stretches[index];
		const origin = this.blocks[block].start;
		const { spans, turns, turnSpans } = this;
		const firstSpan = spans.length;
		this.copied.push(this.stretches.length);
		this.stretches.push(stretch);
		this.firstBlocks.push(block);
		this.origins.push(origin);
		this.firstSpans.push(firstSpan);
		const made = previous.spans;
		const madeFrom = previous.firstSpans[index];
		const shift = origin - previous.origins[index];
		for (let offset = 0; offset < stretch.spans.length; offset++) {
			const span = made[madeFrom + offset];
			if (shift === 0) {
				spans.push(span as MutableDialogueSpan);
			} else {
				const start = span.start + shift;
				spans.push({ start, end: span.end + shift, closed: span.closed, lastOpening: span.lastOpening + shift, speaker: span.speaker, kind: span.kind });
			}
		}
		const { readings, startsExchange, precedingSubjects, mentionedEnd, mentioned } = stretch;
		let mention = 0;
		for (let turn = 0; turn < readings.length; turn++) {
			for (; mention < mentionedEnd[turn]; mention++) {
				turns.mentioned.push(mentioned[mention]);
			}
			turns.add(readings[turn], startsExchange[turn], precedingSubjects[turn]);
			turnSpans.push(stretch.turnSpans[2 * turn] + firstSpan, stretch.turnSpans[2 * turn + 1]);
		}
		for (; mention < mentioned.length; mention++) {
			turns.mentioned.push(mentioned[mention]);
		}
		this.open = undefined;
		if (stretch.hasTurns) {
			this.broken = false;
			this.narrationWords = stretch.narrationWords;
		} else {
			this.narrationWords += stretch.narrationWords;
		}
		this.subject = stretch.subject;
		this.leadIn = stretch.leadIn;
	}

	/** The copied stretches' spans as the paragraphs gave them, before the turn-taking named their speakers. */
	private remakeCopiedSpans(): void {
		for (const index of this.copied) {
			const stretch = this.stretches[index];
			const origin = this.origins[index];
			const first = this.firstSpans[index];
			stretch.spans.forEach((span, offset) => {
				const start = span.start + origin;
				this.spans[first + offset] = {
					start,
					end: span.end + origin,
					closed: span.closed,
					lastOpening: span.lastOpening + origin,
					speaker: span.speaker,
					kind: span.kind,
				};
			});
		}
	}

	private readParagraph(block: Block): void {
		const { quotes, speakers, opensWithQuote } = block.analysis;
		const open = this.open;
		this.open = undefined;
		if (quotes.length === 0 || (this.indentedIsQuotation && block.analysis.quoteMarks.indentedParagraphs > 0)) {
			this.narrationWords += block.analysis.words;
			const { openingSubject } = block.analysis;
			this.subject = block.analysis.words <= BEAT_WORDS ? openingSubject : undefined;
			this.leadIn = block.analysis.speakers.leadIn;
			if (openingSubject !== undefined) {
				this.turns.mentioned.push(openingSubject);
			}
			this.mention(block, openingSubject);
			return;
		}
		for (const reading of speakers.turns) {
			const firstSpan = this.spans.length;
			// A named thought or a note takes no turn in the conversation around it.
			let spoken = false;
			for (let index = reading.firstQuote; index < reading.endQuote; index++) {
				const quote = quotes[index];
				const start = block.start + quote.start;
				const end = block.start + quote.end;
				if (index === 0 && open && opensWithQuote) {
					open.span.closed = true;
					if (open.kind === quote.kind) {
						open.span.end = end;
						open.span.closed = quote.closed;
						open.span.lastOpening = start;
						if (!quote.closed) {
							this.open = open;
						}
						continue;
					}
				}
				// Every span has the same shape, speaker or not, so the engine keeps them fast to build and read.
				const kind = speakers.kinds?.kinds[index] ?? 'speech';
				const span: MutableDialogueSpan = {
					start,
					end,
					closed: quote.closed,
					lastOpening: start,
					speaker: speakers.quoteSpeakers?.[index] ?? speakers.kinds?.thinkers[index],
					kind,
				};
				this.spans.push(span);
				// A thought whose tag names no one (`she thought`) goes through the turn-taking to find its thinker.
				spoken ||= kind === 'speech' || (kind === 'thought' && span.speaker === undefined);
				if (!quote.closed && index === quotes.length - 1) {
					this.open = { span, kind: quote.kind };
				}
			}
			if (this.spans.length > firstSpan && !spoken) {
				this.subject = undefined;
			} else if (this.spans.length > firstSpan) {
				this.turns.add(this.leadIn ? ledIn(reading, this.leadIn) : reading, this.broken || this.narrationWords > EXCHANGE_GAP_WORDS, this.subject);
				this.leadIn = undefined;
				this.turnSpans.push(firstSpan, this.spans.length - firstSpan);
				this.broken = false;
				this.narrationWords = 0;
				this.subject = undefined;
			}
		}
	}

	/** Notes the people a paragraph's narration names, leaving out places (`in London`, `the battle of Borodinó`). */
	/** Notes too what each name's own sentence says of their sex (`Mara sat… her knees`). */
	private mention(block: Block, except: string | undefined): void {
		const { names, text } = block.analysis;
		for (let index = 0; index < names.length; index++) {
			const name = names[index];
			if ((name.flags & NOT_PEOPLE) !== 0) {
				continue;
			}
			if (name.text !== except) {
				this.turns.mentioned.push(name.text);
			}
			const gender = pronounAfter(text, name.end, index + 1 < names.length ? names[index + 1].start : text.length);
			if (gender !== undefined) {
				this.turns.mentioned.push(genderVote(name.text, gender));
			}
		}
	}

	*finish(): Steps<{ spans: DialogueSpan[]; turnTaking: TurnTaking; stretches: DialogueStretches }> {
		while (!this.readPending()) {
			yield;
		}
		const { turns, unchanged } = this.turns.finish();
		const previous = this.previous?.turnTaking;
		// The same turns as the last pass: its speakers stand, and so do the spans copied with them.
		const turnTaking = unchanged && previous ? previous : yield* takeTurnsInSteps(turns, previous, this.shouldYield);
		if (turnTaking.speakers !== previous?.speakers) {
			this.remakeCopiedSpans();
		}
		yield;
		turnTaking.speakers.forEach((speaker, turn) => {
			if (speaker === undefined) {
				return;
			}
			const first = this.turnSpans[2 * turn];
			const end = first + this.turnSpans[2 * turn + 1];
			for (let index = first; index < end; index++) {
				this.spans[index].speaker ??= speaker;
			}
		});
		const { indentedIsQuotation, blocks, stretches, firstBlocks, origins, firstSpans, spans } = this;
		return { spans, turnTaking, stretches: { indentedIsQuotation, blockCount: blocks.length, stretches, firstBlocks, origins, firstSpans, spans } };
	}
}

/** A turn the paragraph before led into (`My uncle said:`), unless its own prose says who speaks. */
function ledIn(reading: ParagraphTurn, leadIn: LeadIn): ParagraphTurn {
	if (leadIn.continues !== undefined) {
		// `He broke off. / "…," he asked.`: the same he, unless the paragraph turned to someone.
		return reading.speaker === undefined && !reading.narrator && reading.pronoun === leadIn.continues
			? { ...reading, continues: true, objects: leadIn.objects ?? reading.objects }
			: reading;
	}
	if (reading.attributed || reading.speaker !== undefined || reading.narrator) {
		return reading;
	}
	return {
		...reading,
		speaker: leadIn.speaker,
		tie: leadIn.speaker === undefined ? undefined : leadIn.pronoun !== undefined ? 'pronoun' : 'verb',
		narrator: leadIn.narrator ?? false,
		pronoun: leadIn.pronoun ?? reading.pronoun,
		objects: leadIn.objects ?? reading.objects,
		attributed: true,
	};
}

const MAX_FIRST_LINE = 80;
/** Shared by every scene until the cast is known: nothing to allocate on each keystroke. */
const NO_CHARACTERS: readonly string[] = Object.freeze([]);

function firstLine(paragraph: string): string {
	const newline = paragraph.indexOf('\n');
	const carriageReturn = paragraph.indexOf('\r');
	const lineEnd = carriageReturn >= 0 && (newline < 0 || carriageReturn < newline) ? carriageReturn : newline;
	const line = (lineEnd < 0 ? paragraph : paragraph.slice(0, lineEnd)).trim();
	return line.length > MAX_FIRST_LINE ? `${line.slice(0, MAX_FIRST_LINE - 1).trimEnd()}…` : line;
}
