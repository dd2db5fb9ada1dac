// Answers "where am I in the story?" from the model alone: the scene holding an offset, and the words in
// a stretch of text. Both run on every keystroke and cursor move, so they search the model's sorted
// scenes and paragraphs and only ever read the one or two paragraphs a range cuts through.

import { Block } from '../assembly/types';
import { StoryModel } from '../model';
import { indexAtOrBefore } from '../text/range';
import { TextRange } from '../text/types';
import { countWords } from '../text/words';

/**
 * Index into `model.scenes` of the scene the offset belongs to, or -1 outside every scene. The blank lines
 * and scene break after a scene still belong to it: a writer whose cursor sits below the last paragraph
 * is still "in" that scene.
 */
export function sceneIndexAt(model: StoryModel, offset: number): number {
	const index = indexAtOrBefore(model.scenes, offset);
	if (index < 0) {
		return -1;
	}
	// A chapter heading after the scene's start closes it: the heading belongs to no scene.
	const chapter = indexAtOrBefore(model.chapters, offset);
	const afterHeading = chapter >= 0 && model.chapters[chapter].start > model.scenes[index].start;
	// Matter after the story's end (a licence) belongs to no scene either; blank lines after it do.
	const matter = indexAtOrBefore(model.matter, offset);
	const inBackMatter = offset > model.body.end && matter >= 0 && model.matter[matter].start >= model.body.end;
	const inScene = !afterHeading && !inBackMatter;
	return inScene ? index : -1;
}

/**
 * Words in `range`, counted by the same rules as the whole document: only the story counts (not a Gutenberg
 * licence, front matter, a title page, a table of contents or an illustration's caption), and a word cut by
 * the range counts once.
 */
export function wordsInRange(model: StoryModel, range: TextRange): number {
	const start = Math.max(model.body.start, Math.min(range.start, range.end));
	const end = Math.min(model.body.end, Math.max(range.start, range.end));
	if (end <= start) {
		return 0;
	}
	const { blocks, matter } = model;
	let nextMatter = Math.max(0, indexAtOrBefore(matter, start));
	let words = 0;
	let inCaption = false;
	for (let index = Math.max(0, indexAtOrBefore(blocks, start)); index < blocks.length && blocks[index].start < end; index++) {
		const block = blocks[index];
		while (nextMatter < matter.length && matter[nextMatter].end <= block.start) {
			nextMatter++;
		}
		const isMatter = nextMatter < matter.length && matter[nextMatter].start <= block.start;
		// An illustration's caption, over as many paragraphs as it takes to close its bracket, is the
		// edition's, not the author's: the document count leaves it out too.
		const heading = block.analysis.heading;
		const isCaption = inCaption || heading?.kind === 'illustration';
		inCaption = heading?.kind === 'illustration' ? !heading.closed : inCaption && !/\]\s*$/.test(block.analysis.text);
		if (block.end <= start || isMatter || isCaption) {
			continue;
		}
		words += start <= block.start && block.end <= end ? block.analysis.words : wordsInPart(block, start, end);
	}
	return words;
}

/** Words of the part of `block` inside `[start, end)`, read from the paragraph text the analysis keeps. */
function wordsInPart(block: Block, start: number, end: number): number {
	return countWords(block.analysis.text, Math.max(0, start - block.start), Math.min(block.end, end) - block.start);
}
