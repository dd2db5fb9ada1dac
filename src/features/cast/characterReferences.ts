// Shift+F12 on a character's name lists every appearance across the manuscript (every alias, narration
// and dialogue); resting the cursor on a name highlights that character's other mentions in the document.

import * as vscode from 'vscode';
import { CastService } from '../services/castService';
import { manuscriptCharacter } from './characterRename';
import { toRange } from '../util/positions';

export function registerCharacterReferences(casts: CastService, selector: vscode.DocumentSelector): vscode.Disposable {
	return vscode.Disposable.from(
		vscode.languages.registerReferenceProvider(selector, {
			async provideReferences(document, position) {
				const at = casts.characterAt(document, position);
				if (!at) {
					return undefined;
				}
				const { character, stories } = await manuscriptCharacter(casts, document, at.character);
				return CastService.locationsOf(stories, character);
			},
		}),
		vscode.languages.registerDocumentHighlightProvider(selector, {
			provideDocumentHighlights(document, position) {
				// Asked on every cursor move: a very long document answers only once its cast is ready.
				const documentCast = casts.readyCastOf(document);
				const at = documentCast && casts.characterAt(document, position, documentCast);
				if (!at) {
					return undefined;
				}
				return at.character.appearances.map(
					appearance =>
						new vscode.DocumentHighlight(
							toRange(document, appearance),
							appearance.inDialogue ? vscode.DocumentHighlightKind.Read : vscode.DocumentHighlightKind.Text,
						),
				);
			},
		}),
	);
}
