// Entry point: creates the model service and wires each feature to it. Nothing else lives here.

import * as vscode from 'vscode';
import { Manuscript, StoryModel } from './core';
import { registerDialogueDiagnostics } from './features/dialogueDiagnostics';
import { registerDialogueSemanticTokens } from './features/dialogueSemanticTokens';
import { registerDocumentSymbols } from './features/documentSymbols';
import { registerFoldingRanges } from './features/foldingRanges';
import { registerGoToScene } from './features/goToScene';
import { ManuscriptService } from './features/manuscriptService';
import { StoryModelService } from './features/modelService';
import { registerNextScene } from './features/nextScene';
import { registerPreviousScene } from './features/previousScene';
import { registerScenesView } from './features/scenesView';
import { readSettings } from './features/settings';
import { registerSpeakerColors } from './features/speakerColors';
import { registerWordCountStatus } from './features/statusBar';
import { registerStoryEditorContext } from './features/storyEditorContext';
import { registerWorkspaceSymbols } from './features/workspaceSymbols';

/** What Dramatis offers other extensions and its own integration tests. */
export interface DramatisApi {
	modelOf(document: vscode.TextDocument): StoryModel | undefined;
	/** The manuscript once every story file of the workspace has been read. */
	manuscript(): Promise<Manuscript>;
}

export function activate(context: vscode.ExtensionContext): DramatisApi {
	const output = vscode.window.createOutputChannel('Dramatis', { log: true });
	const report = (message: string) => {
		output.warn(message);
		void vscode.window.showWarningMessage(`Dramatis: ${message}`);
	};
	const settings = readSettings(report);
	const models = new StoryModelService(settings);
	const manuscripts = new ManuscriptService(models, settings, report);
	// Providers serve the languages configured at start-up; a change to the list takes a reload.
	const selector = [...settings.languages].map(language => ({ language }));

	context.subscriptions.push(
		output,
		models,
		manuscripts,
		vscode.workspace.onDidChangeConfiguration(event => {
			if (event.affectsConfiguration('dramatis')) {
				const changed = readSettings(report);
				models.updateSettings(changed);
				manuscripts.updateSettings(changed);
			}
		}),
		registerDocumentSymbols(models, selector),
		registerFoldingRanges(models, selector),
		registerWorkspaceSymbols(manuscripts),
		registerStoryEditorContext(models),
		registerNextScene(models, manuscripts),
		registerPreviousScene(models, manuscripts),
		registerGoToScene(models, manuscripts),
		registerScenesView(models, manuscripts),
		registerWordCountStatus(models),
		registerDialogueSemanticTokens(models, selector),
		registerDialogueDiagnostics(models),
		registerSpeakerColors(models),
	);
	return { modelOf: document => models.modelOf(document), manuscript: () => manuscripts.whenIndexed() };
}

export function deactivate(): void {
	// Everything is released through context.subscriptions.
}
