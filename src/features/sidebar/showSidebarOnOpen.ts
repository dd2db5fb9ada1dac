// `dramatis.sidebar.showOnOpen`: the Dramatis sidebar (Cast and Scenes) shown as the window opens, for a
// writer who wants it there from the start rather than behind its activity bar icon (`npm start` sets it
// for the samples). The focus stays where it is, so the chapter in the editor takes the first keystroke.

import * as vscode from 'vscode';

export function showSidebarOnOpen(): void {
	if (!vscode.workspace.getConfiguration('dramatis.sidebar').get<boolean>('showOnOpen', false)) {
		return;
	}
	// The view's own open command, told to keep the focus: it shows the sidebar without taking the keyboard.
	void vscode.commands.executeCommand('dramatis.cast.focus', { preserveFocus: true }).then(undefined, () => undefined);
}
