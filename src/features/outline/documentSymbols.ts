// Chapters and scenes as document symbols (outline/outlineSymbols.ts decides the tree), so Outline,
// breadcrumbs and Go to Symbol (Ctrl+Shift+O) show the story's shape.

import * as vscode from 'vscode';
import { StoryModelService } from '../services/modelService';
import { formatWords } from '../statistics/wordFormat';
import { documentLines, toRange } from '../util/positions';
import { OutlineSymbol, outlineSymbols } from './outlineSymbols';

/** Parts and chapters are headings, as VS Code's own Markdown outline shows them (a String symbol), not code's classes and namespaces. */
const SYMBOL_KINDS: Record<OutlineSymbol['kind'], vscode.SymbolKind> = {
	part: vscode.SymbolKind.String,
	chapter: vscode.SymbolKind.String,
	scene: vscode.SymbolKind.Event,
};

export function registerDocumentSymbols(models: StoryModelService, selector: vscode.DocumentSelector): vscode.Disposable {
	return vscode.languages.registerDocumentSymbolProvider(
		selector,
		{
			async provideDocumentSymbols(document) {
				const model = await models.whenReady(document);
				return model ? outlineSymbols(model, documentLines(document), formatWords).map(symbol => toDocumentSymbol(document, symbol)) : [];
			},
		},
		{ label: 'Dramatis' },
	);
}

function toDocumentSymbol(document: vscode.TextDocument, symbol: OutlineSymbol): vscode.DocumentSymbol {
	const result = new vscode.DocumentSymbol(
		symbol.name,
		symbol.detail,
		SYMBOL_KINDS[symbol.kind],
		toRange(document, symbol.range),
		toRange(document, symbol.selectionRange),
	);
	result.children = symbol.children.map(child => toDocumentSymbol(document, child));
	return result;
}
