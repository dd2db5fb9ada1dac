// Entry point: creates the model service and wires each feature to it. Nothing else lives here.

import * as vscode from 'vscode';
import { Cast, Manuscript, StoryModel } from './core';
import { registerCastCommands } from './features/castCommands';
import { CastFile } from './features/castFile';
import { CastService } from './features/castService';
import { CastView, CastViewRow } from './features/castView';
import { registerCharacterHover } from './features/characterHover';
import { registerCharacterNavigation } from './features/characterNavigation';
import { registerCharacterReferences } from './features/characterReferences';
import { registerCharacterRename } from './features/characterRename';
import { registerCharacterSymbols } from './features/characterSymbols';
import { registerDialogueDiagnostics } from './features/dialogueDiagnostics';
import { registerDialogueSemanticTokens } from './features/dialogueSemanticTokens';
import { registerDocumentSymbols } from './features/documentSymbols';
import { registerFoldingRanges } from './features/foldingRanges';
import { registerGoToScene } from './features/goToScene';
import { ManuscriptService } from './features/manuscriptService';
import { IndexedManuscriptStories } from './features/manuscriptStories';
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
	/** The cast of one story document. */
	castOf(document: vscode.TextDocument): Cast | undefined;
	/** The cast of every story file of the manuscript, with the files in the order the cast numbers them. */
	manuscriptCast(): Promise<{ uris: string[]; cast: Cast }>;
	/** The Cast view's rows as shown, to `depth` levels (characters, scenes, appearances). */
	castViewRows(depth?: number): Promise<CastViewRow[]>;
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
	const castFile = new CastFile(report);
	const casts = new CastService(models, new IndexedManuscriptStories(models, manuscripts), castFile);
	const castView = new CastView(casts, models);
	// Providers serve the languages configured at start-up; a change to the list takes a reload.
	const selector = [...settings.languages].map(language => ({ language }));

	context.subscriptions.push(
		output,
		models,
		manuscripts,
		castFile,
		casts,
		castView,
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
		registerCastCommands(casts, castFile),
		registerCharacterNavigation(casts),
		registerCharacterReferences(casts, selector),
		registerCharacterHover(casts, selector),
		registerCharacterRename(casts, castFile, selector),
		registerCharacterSymbols(casts),
		registerDialogueSemanticTokens(models, selector),
		registerDialogueDiagnostics(models),
		registerSpeakerColors(models),
	);
	return {
		modelOf: document => models.modelOf(document),
		manuscript: () => manuscripts.whenIndexed(),
		castOf: document => casts.castOf(document)?.cast,
		manuscriptCast: async () => {
			const { stories, cast } = await casts.manuscriptCast();
			return { uris: stories.map(story => story.uri.toString()), cast };
		},
		castViewRows: depth => castView.rows(depth),
	};
}

export function deactivate(): void {
	// Everything is released through context.subscriptions.
}
