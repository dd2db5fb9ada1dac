// Folding by the story's shape (outline/foldingRegions.ts decides what folds), handed to VS Code.

import * as vscode from 'vscode';
import { StoryModelService } from '../services/modelService';
import { documentLines } from '../util/positions';
import { foldingRegions } from './foldingRegions';

export function registerFoldingRanges(models: StoryModelService, selector: vscode.DocumentSelector): vscode.Disposable {
	return vscode.languages.registerFoldingRangeProvider(selector, {
		async provideFoldingRanges(document) {
			const model = await models.whenReady(document);
			if (!model) {
				return [];
			}
			return foldingRegions(model, documentLines(document)).map(
				region =>
					new vscode.FoldingRange(
						region.startLine,
						region.endLine,
						region.kind === 'comment' ? vscode.FoldingRangeKind.Comment : vscode.FoldingRangeKind.Region,
					),
			);
		},
	});
}
