// F2 on a character's name renames that word of the name across the manuscript, in every alias form
// (`Karen` → `Kara` makes `Karen's` `Kara's` and `Karen Cartwright` `Kara Cartwright`), as one undoable,
// previewable WorkspaceEdit that also updates the cast file.

import * as vscode from 'vscode';
import { Character, honorificKey } from '../../core';
import { CastFile } from './castFile';
import { CastService } from '../services/castService';
import { renameCharacterEdit } from './characterEdits';
import { ManuscriptStory, storyOfDocument } from '../services/manuscriptStories';

export function registerCharacterRename(casts: CastService, castFile: CastFile, selector: vscode.DocumentSelector): vscode.Disposable {
	return vscode.languages.registerRenameProvider(selector, {
		prepareRename(document, position) {
			const target = nameWordAt(casts, document, position);
			if (!target) {
				throw new Error('Put the cursor on a character’s name to rename them.');
			}
			return { range: target.range, placeholder: target.word };
		},
		async provideRenameEdits(document, position, newName) {
			const target = nameWordAt(casts, document, position);
			const replacement = newName.trim().replace(/\s+/g, ' ');
			if (!target || replacement === '' || replacement === target.word) {
				return undefined;
			}
			const { character, stories } = await manuscriptCharacter(casts, document, target.character);
			return renameCharacterEdit(character, stories, new Map([[target.word, replacement]]), castFile);
		},
	});
}

/** The character's counterpart in the manuscript, or the document's own when the manuscript does not hold it. */
export async function manuscriptCharacter(
	casts: CastService,
	document: vscode.TextDocument,
	character: Character,
): Promise<{ character: Character; stories: readonly ManuscriptStory[] }> {
	if (vscode.workspace.getWorkspaceFolder(document.uri)) {
		const manuscript = await casts.manuscriptCast();
		const found = CastService.sameCharacterIn(manuscript.cast, character);
		if (found && manuscript.stories.some(story => story.uri.toString() === document.uri.toString())) {
			return { character: found, stories: manuscript.stories };
		}
	}
	const own = casts.castOf(document);
	return { character, stories: own ? [storyOfDocument(document, own.model)] : [] };
}

/** The word of a character's name under the cursor (`Karen` in `Karen Cartwright's`), not a title. */
function nameWordAt(
	casts: CastService,
	document: vscode.TextDocument,
	position: vscode.Position,
): { character: Character; word: string; range: vscode.Range } | undefined {
	const at = casts.characterAt(document, position);
	if (!at) {
		return undefined;
	}
	const { appearance } = at.found;
	const offset = document.offsetAt(position);
	for (const match of appearance.text.matchAll(/[^\s]+/g)) {
		const start = appearance.start + match.index!;
		const end = start + match[0].length;
		if (offset >= start && offset <= end) {
			if (honorificKey(match[0]) !== undefined && match.index === 0 && match[0] !== appearance.text) {
				return undefined;
			}
			return { character: at.character, word: match[0], range: new vscode.Range(document.positionAt(start), document.positionAt(end)) };
		}
	}
	return undefined;
}
