// Chapters and scenes as document symbols, so Outline, breadcrumbs and Go to Symbol (Ctrl+Shift+O)
// show the story's shape: books ▸ chapters ▸ scenes, each with its word count. A chapter told in one
// scene shows no scene under it.

import * as vscode from 'vscode';
import { Chapter, Scene, StoryModel } from '../../core';
import { StoryModelService } from '../services/modelService';
import { toRange } from '../util/positions';
import { formatWords } from '../statistics/wordFormat';

export function registerDocumentSymbols(models: StoryModelService, selector: vscode.DocumentSelector): vscode.Disposable {
	return vscode.languages.registerDocumentSymbolProvider(
		selector,
		{
			async provideDocumentSymbols(document) {
				const model = await models.whenReady(document);
				return model ? storySymbols(document, model) : [];
			},
		},
		{ label: 'Dramatis' },
	);
}

function storySymbols(document: vscode.TextDocument, model: StoryModel): vscode.DocumentSymbol[] {
	const roots: vscode.DocumentSymbol[] = [];
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
	const chapterSymbols = model.chapters.map((chapter, index) => chapterSymbol(document, chapter, scenesIn[index], chaptersIn[index]));
	chapterSymbols.forEach((symbol, index) => (parents[index] >= 0 ? chapterSymbols[parents[index]].children : roots).push(symbol));
	for (const scene of model.scenes) {
		// A chapter's only scene, untitled, is the chapter itself: listing it would only repeat the chapter.
		if (scene.chapterIndex >= 0 && scenesIn[scene.chapterIndex] === 1 && isUntitled(scene)) {
			continue;
		}
		const symbol = sceneSymbol(document, scene);
		(scene.chapterIndex >= 0 ? chapterSymbols[scene.chapterIndex].children : roots).push(symbol);
	}
	for (const symbol of chapterSymbols) {
		symbol.children.sort((a, b) => a.range.start.compareTo(b.range.start));
	}
	roots.sort((a, b) => a.range.start.compareTo(b.range.start));
	return roots;
}

/**
 * Parts and chapters are headings, as VS Code's own Markdown outline shows them (a String symbol), not
 * code's classes and namespaces; their detail says what they hold, in a writer's words.
 */
function chapterSymbol(document: vscode.TextDocument, chapter: Chapter, scenes: number, chapters: number): vscode.DocumentSymbol {
	const holds = chapters > 0 ? counted(chapters, 'chapter') : scenes > 1 ? counted(scenes, 'scene') : undefined;
	const detail = [formatWords(chapter.words), holds].filter(Boolean).join(' · ');
	return new vscode.DocumentSymbol(chapter.title, detail, vscode.SymbolKind.String, toRange(document, chapter), toRange(document, chapter.headingRange));
}

function sceneSymbol(document: vscode.TextDocument, scene: Scene): vscode.DocumentSymbol {
	const range = toRange(document, scene);
	const firstLine = document.lineAt(range.start.line).range;
	return new vscode.DocumentSymbol(scene.title, formatWords(scene.words), vscode.SymbolKind.Event, range, firstLine.intersection(range) ?? range);
}

/** A scene the prose gives no title: the core calls the first of a chapter `Scene 1`. */
function isUntitled(scene: Scene): boolean {
	return scene.title === 'Scene 1';
}

function counted(count: number, noun: string): string | undefined {
	return count > 0 ? `${count} ${noun}${count === 1 ? '' : 's'}` : undefined;
}
