// Folding by the story's shape: a book or part, a chapter, a scene, and the edition's matter
// (a Gutenberg licence, a contents page) folds away as a block of its own.

import * as vscode from 'vscode';
import { StoryModelService } from '../services/modelService';

export function registerFoldingRanges(models: StoryModelService, selector: vscode.DocumentSelector): vscode.Disposable {
	return vscode.languages.registerFoldingRangeProvider(selector, {
		async provideFoldingRanges(document) {
			const model = await models.whenReady(document);
			if (!model) {
				return [];
			}
			const ranges: vscode.FoldingRange[] = [];
			const add = (start: number, end: number, kind?: vscode.FoldingRangeKind) => {
				const first = document.positionAt(start).line;
				const last = document.positionAt(end).line;
				if (last > first) {
					ranges.push(new vscode.FoldingRange(first, last, kind));
				}
			};
			for (const chapter of model.chapters) {
				add(chapter.start, chapter.end, vscode.FoldingRangeKind.Region);
			}
			for (const scene of model.scenes) {
				add(scene.start, scene.end, vscode.FoldingRangeKind.Region);
			}
			for (const matter of model.matter) {
				// The range ends on the line after the matter's last line break: fold only to its last text.
				add(matter.start, Math.max(matter.start, matter.end - 1), vscode.FoldingRangeKind.Comment);
			}
			return ranges;
		},
	});
}
