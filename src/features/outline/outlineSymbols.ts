// The story's shape as an outline: books ▸ chapters ▸ scenes, each with its word count, as offsets. A
// chapter told in one untitled scene shows no scene under it. outline/documentSymbols.ts hands the outline
// to Outline, breadcrumbs and Go to Symbol (Ctrl+Shift+O).

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
	const scenesIn = model.chapters.map(() => 0);
	for (const scene of model.scenes) {
		if (scene.chapterIndex >= 0) {
			scenesIn[scene.chapterIndex]++;
		}
	}
	const chaptersIn = model.chapters.map(() => 0);
	const parents: number[] = [];
	const open: number[] = [];
	model.chapters.forEach((chapter, index) => {
		// A chapter sits inside the last part that has not ended before it.
		while (open.length > 0 && model.chapters[open[open.length - 1]].end < chapter.start) {
			open.pop();
		}
		const parent = open.length > 0 ? open[open.length - 1] : -1;
		parents.push(parent);
		if (parent >= 0) {
			chaptersIn[parent]++;
		}
		open.push(index);
	});
	const chapterSymbols = model.chapters.map((chapter, index) => chapterSymbol(chapter, scenesIn[index], chaptersIn[index], formatWords));
	chapterSymbols.forEach((symbol, index) => (parents[index] >= 0 ? chapterSymbols[parents[index]].children : roots).push(symbol));
	for (const scene of model.scenes) {
		// A chapter's only scene, untitled, is the chapter itself: listing it would only repeat the chapter.
		if (scene.chapterIndex >= 0 && scenesIn[scene.chapterIndex] === 1 && isUntitled(scene)) {
			continue;
		}
		const symbol = sceneSymbol(scene, lines, formatWords);
		(scene.chapterIndex >= 0 ? chapterSymbols[scene.chapterIndex].children : roots).push(symbol);
	}
	for (const symbol of chapterSymbols) {
		symbol.children.sort((a, b) => a.range.start - b.range.start);
	}
	roots.sort((a, b) => a.range.start - b.range.start);
	return roots;
}

/** A part or chapter's detail says what it holds, in a writer's words: `63 words · 2 chapters`, `40 words · 3 scenes`. */
function chapterSymbol(chapter: Chapter, scenes: number, chapters: number, formatWords: (count: number) => string): OutlineSymbol {
	const holds = chapters > 0 ? counted(chapters, 'chapter') : scenes > 1 ? counted(scenes, 'scene') : undefined;
	return {
		name: chapter.title,
		detail: [formatWords(chapter.words), holds].filter(Boolean).join(' · '),
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

/** A scene the prose gives no title: the core calls the first of a chapter `Scene 1`. */
function isUntitled(scene: Scene): boolean {
	return scene.title === 'Scene 1';
}

function counted(count: number, noun: string): string | undefined {
	return count > 0 ? `${count} ${noun}${count === 1 ? '' : 's'}` : undefined;
}
