// The walk over the paragraphs that makes the story's chapters and scenes with their counts and the matter
// around the book: where it stands as it goes, where it starts (at the front, or at a chapter heading where
// the last walk stood), and how it ends early by taking the rest of the last walk, moved along.

import { DialogueSpan } from '../dialogue/types';
import { TurnTaking } from '../speakers/types';
import { AssemblyInput, Block, DialogueStretches, Resume } from './types';
import { Chapter, Scene, StoryModel } from '../model';
import { SceneInProgress } from './sceneInProgress';
import { ShouldYield } from '../text/types';
import { chapterAt, ResolvedChapter, subtitleOf } from './chapterHeadings';
import { firstRealChapter, leadingCredits, MatterRanges, readUpTo, Survey, survey } from './bookMatter';
import { DialogueAssembly } from './dialogueAssembly';
import {
	Checkpoint,
	checkpointsMovedOn,
	MAX_CAPTION_BLOCKS,
	movedChapter,
	movedCheckpoint,
	movedScene,
	resumable,
	sameResolved,
	Walk,
	walks,
} from './walkCheckpoints';

/** What a block is to the walk: matter, an illustration's caption, a scene break, prose, or the heading of this chapter. */
export type BlockRole = 'matter' | 'caption' | 'sceneBreak' | 'prose' | ResolvedChapter;

/**
 * The walk over the paragraphs, a block at a time. The caller drives it and gives the dialogue its breaks,
 * since reading the dialogue up to a break may stop to yield.
 */
export class StoryWalk {
	/** Gathers the dialogue as the walk hands it each paragraph; the caller gives it the breaks. */
	readonly dialogue: DialogueAssembly;
	/** The block past the book's last: the fences' end. */
	readonly afterLastBlock: number;
	private readonly blocks: readonly Block[];
	/** What was decided over the whole text before the walk: the fences around the book and its headings' shape. */
	private readonly known: Survey;
	/** Where indented paragraphs are few, they are quotations set off from the text, not speech. */
	private readonly indentedIsQuotation: boolean;
	private readonly matter: MatterRanges;
	/** The last pass's blocks, and its walk when this one may take it up: the same dialogue reading indented paragraphs the same way. */
	private readonly resume: Resume | undefined;
	private readonly lastWalk: Walk | undefined;
	private readonly chapters: MutableChapter[] = [];
	/** The chapters not yet closed, by index in `chapters`: a part holds its chapters open. */
	private readonly openChapters: number[] = [];
	private readonly scenes: Scene[] = [];
	private scene: SceneInProgress | undefined = undefined;
	/** A `###` scene break's title, for the scene it opens. */
	private pendingSceneTitle: string | undefined = undefined;
	private sceneNumber = 0;
	/** The story's words, matter left out. */
	private words = 0;
	private bodyStart = -1;
	private lastStoryEnd: number;
	/** The heading before: what decides whether the next `XXX` is a chapter. */
	private previousChapter: ResolvedChapter | undefined = undefined;
	/** Blocks before this are matter: the front of the book, or a table of contents. */
	private matterUntil: number;
	/** The blocks the walk's looks ahead have read, up to here. */
	private readAhead = 0;
	private readonly checkpoints: Checkpoint[] = [];

	constructor(
		private readonly input: AssemblyInput,
		shouldYield: ShouldYield,
	) {
		const { length, blocks, quoteMarks, previous, resume } = input;
		this.blocks = blocks;
		this.known = survey(blocks);
		const { fences } = this.known;
		this.afterLastBlock = fences.afterLastBlock;
		this.indentedIsQuotation = quoteMarks.indentedParagraphs * 4 < blocks.length;
		this.dialogue = new DialogueAssembly(this.indentedIsQuotation, blocks, previous, shouldYield);
		this.matter = new MatterRanges(blocks, length);
		this.lastStoryEnd = fences.firstBlock > 0 ? blocks[fences.firstBlock - 1].end : 0;
		this.matterUntil = fences.firstBlock;
		this.resume = resume;
		const saved = resume && previous ? walks.get(resume.blocks) : undefined;
		this.lastWalk = saved && saved.indentedIsQuotation === this.indentedIsQuotation ? saved : undefined;
	}

	/** The block the walk starts at: the last walk's last checkpoint well before the edit, or the book's front. */
	start(): number {
		const at = this.lastWalk ? resumable(this.resume!, this.lastWalk, this.known) : -1;
		return at >= 0 ? this.resumeFrom(at) : this.startAtFront();
	}

	/** The blocks before the last walk's checkpoint `at` are that walk's: this one goes on from where it stood. */
	private resumeFrom(at: number): number {
		const walk = this.lastWalk!;
		const checkpoint = walk.checkpoints[at];
		const { chapters, openChapters, scenes } = this;
		this.checkpoints.push(...walk.checkpoints.slice(0, at));
		for (let index = 0; index < checkpoint.chapters; index++) {
			chapters.push(walk.chapters[index]);
		}
		checkpoint.openChapters.forEach((chapter, open) => (chapters[chapter] = { ...checkpoint.open[open] }));
		openChapters.push(...checkpoint.openChapters);
		for (let index = 0; index < checkpoint.scenes; index++) {
			scenes.push(walk.scenes[index]);
		}
		this.matter.resume(walk.matter, checkpoint.matterRanges, checkpoint.matterLast);
		this.dialogue.resume(checkpoint.dialogue, walk.turnSpans);
		({
			matterUntil: this.matterUntil,
			words: this.words,
			bodyStart: this.bodyStart,
			lastStoryEnd: this.lastStoryEnd,
			previousChapter: this.previousChapter,
		} = checkpoint);
		this.readAhead = checkpoint.readUpTo;
		return checkpoint.index;
	}

	/** Everything before the fences is matter; after Gutenberg's START, so are the edition's credits, title page and contents. */
	private startAtFront(): number {
		const { blocks } = this;
		const { fences, shape } = this.known;
		this.matter.addBlocks(0, fences.firstBlock);
		// The book opens at its first real heading.
		if (fences.gutenberg) {
			const first = firstRealChapter(blocks, fences.firstBlock, fences.afterLastBlock, shape);
			this.matterUntil = first >= 0 ? first : leadingCredits(blocks, fences.firstBlock, fences.afterLastBlock);
			this.readAhead = first >= 0 ? readUpTo(first, fences.afterLastBlock) : this.matterUntil + 1;
		}
		return fences.firstBlock;
	}

	/** What block `index` is, as the walk stands: whether a heading opens a chapter depends on the one before. */
	roleOf(index: number): BlockRole {
		const block = this.blocks[index];
		const { heading } = block.analysis;
		const isMatter =
			index < this.matterUntil ||
			heading?.kind === 'contents' ||
			heading?.kind === 'gutenbergStart' ||
			heading?.kind === 'gutenbergEnd' ||
			heading?.kind === 'frontMatter' ||
			(heading?.kind === 'credits' && this.bodyStart < 0);
		if (isMatter) {
			return 'matter';
		}
		if (heading?.kind === 'illustration') {
			return 'caption';
		}
		const chapter = chapterAt(block, this.known.shape, this.previousChapter);
		if (chapter) {
			return chapter;
		}
		return heading?.kind === 'sceneBreak' ? 'sceneBreak' : 'prose';
	}

	/** The last block of the caption at `index`: an unclosed one runs on through the blocks up to its closing bracket. */
	captionEnd(index: number): number {
		const { heading } = this.blocks[index].analysis;
		if (heading?.kind !== 'illustration' || heading.closed) {
			return index;
		}
		for (let next = index + 1; next < Math.min(this.afterLastBlock, index + MAX_CAPTION_BLOCKS); next++) {
			if (/\]\s*$/.test(this.blocks[next].analysis.text)) {
				return next;
			}
		}
		return index;
	}

	/** Matter ends the chapters open; a table of contents makes matter of what follows it, up to the book. */
	addMatter(index: number): void {
		const { blocks, afterLastBlock } = this;
		if (blocks[index].analysis.heading?.kind === 'contents') {
			// It runs until a chapter that has prose under it, or to the end (a contents page at the back).
			const next = firstRealChapter(blocks, index + 1, afterLastBlock, this.known.shape);
			this.matterUntil = Math.max(this.matterUntil, next >= 0 ? next : afterLastBlock);
			this.readAhead = Math.max(this.readAhead, readUpTo(next, afterLastBlock));
		}
		this.closeChapters(0, this.lastStoryEnd);
		this.matter.addBlocks(index, index + 1);
	}

	/** A scene break starts the next scene with the title it gives, if any; its line counts to the story. */
	breakScene(index: number): void {
		const block = this.blocks[index];
		const { heading } = block.analysis;
		this.pendingSceneTitle = heading?.kind === 'sceneBreak' ? heading.title : undefined;
		this.countStory(block);
	}

	/** Notes where the walk stands at the heading `index`, before taking it, for the walk after the next edit. */
	saveCheckpoint(index: number): void {
		this.checkpoints.push(this.here(index));
	}

	/** Where the walk stands at the heading `index`. */
	private here(index: number): Checkpoint {
		const { chapters, openChapters, matter } = this;
		return {
			index,
			readUpTo: this.readAhead,
			chapters: chapters.length,
			openChapters: openChapters.slice(),
			open: openChapters.map(open => ({ ...chapters[open] })),
			scenes: this.scenes.length,
			matterRanges: matter.ranges.length,
			matterLast: matter.last,
			matterUntil: this.matterUntil,
			words: this.words,
			bodyStart: this.bodyStart,
			lastStoryEnd: this.lastStoryEnd,
			previousChapter: this.previousChapter,
			dialogue: this.dialogue.checkpoint(),
		};
	}

	/**
	 * Opens `chapter` at the heading `index`, closing those at its level or below; a subtitle on the next
	 * line joins its title. Returns the heading's last block.
	 */
	openChapter(index: number, chapter: ResolvedChapter): number {
		const { blocks, chapters } = this;
		const block = blocks[index];
		this.closeChapters(chapter.level, this.lastStoryEnd);
		this.openChapters.push(chapters.length);
		const subtitle = blocks[index + 1] && index + 1 < this.afterLastBlock ? subtitleOf(blocks[index + 1]) : undefined;
		const headingEnd = subtitle ? blocks[index + 1].end : block.end;
		chapters.push({
			title: subtitle ? `${chapter.title.replace(/[.:]$/, '')} — ${subtitle}` : chapter.title,
			level: chapter.level,
			start: block.start,
			end: headingEnd,
			headingRange: { start: block.start, end: headingEnd },
			words: 0,
		});
		this.countStory(block);
		if (subtitle) {
			this.countStory(blocks[++index]);
		}
		this.previousChapter = chapter;
		this.sceneNumber = 0;
		this.pendingSceneTitle = undefined;
		return index;
	}

	/** Adds the prose paragraph `index` to the scene, opening one if a heading or break closed the last. */
	addToScene(index: number): void {
		const block = this.blocks[index];
		if (!this.scene) {
			this.sceneNumber++;
			const { openChapters } = this;
			const chapterIndex = openChapters.length > 0 ? openChapters[openChapters.length - 1] : -1;
			this.scene = new SceneInProgress(this.pendingSceneTitle ?? `Scene ${this.sceneNumber}`, chapterIndex, block);
			this.pendingSceneTitle = undefined;
		}
		this.scene.add(block);
		this.dialogue.addParagraph(index);
		this.countStory(block);
	}

	/** Matter, a chapter heading and a scene break each end the scene, once its dialogue is read. */
	closeScene(): void {
		if (this.scene) {
			this.scenes.push(this.scene.close());
			this.scene = undefined;
		}
	}

	/** The walk reached the book's end without taking the rest: what is open closes there, and what follows is matter. */
	closeAtEnd(): void {
		this.closeScene();
		this.closeChapters(0, this.lastStoryEnd);
		this.matter.addBlocks(this.afterLastBlock, this.blocks.length);
	}

	/**
	 * Ends the walk with the rest of the last walk, moved along, when it stands at the heading `index` as the last
	 * walk stood there: with as many chapters, scenes and matter ranges, the same chapters open, the same
	 * heading before, and the dialogue pass where it was. True when it did.
	 */
	takeRest(index: number): boolean {
		const { lastWalk: walk, resume } = this;
		if (!walk || !resume) {
			return false;
		}
		const at = movedCheckpoint(resume, walk, this.known, this.blocks.length, index);
		if (at < 0 || !this.standsAt(walk.checkpoints[at])) {
			return false;
		}
		const checkpoint = walk.checkpoints[at];
		// Before the dialogue pass takes its own rest.
		const here = this.here(index);
		const shift = this.blocks.length - resume.blocks.length;
		if (!this.dialogue.takeRest(checkpoint.dialogue, walk.turnSpans, shift, resume.moved)) {
			return false;
		}
		this.checkpoints.push(...checkpointsMovedOn(walk, at, here, shift, resume.moved));
		this.takeStructureFrom(walk, checkpoint, resume.moved);
		return true;
	}

	/** Whether the walk stands where the last walk stood at `checkpoint`, as far as chapters, scenes and matter go. */
	private standsAt(checkpoint: Checkpoint): boolean {
		const { chapters, openChapters, scenes, matter } = this;
		return (
			chapters.length === checkpoint.chapters &&
			scenes.length === checkpoint.scenes &&
			matter.ranges.length === checkpoint.matterRanges &&
			this.bodyStart >= 0 &&
			checkpoint.bodyStart >= 0 &&
			sameResolved(this.previousChapter, checkpoint.previousChapter) &&
			openChapters.length === checkpoint.openChapters.length &&
			!openChapters.some((chapter, open) => chapter !== checkpoint.openChapters[open] || chapters[chapter].level !== checkpoint.open[open].level)
		);
	}

	/** The last walk's chapters, scenes and matter after `checkpoint`, moved `moved` characters along, and its words. */
	private takeStructureFrom(walk: Walk, checkpoint: Checkpoint, moved: number): void {
		const { chapters, openChapters, scenes, matter } = this;
		const addedWords = this.words - checkpoint.words;
		// The chapters open here close later on, or here, at the end of the last story paragraph before the heading.
		openChapters.forEach((chapter, open) => {
			const { end } = walk.chapters[chapter];
			chapters[chapter].end = end === checkpoint.lastStoryEnd ? this.lastStoryEnd : end + moved;
			chapters[chapter].words += walk.chapters[chapter].words - checkpoint.open[open].words;
		});
		for (let chapter = checkpoint.chapters; chapter < walk.chapters.length; chapter++) {
			chapters.push(movedChapter(walk.chapters[chapter], moved));
		}
		for (let scene = checkpoint.scenes; scene < walk.scenes.length; scene++) {
			scenes.push(movedScene(walk.scenes[scene], moved));
		}
		for (let range = checkpoint.matterRanges; range < walk.matter.length; range++) {
			matter.ranges.push({ start: walk.matter[range].start + moved, end: walk.matter[range].end + moved });
		}
		this.words = walk.words + addedWords;
		this.lastStoryEnd = walk.lastStoryEnd + moved;
	}

	/** The story's model, with the dialogue the walk gathered; the walk is kept with its blocks for the walk after the next edit. */
	finish(spans: DialogueSpan[], turnTaking: TurnTaking, stretches: DialogueStretches): StoryModel {
		const { options, length, blocks, dialogueStyle, quoteMarks } = this.input;
		const { words, bodyStart, lastStoryEnd, matter, chapters, scenes } = this;
		const body = bodyStart < 0 ? { start: lastStoryEnd, end: lastStoryEnd } : { start: bodyStart, end: lastStoryEnd };
		walks.set(blocks, {
			survey: this.known,
			indentedIsQuotation: this.indentedIsQuotation,
			checkpoints: this.checkpoints,
			chapters,
			scenes,
			matter: matter.ranges,
			turnSpans: this.dialogue.spansByTurn,
			words,
			lastStoryEnd,
		});
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

	/** A heading at `level` closes the chapters open at that level or below, at the end of the story before it. */
	private closeChapters(level: number, end: number): void {
		const { chapters, openChapters } = this;
		while (openChapters.length > 0 && chapters[openChapters[openChapters.length - 1]].level >= level) {
			chapters[openChapters.pop()!].end = end;
		}
	}

	/** A block of the story, not matter: its words count to the book and to each chapter open. */
	private countStory(block: Block): void {
		this.words += block.analysis.words;
		for (const chapterIndex of this.openChapters) {
			this.chapters[chapterIndex].words += block.analysis.words;
		}
		if (this.bodyStart < 0) {
			this.bodyStart = block.start;
		}
		this.lastStoryEnd = block.end;
	}
}

type MutableChapter = { -readonly [K in keyof Chapter]: Chapter[K] };
