// Hovering a character's name shows who they are in this document: their other names, how often they are
// mentioned and speak, the scenes they are in and where they first appear.

import * as vscode from 'vscode';
import { describeCounts, sceneTitle } from './castFormat';
import { Commands } from '../commands';
import { CastService } from '../services/castService';
import { escapeMarkdown } from '../util/markdownText';
import { toRange } from '../util/positions';

export function registerCharacterHover(casts: CastService, selector: vscode.DocumentSelector): vscode.Disposable {
	return vscode.languages.registerHoverProvider(selector, {
		async provideHover(document, position, token) {
			// A hover may wait (VS Code shows it loading): a cast still being found is waited for, not left blank.
			const documentCast = casts.readyCastOf(document) ?? (await casts.documentCast(document));
			const at = documentCast && !token.isCancellationRequested ? casts.characterAt(document, position, documentCast) : undefined;
			if (!documentCast || !at) {
				return undefined;
			}
			const { character } = at;
			const card = new vscode.MarkdownString();
			card.appendMarkdown(`**${escapeMarkdown(character.name)}**`);
			if (character.aliases.length > 0) {
				card.appendMarkdown(` — also ${character.aliases.map(escapeMarkdown).join(', ')}`);
			}
			const scenes = character.scenes.length;
			card.appendMarkdown(`\n\n${describeCounts(character)} · ${scenes} ${scenes === 1 ? 'scene' : 'scenes'} in this document`);
			if (character.first) {
				const line = document.positionAt(character.first.start).line + 1;
				card.appendMarkdown(`\n\nFirst appears in ${escapeMarkdown(sceneTitle(documentCast.model, character.first.scene))}, line ${line}`);
			}
			if (character.lines > 0) {
				const argument = encodeURIComponent(JSON.stringify([character.name]));
				card.appendMarkdown(
					`\n\n[Show lines of ${escapeMarkdown(character.name)}](command:${Commands.showCharacterLines}?${argument} "Every line they speak, in order")`,
				);
				card.isTrusted = { enabledCommands: [Commands.showCharacterLines] };
			}
			return new vscode.Hover(card, toRange(document, at.found.appearance));
		},
	});
}
