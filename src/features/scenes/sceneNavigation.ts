// Dramatis: Next Scene and Previous Scene. Next takes the cursor to the start of the next scene, on into
// the next file of the manuscript at the end of this one. Previous takes it to the start of this scene, or
// from there to the start of the one before, back into the previous file at the start of this one.

import * as vscode from 'vscode';
import { nextSceneIndex, previousSceneIndex } from '../../core';
import { Commands } from '../commands';
import { ManuscriptService } from '../services/manuscriptService';
import { StoryModelService } from '../services/modelService';
import { revealScene, showSceneAt } from './sceneReveal';

type Direction = 'next' | 'previous';

export function registerSceneNavigation(models: StoryModelService, manuscripts: ManuscriptService): vscode.Disposable {
	return vscode.Disposable.from(
		vscode.commands.registerCommand(Commands.nextScene, () => stepScene(models, manuscripts, 'next')),
		vscode.commands.registerCommand(Commands.previousScene, () => stepScene(models, manuscripts, 'previous')),
	);
}

async function stepScene(models: StoryModelService, manuscripts: ManuscriptService, direction: Direction): Promise<void> {
	const editor = vscode.window.activeTextEditor;
	const model = editor && models.modelOf(editor.document);
	if (!editor || !model) {
		return;
	}
	const cursor = editor.document.offsetAt(editor.selection.active);
	const index = direction === 'next' ? nextSceneIndex(model.scenes, cursor) : previousSceneIndex(model.scenes, cursor);
	if (index >= 0) {
		revealScene(editor, model.scenes[index]);
		return;
	}
	const file = editor.document.uri.toString();
	const beyond = direction === 'next' ? manuscripts.manuscript.firstSceneAfterFile(file) : manuscripts.manuscript.lastSceneBeforeFile(file);
	if (!beyond) {
		vscode.window.setStatusBarMessage(`Dramatis: this is the ${direction === 'next' ? 'last' : 'first'} scene of the manuscript`, 3000);
		return;
	}
	await showSceneAt(vscode.Uri.parse(beyond.file.id), beyond.scene.start);
}
