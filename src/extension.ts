// Entry point: creates the model service and wires each feature to it. Nothing else lives here.

import * as vscode from 'vscode';
import { Cast, StoryModel } from './core';
import { registerCastCommands } from './features/castCommands';
import { CastFile } from './features/castFile';
import { CastService } from './features/castService';
import { CastView, CastViewRow } from './features/castView';
import { registerCharacterHover } from './features/characterHover';
import { registerCharacterNavigation } from './features/characterNavigation';
import { registerCharacterReferences } from './features/characterReferences';
import { registerCharacterRename } from './features/characterRename';
import { registerCharacterSymbols } from './features/characterSymbols';
import { registerDocumentSymbols } from './features/documentSymbols';
import { WorkspaceManuscriptStories } from './features/manuscriptStories';
import { StoryModelService } from './features/modelService';
import { readSettings } from './features/settings';
import { registerWordCountStatus } from './features/statusBar';

/** What Dramatis offers other extensions and its own integration tests. */
export interface DramatisApi {
	modelOf(document: vscode.TextDocument): StoryModel | undefined;
	/** The cast of one story document. */
	castOf(document: vscode.TextDocument): Cast | undefined;
	/** The cast of every story file of the workspace, with the files in the order the cast numbers them. */
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
	const manuscript = new WorkspaceManuscriptStories(models, settings.manuscript);
	const castFile = new CastFile(report);
	const casts = new CastService(models, manuscript, castFile);
	const castView = new CastView(casts, models);
	// Providers serve the languages configured at start-up; a change to the list takes a reload.
	const selector = [...settings.languages].map(language => ({ language }));
	const updateSettings = () => {
		const updated = readSettings(report);
		models.updateSettings(updated);
		manuscript.updateSettings(updated.manuscript);
	};

	context.subscriptions.push(
		output,
		models,
		manuscript,
		castFile,
		casts,
		castView,
		vscode.workspace.onDidChangeConfiguration(event => event.affectsConfiguration('dramatis') && updateSettings()),
		registerDocumentSymbols(models, selector),
		registerWordCountStatus(models),
		registerCastCommands(casts, castFile),
		registerCharacterNavigation(casts),
		registerCharacterReferences(casts, selector),
		registerCharacterHover(casts, selector),
		registerCharacterRename(casts, castFile, selector),
		registerCharacterSymbols(casts),
	);
	return {
		modelOf: document => models.modelOf(document),
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
