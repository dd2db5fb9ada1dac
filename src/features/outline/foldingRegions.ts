// What folds in a story, as line numbers: a book or part, a chapter, a scene, and the edition's matter
// (a Gutenberg licence, a contents page) as a block of its own. outline/foldingRanges.ts hands them to VS Code.

import { StoryModel } from '../../core';
import { StoryLines } from '../util/storyLines';

export interface FoldingRegion {
	readonly startLine: number;
	readonly endLine: number;
	/** `region` for the story's parts, `comment` for the matter around it. */
	readonly kind: 'region' | 'comment';
}

export function foldingRegions(model: StoryModel, lines: StoryLines): FoldingRegion[] {
	const regions: FoldingRegion[] = [];
	const add = (start: number, end: number, kind: FoldingRegion['kind']) => {
		const startLine = lines.lineOf(start);
		const endLine = lines.lineOf(end);
		// A range on one line has nothing to fold.
		if (endLine > startLine) {
			regions.push({ startLine, endLine, kind });
		}
	};
	for (const chapter of model.chapters) {
		add(chapter.start, chapter.end, 'region');
	}
	for (const scene of model.scenes) {
		add(scene.start, scene.end, 'region');
	}
	for (const matter of model.matter) {
		// The range ends on the line after the matter's last line break: fold only to its last text.
		add(matter.start, Math.max(matter.start, matter.end - 1), 'comment');
	}
	return regions;
}
