// Entry point: creates the model service and wires each feature to it. Nothing else lives here.

import * as vscode from 'vscode';
import { StoryModel } from './core';
import { registerDialogueDiagnostics } from './features/dialogueDiagnostics';
import { registerDialogueSemanticTokens } from './features/dialogueSemanticTokens';
import { registerDocumentSymbols } from './features/documentSymbols';
import { StoryModelService } from './features/modelService';
import { readSettings } from './features/settings';
import { registerSpeakerColors } from './features/speakerColors';
import { registerWordCountStatus } from './features/statusBar';

/** What Dramatis offers other extensions and its own integration tests. */
export interface DramatisApi {
	modelOf(document: vscode.TextDocument): StoryModel | undefined;
}

export function activate(context: vscode.ExtensionContext): DramatisApi {
	const output = vscode.window.createOutputChannel('Dramatis', { log: true });
	const report = (message: string) => {
		output.warn(message);
		void vscode.window.showWarningMessage(`Dramatis: ${message}`);
	};
	const settings = readSettings(report);
	const models = new StoryModelService(settings);
	// Providers serve the languages configured at start-up; a change to the list takes a reload.
	const selector = [...settings.languages].map(language => ({ language }));

	context.subscriptions.push(
		output,
		models,
		vscode.workspace.onDidChangeConfiguration(event => event.affectsConfiguration('dramatis') && models.updateSettings(readSettings(report))),
		registerDocumentSymbols(models, selector),
		registerWordCountStatus(models),
		registerDialogueSemanticTokens(models, selector),
		registerDialogueDiagnostics(models),
		registerSpeakerColors(models),
	);
	return { modelOf: document => models.modelOf(document) };
}

export function deactivate(): void {
	// Everything is released through context.subscriptions.
}
