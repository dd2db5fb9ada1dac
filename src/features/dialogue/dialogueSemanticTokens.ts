// Dialogue as semantic tokens, straight from the model, in every story language: exact where a
// grammar cannot be (apostrophes, speech over several paragraphs, dash dialogue). package.json maps
// the `dialogue` token type to the `string.quoted.double` scope, so every theme colours it, and a thought
// (`"…" thought Edith`) carries the `thought` modifier, mapped to the scopes themes use for emphasis and asides.
// dialogue/dialogueTokens.ts decides which pieces of the range VS Code shows are dialogue.

import * as vscode from 'vscode';
import { StoryModelService } from '../services/modelService';
import { documentLines, toRange, toTextRange } from '../util/positions';
import { dialogueTokens } from './dialogueTokens';

export const DIALOGUE_LEGEND = new vscode.SemanticTokensLegend(['dialogue'], ['thought']);
const THOUGHT: readonly string[] = ['thought'];

export function registerDialogueSemanticTokens(models: StoryModelService, selector: vscode.DocumentSelector): vscode.Disposable {
	const provider: vscode.DocumentRangeSemanticTokensProvider = {
		async provideDocumentRangeSemanticTokens(document, range, token) {
			// A long document's first reading may still be under way: VS Code waits for the tokens.
			const model = await models.whenReady(document);
			const builder = new vscode.SemanticTokensBuilder(DIALOGUE_LEGEND);
			if (!model) {
				return builder.build();
			}
			for (const piece of dialogueTokens(model, toTextRange(document, range), documentLines(document), () => token.isCancellationRequested)) {
				builder.push(toRange(document, piece), 'dialogue', piece.thought ? THOUGHT : undefined);
			}
			return builder.build();
		},
	};
	// A settings change (another dialogue style) changes every document's spans without an edit; a
	// range provider has no change event, but registering it again makes VS Code ask again.
	let settings = models.currentSettings;
	let registration = vscode.languages.registerDocumentRangeSemanticTokensProvider(selector, provider, DIALOGUE_LEGEND);
	return vscode.Disposable.from(
		{ dispose: () => registration.dispose() },
		models.onDidChangeModel(() => {
			if (models.currentSettings !== settings) {
				settings = models.currentSettings;
				registration.dispose();
				registration = vscode.languages.registerDocumentRangeSemanticTokensProvider(selector, provider, DIALOGUE_LEGEND);
			}
		}),
	);
}
