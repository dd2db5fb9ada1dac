// The story's shape as an outline: books ▸ chapters ▸ scenes, each with its word count, as offsets.
// outline/documentSymbols.ts hands it to Outline, breadcrumbs and Go to Symbol (Ctrl+Shift+O).

import { Chapter, Scene, StoryModel, TextRange } from '../../core';
import { StoryLines } from '../util/storyLines';

export interface OutlineSymbol {
	readonly name: string;
	/** The word count, as the writer reads it. */
	readonly detail: string;
	/** A book or part (a level-1 heading), a chapter, or a scene. */
	readonly kind: 'part' | 'chapter' | 'scene';
	readonly range: TextRange;
	/** What the editor selects on a jump: a chapter's heading, a scene's first line. */
	readonly selectionRange: TextRange;
	readonly children: OutlineSymbol[];
}

export function outlineSymbols(model: StoryModel, lines: StoryLines, formatWords: (count: number) => string): OutlineSymbol[] {
	const roots: OutlineSymbol[] = [];
	const chapterSymbols = model.chapters.map(chapter => chapterSymbol(chapter, formatWords));
	const open: { chapter: Chapter; symbol: OutlineSymbol }[] = [];
	model.chapters.forEach((chapter, index) => {
		// A chapter sits inside the last part that has not ended before it.
		while (open.length > 0 && open[open.length - 1].chapter.end < chapter.start) {
			open.pop();
		}
		const parent = open[open.length - 1];
		(parent ? parent.symbol.children : roots).push(chapterSymbols[index]);
		open.push({ chapter, symbol: chapterSymbols[index] });
	});
	for (const scene of model.scenes) {
		const symbol = sceneSymbol(scene, lines, formatWords);
		(scene.chapterIndex >= 0 ? chapterSymbols[scene.chapterIndex].children : roots).push(symbol);
	}
	for (const symbol of chapterSymbols) {
		symbol.children.sort((a, b) => a.range.start - b.range.start);
	}
	roots.sort((a, b) => a.range.start - b.range.start);
	return roots;
}

function chapterSymbol(chapter: Chapter, formatWords: (count: number) => string): OutlineSymbol {
	return {
		name: chapter.title,
		detail: formatWords(chapter.words),
		kind: chapter.level === 1 ? 'part' : 'chapter',
		range: { start: chapter.start, end: chapter.end },
		selectionRange: { start: chapter.headingRange.start, end: chapter.headingRange.end },
		children: [],
	};
}

function sceneSymbol(scene: Scene, lines: StoryLines, formatWords: (count: number) => string): OutlineSymbol {
	const firstLine = lines.lineRange(lines.lineOf(scene.start));
	const start = Math.max(firstLine.start, scene.start);
	const end = Math.min(firstLine.end, scene.end);
	return {
		name: scene.title,
		detail: formatWords(scene.words),
		kind: 'scene',
		range: { start: scene.start, end: scene.end },
		selectionRange: start <= end ? { start, end } : { start: scene.start, end: scene.end },
		children: [],
	};
}
