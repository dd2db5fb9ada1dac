// Where the walk over the paragraphs stood at each chapter heading, kept with its blocks for the walk after
// the next edit: that walk is taken up at the last heading well before the edit, and where, past the edit,
// it stands at a heading as the last walk stood there, the rest is the last walk's, moved along.

import { Block } from './types';
import { Chapter, Scene } from '../model';
import { TextRange } from '../text/types';
import { ResolvedChapter } from './chapterHeadings';
import { Survey } from './bookMatter';
import { DialogueCheckpoint, Resume } from './types';

/** How many blocks an illustration's caption may run over. */
export const MAX_CAPTION_BLOCKS = 6;

/** Where the walk stood at a chapter heading, before taking it: all the walk needs to go on from there. */
export interface Checkpoint {
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
export interface Walk {
	readonly survey: Survey;
	readonly indentedIsQuotation: boolean;
	readonly checkpoints: readonly Checkpoint[];
	readonly chapters: readonly Chapter[];
	readonly scenes: readonly Scene[];
	readonly matter: readonly TextRange[];
	readonly turnSpans: readonly number[];
	readonly words: number;
	readonly lastStoryEnd: number;
}

export const walks = new WeakMap<readonly Block[], Walk>();

/** The last checkpoint of the last walk that this walk may start from: the blocks up to it, and all they led the walk to read, unchanged. */
export function resumable(resume: Resume, walk: Walk, known: Survey): number {
	const unchanged = resume.unchangedBefore;
	const [before, now] = [walk.survey, known];
	const fencesHold =
		before.fences.firstBlock === now.fences.firstBlock &&
		before.fences.gutenberg === now.fences.gutenberg &&
		(before.fences.afterLastBlock === now.fences.afterLastBlock || (before.fences.afterLastBlock >= unchanged && now.fences.afterLastBlock >= unchanged));
	if (!fencesHold || !sameShape(before, now)) {
		return -1;
	}
	let at = walk.checkpoints.length - 1;
	while (at >= 0 && Math.max(walk.checkpoints[at].index + MAX_CAPTION_BLOCKS, walk.checkpoints[at].readUpTo) >= unchanged) {
		at--;
	}
	return at;
}

function sameShape(before: Survey, now: Survey): boolean {
	return before.shape.flushHeadings === now.shape.flushHeadings && before.shape.hasBooks === now.shape.hasBooks;
}

/**
 * The last walk's checkpoint at the heading that block `index` is, moved there, when the walk may end by
 * taking the rest from the last walk: the blocks from there on are the last walk's, moved along, and so are
 * the fences around them. -1 otherwise.
 */
export function movedCheckpoint(resume: Resume, walk: Walk, known: Survey, blockCount: number, index: number): number {
	const shift = blockCount - resume.blocks.length;
	const [before, now] = [walk.survey, known];
	if (index < resume.movedFrom || !sameShape(before, now) || before.fences.gutenberg !== now.fences.gutenberg) {
		return -1;
	}
	const end = before.fences.afterLastBlock === resume.blocks.length ? blockCount : before.fences.afterLastBlock + shift;
	if (end !== now.fences.afterLastBlock) {
		return -1;
	}
	const { checkpoints } = walk;
	let low = 0;
	let high = checkpoints.length - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		const at = checkpoints[middle].index + shift;
		if (at < index) {
			low = middle + 1;
		} else if (at > index) {
			high = middle - 1;
		} else {
			return middle;
		}
	}
	return -1;
}

/** The same chapter heading read the same way: what decides whether the next `XXX` is a chapter. */
export function sameResolved(a: ResolvedChapter | undefined, b: ResolvedChapter | undefined): boolean {
	return a === b || (a !== undefined && b !== undefined && a.title === b.title && a.level === b.level && a.numeral === b.numeral);
}

export function movedChapter(chapter: Chapter, moved: number): Chapter {
	const { title, level, start, end, headingRange, words } = chapter;
	return { title, level, start: start + moved, end: end + moved, headingRange: { start: headingRange.start + moved, end: headingRange.end + moved }, words };
}

export function movedScene(scene: Scene, moved: number): Scene {
	const { title, chapterIndex, start, end, words, dialogueWords, firstLine, characters, pointOfView, narrationWords, firstPersonWords } = scene;
	return {
		title,
		chapterIndex,
		start: start + moved,
		end: end + moved,
		words,
		dialogueWords,
		firstLine,
		characters,
		pointOfView,
		narrationWords,
		firstPersonWords,
	};
}

/**
 * The last walk's checkpoints from `at` on, moved along for the walk after the next edit: `shift` blocks and
 * `moved` characters later, with the words and dialogue the walk standing `here` (at the heading of checkpoint
 * `at`) added before them, and the chapters open there as they stand now.
 */
export function checkpointsMovedOn(walk: Walk, at: number, here: Checkpoint, shift: number, moved: number): Checkpoint[] {
	const checkpoint = walk.checkpoints[at];
	const addedWords = here.words - checkpoint.words;
	const addedStretches = here.dialogue.stretches - checkpoint.dialogue.stretches;
	const addedSpans = here.dialogue.spans - checkpoint.dialogue.spans;
	const checkpoints: Checkpoint[] = [];
	for (let later = at; later < walk.checkpoints.length; later++) {
		const ahead = walk.checkpoints[later];
		checkpoints.push({
			index: ahead.index + shift,
			readUpTo: Math.max(here.readUpTo, ahead.readUpTo + shift),
			chapters: ahead.chapters,
			openChapters: ahead.openChapters,
			open: ahead.open.map((chapter, open) => {
				const before = ahead.openChapters[open] < checkpoint.chapters ? here.openChapters.indexOf(ahead.openChapters[open]) : -1;
				return before >= 0
					? { ...here.open[before], words: chapter.words + here.open[before].words - checkpoint.open[before].words }
					: movedChapter(chapter, moved);
			}),
			scenes: ahead.scenes,
			matterRanges: ahead.matterRanges,
			matterLast: ahead.matterLast >= checkpoint.index ? ahead.matterLast + shift : here.matterLast,
			matterUntil: ahead.matterUntil > checkpoint.index ? ahead.matterUntil + shift : here.matterUntil,
			words: ahead.words + addedWords,
			bodyStart: here.bodyStart,
			lastStoryEnd: later === at ? here.lastStoryEnd : ahead.lastStoryEnd + moved,
			previousChapter: later === at ? here.previousChapter : ahead.previousChapter,
			dialogue: { ...ahead.dialogue, stretches: ahead.dialogue.stretches + addedStretches, spans: ahead.dialogue.spans + addedSpans },
		});
	}
	return checkpoints;
}
