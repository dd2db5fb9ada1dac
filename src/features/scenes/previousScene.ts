// Dramatis: Previous Scene — the cursor to the start of this scene, or from there to the start of the
// one before, back into the previous file of the manuscript at the start of this one.

import * as vscode from 'vscode';
import { previousSceneIndex } from '../../core';
import { ManuscriptService } from '../services/manuscriptService';
import { StoryModelService } from '../services/modelService';
import { revealScene, showSceneAt } from './sceneReveal';

export function registerPreviousScene(models: StoryModelService, manuscripts: ManuscriptService): vscode.Disposable {
	return vscode.commands.registerCommand('dramatis.previousScene', async () => {
		const editor = vscode.window.activeTextEditor;
		const model = editor && models.modelOf(editor.document);
		if (!editor || !model) {
			return;
		}
		const index = previousSceneIndex(model.scenes, editor.document.offsetAt(editor.selection.active));
		if (index >= 0) {
			revealScene(editor, model.scenes[index]);
			return;
		}
		const previous = manuscripts.manuscript.lastSceneBeforeFile(editor.document.uri.toString());
		if (!previous) {
			vscode.window.setStatusBarMessage('Dramatis: this is the first scene of the manuscript', 3000);
			return;
		}
		await showSceneAt(vscode.Uri.parse(previous.file.id), previous.scene.start);
	});
}
