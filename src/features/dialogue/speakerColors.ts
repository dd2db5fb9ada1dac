// Tints each speaker's lines with a colour of their own, when `dramatis.dialogue.colorBySpeaker` is
// on. A speaker's colour comes from their name, so it stays the same across documents and sessions.

import * as vscode from 'vscode';
import { DialogueSpan, linesBySpeaker } from '../../core';
import { StoryModelService } from '../services/modelService';
import { lineRanges } from '../util/positions';

/** Hues far enough apart to tell speakers apart, light enough to sit behind any theme's text. */
const PALETTE = ['#e6194b', '#3cb44b', '#4363d8', '#f58231', '#911eb4', '#42d4f4', '#f032e6', '#bfef45', '#469990', '#9a6324'];

export function registerSpeakerColors(models: StoryModelService): vscode.Disposable {
	const tints = PALETTE.map(color =>
		vscode.window.createTextEditorDecorationType({
			backgroundColor: `${color}26`,
			overviewRulerColor: `${color}99`,
			overviewRulerLane: vscode.OverviewRulerLane.Left,
		}),
	);
	const paint = (editor: vscode.TextEditor) => {
		const model = models.currentSettings.colorBySpeaker ? models.modelOf(editor.document) : undefined;
		const ranges: vscode.Range[][] = tints.map(() => []);
		if (model) {
			for (const [speaker, lines] of linesBySpeaker(model.dialogue)) {
				ranges[paletteIndex(speaker)].push(...lines.flatMap((line: DialogueSpan) => lineRanges(editor.document, line)));
			}
		}
		tints.forEach((tint, index) => editor.setDecorations(tint, ranges[index]));
	};
	const paintAll = () => vscode.window.visibleTextEditors.forEach(paint);
	paintAll();
	return vscode.Disposable.from(
		...tints,
		vscode.window.onDidChangeVisibleTextEditors(paintAll),
		models.onDidChangeModel(({ document }) => vscode.window.visibleTextEditors.filter(editor => editor.document === document).forEach(paint)),
	);
}

/** The same speaker always gets the same colour. */
export function paletteIndex(speaker: string): number {
	let hash = 0;
	for (let index = 0; index < speaker.length; index++) {
		hash = (Math.imul(hash, 31) + speaker.charCodeAt(index)) | 0;
	}
	return Math.abs(hash) % PALETTE.length;
}
