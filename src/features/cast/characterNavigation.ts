// Moving by character: Next/Previous Appearance of the character under the cursor (within the document,
// wrapping at its ends), and Go to Character…, a picker of the cast with its counts and then of that
// character's appearances, previewed as the writer moves through them.

import * as vscode from 'vscode';
import { Commands } from '../commands';
import { Character } from '../../core';
import { characterPickRows } from './characterPicks';
import { describeCounts, fileName, linePreview, sceneTitle } from './castFormat';
import { CastService } from '../services/castService';
import { revealAppearance } from './castView';
import { ManuscriptStory } from '../services/manuscriptStories';
import { toRange } from '../util/positions';

export function registerCharacterNavigation(casts: CastService): vscode.Disposable {
	return vscode.Disposable.from(
		vscode.commands.registerTextEditorCommand(Commands.nextAppearance, editor => stepAppearance(casts, editor, 1)),
		vscode.commands.registerTextEditorCommand(Commands.previousAppearance, editor => stepAppearance(casts, editor, -1)),
		vscode.commands.registerCommand(Commands.goToCharacter, () => goToCharacter(casts)),
	);
}

function stepAppearance(casts: CastService, editor: vscode.TextEditor, direction: 1 | -1): void {
	const { document } = editor;
	const at = casts.characterAt(document, editor.selection.active);
	if (!at) {
		void vscode.window.showInformationMessage('Put the cursor on a character’s name to move between their appearances.');
		return;
	}
	const appearances = at.character.appearances;
	const index = appearances.indexOf(at.found.appearance);
	const next = appearances[(index + direction + appearances.length) % appearances.length];
	const range = toRange(document, next);
	editor.selection = new vscode.Selection(range.start, range.end);
	editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
	if (appearances.length > 1 && (direction === 1 ? index === appearances.length - 1 : index === 0)) {
		vscode.window.setStatusBarMessage(`Dramatis: back to ${at.character.name}’s ${direction === 1 ? 'first' : 'last'} appearance`, 3000);
	}
}

interface CharacterPick extends vscode.QuickPickItem {
	readonly character: Character;
}

interface AppearancePick extends vscode.QuickPickItem {
	readonly uri: vscode.Uri;
	readonly range: vscode.Range;
}

async function goToCharacter(casts: CastService): Promise<void> {
	const source = await casts.manuscriptCastOrActive();
	if (source.cast.characters.length === 0) {
		void vscode.window.showInformationMessage('Dramatis found no characters here yet.');
		return;
	}
	const picked = await vscode.window.showQuickPick<CharacterPick>(characterPickRows(source.cast.characters, describeCounts), {
		title: 'Go to Character',
		placeHolder: 'Type a name',
		matchOnDescription: false,
		matchOnDetail: true,
	});
	if (picked) {
		await pickAppearance(picked.character, source.stories);
	}
}

async function pickAppearance(character: Character, stories: readonly ManuscriptStory[]): Promise<void> {
	const items: AppearancePick[] = [];
	for (const appearance of character.appearances) {
		const story = stories[appearance.story];
		const document = await vscode.workspace.openTextDocument(story.uri);
		const range = toRange(document, appearance);
		items.push({
			label: linePreview(document, appearance).text,
			description: `${stories.length > 1 ? `${fileName(story.uri)} › ` : ''}${sceneTitle(story.model, appearance.scene)}, line ${range.start.line + 1}`,
			uri: story.uri,
			range,
		});
	}
	const quickPick = vscode.window.createQuickPick<AppearancePick>();
	quickPick.title = `${character.name}: ${describeCounts(character)}`;
	quickPick.placeholder = 'Pick an appearance';
	quickPick.items = items;
	quickPick.matchOnDescription = true;
	const before = vscode.window.activeTextEditor;
	let accepted = false;
	quickPick.onDidChangeActive(([active]) => active && void revealAppearance(active.uri, active.range, true));
	quickPick.onDidAccept(() => {
		const [chosen] = quickPick.selectedItems;
		accepted = true;
		quickPick.hide();
		if (chosen) {
			void revealAppearance(chosen.uri, chosen.range);
		}
	});
	quickPick.onDidHide(() => {
		quickPick.dispose();
		if (!accepted && before) {
			void vscode.window.showTextDocument(before.document, { selection: before.selection, viewColumn: before.viewColumn });
		}
	});
	quickPick.show();
}
