// Chapters and scenes as document symbols, so Outline, breadcrumbs and Go to Symbol (Ctrl+Shift+O)
// show the story's shape: books ▸ chapters ▸ scenes, each with its word count.

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
	const chapterSymbols = model.chapters.map(chapter => chapterSymbol(document, chapter));
	const open: { chapter: Chapter; symbol: vscode.DocumentSymbol }[] = [];
	model.chapters.forEach((chapter, index) => {
		while (open.length > 0 && open[open.length - 1].chapter.end < chapter.start) {
			open.pop();
		}
		const parent = open[open.length - 1];
		(parent ? parent.symbol.children : roots).push(chapterSymbols[index]);
		open.push({ chapter, symbol: chapterSymbols[index] });
	});
	for (const scene of model.scenes) {
		const symbol = sceneSymbol(document, scene);
		(scene.chapterIndex >= 0 ? chapterSymbols[scene.chapterIndex].children : roots).push(symbol);
	}
	for (const symbol of chapterSymbols) {
		symbol.children.sort((a, b) => a.range.start.compareTo(b.range.start));
	}
	roots.sort((a, b) => a.range.start.compareTo(b.range.start));
	return roots;
}

function chapterSymbol(document: vscode.TextDocument, chapter: Chapter): vscode.DocumentSymbol {
	const kind = chapter.level === 1 ? vscode.SymbolKind.Namespace : vscode.SymbolKind.Class;
	return new vscode.DocumentSymbol(chapter.title, formatWords(chapter.words), kind, toRange(document, chapter), toRange(document, chapter.headingRange));
}

function sceneSymbol(document: vscode.TextDocument, scene: Scene): vscode.DocumentSymbol {
	const range = toRange(document, scene);
	const firstLine = document.lineAt(range.start.line).range;
	return new vscode.DocumentSymbol(scene.title, formatWords(scene.words), vscode.SymbolKind.Event, range, firstLine.intersection(range) ?? range);
}
