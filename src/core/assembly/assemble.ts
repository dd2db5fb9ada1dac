// Assembles paragraph analyses into the story's shape: its chapters and scenes with their counts, the
// matter around the book, and its dialogue. Runs on every edit, so it walks the paragraph list once; which
// text is matter is bookMatter's to say, which heading opens a chapter chapterHeadings', and the dialogue
// is gathered by dialogueAssembly as the walk hands it each paragraph.

import { DialogueStyle } from '../dialogue/types';
import { QuoteMarkCounts } from '../dialogue/types';
import { Block } from './types';
import { Chapter, Scene, StoryModel } from '../model';
import { AnalysisOptions } from './types';
import { guessPointOfView } from '../structure/pointOfView';
import { NEVER_YIELD, ITEMS_PER_CHECK, runSteps } from '../text/steps';
import { ShouldYield, Steps } from '../text/types';
import { chapterAt, ResolvedChapter, subtitleOf } from './chapterHeadings';
import { firstRealChapter, leadingCredits, MatterRanges, readUpTo, survey, Survey } from './bookMatter';
import { DialogueAssembly, DialogueCheckpoint, PreviousDialogue } from './dialogueAssembly';
import { TextRange } from '../text/types';

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
	 * The last pass's blocks, whose first `unchangedBefore` are these blocks' very own: the walk is taken up
	 * where the last pass stood at a chapter heading among them. `previous` must be that pass's dialogue.
	 */
	readonly resume?: { readonly blocks: readonly Block[]; readonly unchangedBefore: number };
}

/** Where the walk stood at a chapter heading, before taking it: all the walk needs to go on from there. */
interface Checkpoint {
	readonly index: number;
	/** The blocks the walk's looks ahead have read, up to here: they too must be unchanged to take the walk up here. */
	readonly readUpTo: number;
	readonly chapters: number;
	readonly openChapters: readonly number[];
	/** The open chapters as they stood: the walk goes on adding to them. */
	readonly open: readonly Chapter[];
	readonly scenes: number;
	readonly matterRanges: number;
	readonly matterLast: number;
	readonly matterUntil: number;
	readonly words: number;
	readonly bodyStart: number;
	readonly lastStoryEnd: number;
	readonly previousChapter: ResolvedChapter | undefined;
	readonly dialogue: DialogueCheckpoint;
}

/** A whole walk's checkpoints and what it made, kept with its blocks for the walk after the next edit. */
interface Walk {
	readonly survey: Survey;
	readonly indentedIsQuotation: boolean;
	readonly checkpoints: readonly Checkpoint[];
	readonly chapters: readonly Chapter[];
	readonly scenes: readonly Scene[];
	readonly matter: readonly TextRange[];
	readonly turnSpans: readonly number[];
}

const walks = new WeakMap<readonly Block[], Walk>();

/** The last checkpoint of the last walk that this walk may start from: the blocks up to it, and all they led the walk to read, unchanged. */
function resumable(input: AssemblyInput, known: Survey, indentedIsQuotation: boolean): { walk: Walk; at: number } | undefined {
	const { resume, previous } = input;
	const walk = resume && previous ? walks.get(resume.blocks) : undefined;
	if (!walk || walk.indentedIsQuotation !== indentedIsQuotation) {
		return undefined;
	}
	const unchanged = resume!.unchangedBefore;
	const [before, now] = [walk.survey, known];
	const fencesHold =
		before.fences.firstBlock === now.fences.firstBlock &&
		before.fences.gutenberg === now.fences.gutenberg &&
		(before.fences.afterLastBlock === now.fences.afterLastBlock || (before.fences.afterLastBlock >= unchanged && now.fences.afterLastBlock >= unchanged));
	if (!fencesHold || before.shape.flushHeadings !== now.shape.flushHeadings || before.shape.hasBooks !== now.shape.hasBooks) {
		return undefined;
	}
	let at = walk.checkpoints.length - 1;
	while (at >= 0 && Math.max(walk.checkpoints[at].index + MAX_CAPTION_BLOCKS, walk.checkpoints[at].readUpTo) >= unchanged) {
		at--;
	}
	return at >= 0 ? { walk, at } : undefined;
}

/** The story's shape from its paragraphs, in one go. */
export function assembleStory(input: AssemblyInput): StoryModel {
	return runSteps(assemblySteps(input, NEVER_YIELD));
}

/** assembleStory a slice at a time, yielding whenever `shouldYield` says stop: for a big file read in the background. */
export function* assemblySteps(input: AssemblyInput, shouldYield: ShouldYield): Steps<StoryModel> {
	const { length, blocks, options, dialogueStyle, quoteMarks, previous } = input;
	const known = survey(blocks);
	const { fences, shape } = known;
	const chapters: MutableChapter[] = [];
	const scenes: Scene[] = [];
	// Where indented paragraphs are few, they are quotations set off from the text, not speech.
	const indentedIsQuotation = quoteMarks.indentedParagraphs * 4 < blocks.length;
	const dialogue = new DialogueAssembly(indentedIsQuotation, blocks, previous, shouldYield);
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
	let readAhead = 0;
	const checkpoints: Checkpoint[] = [];

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

	let from = fences.firstBlock;
	let matterUntil = fences.firstBlock;
	const taken = resumable(input, known, indentedIsQuotation);
	if (taken) {
		// The blocks before the checkpoint are the last walk's: it goes on from where that walk stood.
		const { walk, at } = taken;
		const checkpoint = walk.checkpoints[at];
		checkpoints.push(...walk.checkpoints.slice(0, at));
		for (let index = 0; index < checkpoint.chapters; index++) {
			chapters.push(walk.chapters[index]);
		}
		checkpoint.openChapters.forEach((chapter, open) => (chapters[chapter] = { ...checkpoint.open[open] }));
		openChapters.push(...checkpoint.openChapters);
		for (let index = 0; index < checkpoint.scenes; index++) {
			scenes.push(walk.scenes[index]);
		}
		matter.resume(walk.matter, checkpoint.matterRanges, checkpoint.matterLast);
		dialogue.resume(checkpoint.dialogue, walk.turnSpans);
		({ matterUntil, words, bodyStart, lastStoryEnd, previousChapter } = checkpoint);
		readAhead = checkpoint.readUpTo;
		from = checkpoint.index;
	} else {
		matter.addBlocks(0, fences.firstBlock);
		// After Gutenberg's START come the edition's credits, title page and contents: the book opens at its first real heading.
		if (fences.gutenberg) {
			const first = firstRealChapter(blocks, fences.firstBlock, fences.afterLastBlock, shape);
			matterUntil = first >= 0 ? first : leadingCredits(blocks, fences.firstBlock, fences.afterLastBlock);
			readAhead = first >= 0 ? readUpTo(first, fences.afterLastBlock) : matterUntil + 1;
		}
	}

	for (let index = from; index < fences.afterLastBlock; index++) {
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
				readAhead = Math.max(readAhead, readUpTo(next, fences.afterLastBlock));
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
			checkpoints.push({
				index,
				readUpTo: readAhead,
				chapters: chapters.length,
				openChapters: openChapters.slice(),
				open: openChapters.map(open => ({ ...chapters[open] })),
				scenes: scenes.length,
				matterRanges: matter.ranges.length,
				matterLast: matter.last,
				matterUntil,
				words,
				bodyStart,
				lastStoryEnd,
				previousChapter,
				dialogue: dialogue.checkpoint(),
			});
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
	walks.set(blocks, { survey: known, indentedIsQuotation, checkpoints, chapters, scenes, matter: matter.ranges, turnSpans: dialogue.spansByTurn });
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

/** How many blocks an illustration's caption may run over. */
const MAX_CAPTION_BLOCKS = 6;

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
