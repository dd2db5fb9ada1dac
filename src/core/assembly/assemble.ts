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
import { firstRealChapter, leadingCredits, MatterRanges, readUpTo, survey } from './bookMatter';
import { DialogueAssembly } from './dialogueAssembly';
import { PreviousDialogue } from './types';
import { Checkpoint, MAX_CAPTION_BLOCKS, movedChapter, movedCheckpoint, movedScene, Resume, resumable, sameResolved, walks } from './walkCheckpoints';

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
	 * The last pass's blocks and how these relate to them: the walk is taken up where the last pass stood at a
	 * chapter heading before the edit, and ends with the last pass's rest where it stands as the last pass
	 * stood at one after. `previous` must be that pass's dialogue.
	 */
	readonly resume?: Resume;
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
	const { resume } = input;
	const saved = resume && previous ? walks.get(resume.blocks) : undefined;
	const last = saved && saved.indentedIsQuotation === indentedIsQuotation ? saved : undefined;
	const resumeAt = last ? resumable(resume!, last, known) : -1;
	if (resumeAt >= 0) {
		// The blocks before the checkpoint are the last walk's: it goes on from where that walk stood.
		const walk = last!;
		const checkpoint = walk.checkpoints[resumeAt];
		checkpoints.push(...walk.checkpoints.slice(0, resumeAt));
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

	/**
	 * Ends the walk with the rest of the last walk, moved along, when it stands at the heading `index` as the last
	 * walk stood there: with as many chapters, scenes and matter ranges, the same chapters open, the same
	 * heading before, and the dialogue pass where it was. True when it did.
	 */
	const takeRest = (index: number): boolean => {
		const at = last ? movedCheckpoint(resume!, last, known, blocks.length, index) : -1;
		if (at < 0) {
			return false;
		}
		const walk = last!;
		const checkpoint = walk.checkpoints[at];
		if (
			chapters.length !== checkpoint.chapters ||
			scenes.length !== checkpoint.scenes ||
			matter.ranges.length !== checkpoint.matterRanges ||
			bodyStart < 0 ||
			checkpoint.bodyStart < 0 ||
			!sameResolved(previousChapter, checkpoint.previousChapter) ||
			openChapters.length !== checkpoint.openChapters.length ||
			openChapters.some((chapter, open) => chapter !== checkpoint.openChapters[open] || chapters[chapter].level !== checkpoint.open[open].level)
		) {
			return false;
		}
		const now = dialogue.checkpoint();
		const shift = blocks.length - resume!.blocks.length;
		const { moved } = resume!;
		if (!dialogue.takeRest(checkpoint.dialogue, walk.turnSpans, shift, moved)) {
			return false;
		}
		const addedWords = words - checkpoint.words;
		const addedStretches = now.stretches - checkpoint.dialogue.stretches;
		const addedSpans = now.spans - checkpoint.dialogue.spans;
		const openNow = openChapters.map(chapter => ({ ...chapters[chapter] }));
		for (let later = at; later < walk.checkpoints.length; later++) {
			const ahead = walk.checkpoints[later];
			checkpoints.push({
				index: ahead.index + shift,
				readUpTo: Math.max(readAhead, ahead.readUpTo + shift),
				chapters: ahead.chapters,
				openChapters: ahead.openChapters,
				open: ahead.open.map((chapter, open) => {
					const before = ahead.openChapters[open] < checkpoint.chapters ? openChapters.indexOf(ahead.openChapters[open]) : -1;
					return before >= 0
						? { ...openNow[before], words: chapter.words + openNow[before].words - checkpoint.open[before].words }
						: movedChapter(chapter, moved);
				}),
				scenes: ahead.scenes,
				matterRanges: ahead.matterRanges,
				matterLast: ahead.matterLast >= checkpoint.index ? ahead.matterLast + shift : matter.last,
				matterUntil: ahead.matterUntil > checkpoint.index ? ahead.matterUntil + shift : matterUntil,
				words: ahead.words + addedWords,
				bodyStart,
				lastStoryEnd: later === at ? lastStoryEnd : ahead.lastStoryEnd + moved,
				previousChapter: later === at ? previousChapter : ahead.previousChapter,
				dialogue: { ...ahead.dialogue, stretches: ahead.dialogue.stretches + addedStretches, spans: ahead.dialogue.spans + addedSpans },
			});
		}
		// The chapters open here close later on, or here, at the end of the last story paragraph before the heading.
		openChapters.forEach((chapter, open) => {
			const { end } = walk.chapters[chapter];
			chapters[chapter].end = end === checkpoint.lastStoryEnd ? lastStoryEnd : end + moved;
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
		words = walk.words + addedWords;
		lastStoryEnd = walk.lastStoryEnd + moved;
		return true;
	};

	let tookRest = false;
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
			if (takeRest(index)) {
				tookRest = true;
				break;
			}
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
	if (!tookRest) {
		closeScene();
		closeChapters(0, lastStoryEnd);
		matter.addBlocks(fences.afterLastBlock, blocks.length);
	}

	const body = bodyStart < 0 ? { start: lastStoryEnd, end: lastStoryEnd } : { start: bodyStart, end: lastStoryEnd };
	const { spans, turnTaking, stretches } = yield* dialogue.finish();
	walks.set(blocks, {
		survey: known,
		indentedIsQuotation,
		checkpoints,
		chapters,
		scenes,
		matter: matter.ranges,
		turnSpans: dialogue.spansByTurn,
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

type MutableChapter = { -readonly [K in keyof Chapter]: Chapter[K] };
type SceneInProgress = { -readonly [K in keyof Omit<Scene, 'firstLine' | 'characters' | 'pointOfView'>]: Scene[K] };

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
