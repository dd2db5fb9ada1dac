// Ctrl+T finds characters across the manuscript by any of their names, each at their first appearance.

import * as vscode from 'vscode';
import { nameKey } from '../../core';
import { describeCounts } from './castFormat';
import { CastService } from '../services/castService';

export function registerCharacterSymbols(casts: CastService): vscode.Disposable {
	return vscode.languages.registerWorkspaceSymbolProvider({
		async provideWorkspaceSymbols(query, token) {
			const { stories, cast } = await casts.manuscriptCast();
			const wanted = nameKey(query);
			const symbols: vscode.SymbolInformation[] = [];
			for (const character of cast.characters) {
				if (token.isCancellationRequested) {
					break;
				}
				const names = [character.name, ...character.aliases];
				if (!character.first || (wanted !== '' && !names.some(name => nameKey(name).includes(wanted)))) {
					continue;
				}
				const story = stories[character.first.story];
				const location = new vscode.Location(story.uri, story.rangeOf(character.first));
				symbols.push(new vscode.SymbolInformation(character.name, vscode.SymbolKind.Object, describeCounts(character), location));
			}
			return symbols;
		},
	});
}
