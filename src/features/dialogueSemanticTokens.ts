// Dialogue as semantic tokens, straight from the model, in every story language: exact where a
// grammar cannot be (apostrophes, speech over several paragraphs, dash dialogue). package.json maps
// the `dialogue` token type to the `string.quoted.double` scope, so every theme colours it.

import * as vscode from 'vscode';
import { StoryModelService } from './modelService';
import { lineRanges } from './positions';

export const DIALOGUE_LEGEND = new vscode.SemanticTokensLegend(['dialogue'], []);

export function registerDialogueSemanticTokens(models: StoryModelService, selector: vscode.DocumentSelector): vscode.Disposable {
	const changed = new vscode.EventEmitter<void>();
	const provider: vscode.DocumentSemanticTokensProvider = {
		onDidChangeSemanticTokens: changed.event,
		provideDocumentSemanticTokens(document, token) {
			const model = models.modelOf(document);
			const builder = new vscode.SemanticTokensBuilder(DIALOGUE_LEGEND);
			if (!model) {
				return builder.build();
			}
			for (const span of model.dialogue) {
				if (token.isCancellationRequested) {
					return undefined;
				}
				for (const range of lineRanges(document, span)) {
					builder.push(range, 'dialogue');
				}
			}
			return builder.build();
		},
	};
	// A settings change (another dialogue style) changes every document's spans without an edit.
	let settings = models.currentSettings;
	return vscode.Disposable.from(
		changed,
		vscode.languages.registerDocumentSemanticTokensProvider(selector, provider, DIALOGUE_LEGEND),
		models.onDidChangeModel(() => {
			if (models.currentSettings !== settings) {
				settings = models.currentSettings;
				changed.fire();
			}
		}),
	);
}
