// Builds the one WorkspaceEdit that renames a character across the manuscript: every appearance of every
// alias form in every story file, and the names the cast file holds, so one undo takes it all back.
// Shared by F2 (rename on a name) and the Cast view's Rename….

import * as vscode from 'vscode';
import { Character, renamedNames, renameEdits, withRenamed } from '../../core';
import { CastFile } from './castFile';
import { ManuscriptStory } from '../services/manuscriptStories';

export async function renameCharacterEdit(
	character: Character,
	stories: readonly ManuscriptStory[],
	swaps: ReadonlyMap<string, string>,
	castFile: CastFile,
): Promise<vscode.WorkspaceEdit> {
	const edit = new vscode.WorkspaceEdit();
	for (const nameEdit of renameEdits(character, swaps)) {
		const story = stories[nameEdit.story];
		edit.replace(story.uri, story.rangeOf(nameEdit), nameEdit.text);
	}
	await addCastFileRenames(edit, castFile, swaps);
	return edit;
}

/** The cast file's own names follow the rename, in the same edit. */
async function addCastFileRenames(edit: vscode.WorkspaceEdit, castFile: CastFile, swaps: ReadonlyMap<string, string>): Promise<void> {
	const uri = castFile.uri;
	const declared = castFile.overrides.characters.flatMap(character => [character.name, ...character.aliases]);
	const pairs = renamedNames([...declared, ...castFile.overrides.ignore], swaps);
	if (!uri || pairs.length === 0) {
		return;
	}
	const document = await vscode.workspace.openTextDocument(uri);
	const before = document.getText();
	const after = pairs.reduce((text, [from, to]) => withRenamed(text, from, to), before);
	if (after !== before) {
		edit.replace(uri, new vscode.Range(document.positionAt(0), document.positionAt(before.length)), after);
	}
}
