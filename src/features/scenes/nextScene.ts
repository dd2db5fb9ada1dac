// Dramatis: Next Scene — the cursor to the start of the next scene, on into the next file of the
// manuscript at the end of this one.

import * as vscode from 'vscode';
import { nextSceneIndex } from '../../core';
import { ManuscriptService } from '../services/manuscriptService';
import { StoryModelService } from '../services/modelService';
import { revealScene, showSceneAt } from './sceneReveal';

export function registerNextScene(models: StoryModelService, manuscripts: ManuscriptService): vscode.Disposable {
	return vscode.commands.registerCommand('dramatis.nextScene', async () => {
		const editor = vscode.window.activeTextEditor;
		const model = editor && models.modelOf(editor.document);
		if (!editor || !model) {
			return;
		}
		const index = nextSceneIndex(model.scenes, editor.document.offsetAt(editor.selection.active));
		if (index >= 0) {
			revealScene(editor, model.scenes[index]);
			return;
		}
		const next = manuscripts.manuscript.firstSceneAfterFile(editor.document.uri.toString());
		if (!next) {
			vscode.window.setStatusBarMessage('Dramatis: this is the last scene of the manuscript', 3000);
			return;
		}
		await showSceneAt(vscode.Uri.parse(next.file.id), next.scene.start);
	});
}
