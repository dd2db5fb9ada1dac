// Dialogue as semantic tokens, straight from the model, in every story language: exact where a
// grammar cannot be (apostrophes, speech over several paragraphs, dash dialogue). package.json maps
// the `dialogue` token type to the `string.quoted.double` scope, so every theme colours it, and a thought
// (`"…" thought Edith`) carries the `thought` modifier, mapped to the scopes themes use for emphasis and asides.
// Tokens are given for the range VS Code shows, never the whole book: a novel has tens of thousands
// of quotes, and VS Code asks again after every keystroke.

import * as vscode from 'vscode';
import { indexAtOrBefore } from '../../core';
import { StoryModelService } from '../services/modelService';
import { lineRanges, toTextRange } from '../util/positions';

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
			const shown = toTextRange(document, range);
			// A span may start before the range and run into it, so look back one span.
			for (let index = Math.max(0, indexAtOrBefore(model.dialogue, shown.start)); index < model.dialogue.length; index++) {
				const span = model.dialogue[index];
				if (span.start >= shown.end || token.isCancellationRequested) {
					break;
				}
				for (const line of lineRanges(document, span)) {
					if (line.intersection(range)) {
						builder.push(line, 'dialogue', span.kind === 'thought' ? THOUGHT : undefined);
					}
				}
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
