// Entry point: creates the model service and wires each feature to it. Nothing else lives here.

import * as vscode from 'vscode';
import { Manuscript, StoryModel } from './core';
import { registerDocumentSymbols } from './features/documentSymbols';
import { registerFoldingRanges } from './features/foldingRanges';
import { registerGoToScene } from './features/goToScene';
import { ManuscriptService } from './features/manuscriptService';
import { StoryModelService } from './features/modelService';
import { registerNextScene } from './features/nextScene';
import { registerPreviousScene } from './features/previousScene';
import { registerScenesView } from './features/scenesView';
import { SettingsWatcher } from './features/settings';
import { StatisticsExporter } from './features/statisticsExport';
import { StatisticsPanel, StatisticsPanelProbe } from './features/statisticsPanel';
import { registerStatusBar } from './features/statusBar';
import { registerStoryEditorContext } from './features/storyEditorContext';
import { registerWorkspaceSymbols } from './features/workspaceSymbols';
import { WritingHistoryTracker } from './features/writingHistory';

/** What Dramatis offers other extensions and its own integration tests. */
export interface DramatisApi {
	modelOf(document: vscode.TextDocument): StoryModel | undefined;
	/** The manuscript once every story file of the workspace has been read. */
	manuscript(): Promise<Manuscript>;
	/** The Statistics panel as the tests drive it: its last message to the page, and messages from it. */
	readonly statisticsPanel: StatisticsPanelProbe;
	/** Today's writing in this workspace, as the status bar and the panel count it. */
	writingToday(): { added: number; removed: number; pasted: number; cut: number };
}

export function activate(context: vscode.ExtensionContext): DramatisApi {
	const output = vscode.window.createOutputChannel('Dramatis', { log: true });
	const report = (message: string) => {
		output.warn(message);
		void vscode.window.showWarningMessage(`Dramatis: ${message}`);
	};
	const settings = new SettingsWatcher(report);
	const models = new StoryModelService(settings.current);
	const manuscripts = new ManuscriptService(models, settings.current, report);
	// Models are rebuilt first, so every feature told of the new settings reads models built under them.
	const rebuildModels = settings.onDidChange(changed => {
		models.updateSettings(changed);
		manuscripts.updateSettings(changed);
	});
	// Providers serve the languages configured at start-up; a change to the list takes a reload.
	const selector = [...settings.current.languages].map(language => ({ language }));
	const history = new WritingHistoryTracker(models, context.workspaceState);
	const statistics = new StatisticsPanel(context.extensionUri, models, manuscripts, settings, history, new StatisticsExporter());

	context.subscriptions.push(
		output,
		settings,
		models,
		manuscripts,
		rebuildModels,
		history,
		registerDocumentSymbols(models, selector),
		registerFoldingRanges(models, selector),
		registerWorkspaceSymbols(manuscripts),
		registerStoryEditorContext(models),
		registerNextScene(models, manuscripts),
		registerPreviousScene(models, manuscripts),
		registerGoToScene(models, manuscripts),
		registerScenesView(models, manuscripts),
		registerStatusBar(models, settings, history),
		statistics,
	);
	return {
		modelOf: document => models.modelOf(document),
		manuscript: () => manuscripts.whenIndexed(),
		statisticsPanel: statistics.probe,
		writingToday: () => history.today(),
	};
}

export function deactivate(): void {
	// Everything is released through context.subscriptions.
}
