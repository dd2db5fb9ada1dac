// Sets the `dramatis.storyEditor` context key while a story document has the editor, so keybindings
// such as Next Scene apply to stories and leave other files' keys alone.

import * as vscode from 'vscode';
import { StoryModelService } from '../services/modelService';

export function registerStoryEditorContext(models: StoryModelService): vscode.Disposable {
	const update = () => {
		const document = vscode.window.activeTextEditor?.document;
		void vscode.commands.executeCommand('setContext', 'dramatis.storyEditor', document !== undefined && models.isStory(document));
	};
	update();
	return vscode.window.onDidChangeActiveTextEditor(update);
}
