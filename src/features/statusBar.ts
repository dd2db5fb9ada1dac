// The word count in the status bar: the document's words, and the selection's when there is one.
// Reads the model the service keeps current, so typing never triggers a full count.

import * as vscode from 'vscode';
import { countWords } from '../core';
import { StoryModelService } from './modelService';
import { formatCount, formatWords } from './wordFormat';

export function registerWordCountStatus(models: StoryModelService): vscode.Disposable {
	const item = vscode.window.createStatusBarItem('dramatis.wordCount', vscode.StatusBarAlignment.Right, 100);
	item.name = 'Dramatis Word Count';

	const refresh = () => {
		const editor = vscode.window.activeTextEditor;
		const model = editor && models.modelOf(editor.document);
		if (!editor || !model) {
			item.hide();
			return;
		}
		const selected = selectedWords(editor);
		item.text = selected === undefined ? `$(book) ${formatWords(model.words)}` : `$(book) ${formatCount(selected)} of ${formatWords(model.words)}`;
		item.tooltip = selected === undefined ? 'Words in this document' : 'Words selected, of the words in this document';
		item.show();
	};

	refresh();
	return vscode.Disposable.from(
		item,
		vscode.window.onDidChangeActiveTextEditor(refresh),
		vscode.window.onDidChangeTextEditorSelection(event => event.textEditor === vscode.window.activeTextEditor && refresh()),
		models.onDidChangeModel(change => change.document === vscode.window.activeTextEditor?.document && refresh()),
	);
}

function selectedWords(editor: vscode.TextEditor): number | undefined {
	if (editor.selections.every(selection => selection.isEmpty)) {
		return undefined;
	}
	return editor.selections.reduce((total, selection) => total + countWords(editor.document.getText(selection)), 0);
}
