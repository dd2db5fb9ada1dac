// Takes the writer to a scene: opens its file if need be, puts the cursor at the scene's first line
// and scrolls it to the top. Shared by the commands and views that jump between scenes.

import * as vscode from 'vscode';
import { Scene } from '../../core';

export interface SceneShowOptions {
	/** Open in a preview tab and keep focus where it is: Go to Scene… while the writer is still choosing. */
	readonly preview?: boolean;
}

/** Moves `editor`'s cursor to the start of `scene` and shows that line at the top. */
export function revealScene(editor: vscode.TextEditor, scene: Scene): void {
	const start = editor.document.positionAt(scene.start);
	editor.selection = new vscode.Selection(start, start);
	editor.revealRange(new vscode.Range(start, start), vscode.TextEditorRevealType.AtTop);
}

/** Opens the document at `uri` and goes to the scene starting at `offset`. */
export async function showSceneAt(uri: vscode.Uri, offset: number, options: SceneShowOptions = {}): Promise<vscode.TextEditor> {
	const document = await vscode.workspace.openTextDocument(uri);
	const editor = await vscode.window.showTextDocument(document, { preview: options.preview ?? false, preserveFocus: options.preview ?? false });
	const start = document.positionAt(offset);
	editor.selection = new vscode.Selection(start, start);
	editor.revealRange(new vscode.Range(start, start), vscode.TextEditorRevealType.AtTop);
	return editor;
}
