// Entry point: creates the model service and wires each feature to it. Nothing else lives here.

import * as vscode from 'vscode';
import { StoryModel } from './core';
import { registerDocumentSymbols } from './features/documentSymbols';
import { StoryModelService } from './features/modelService';
import { SettingsWatcher } from './features/settings';
import { StatisticsExporter } from './features/statisticsExport';
import { StatisticsPanel, StatisticsPanelProbe } from './features/statisticsPanel';
import { registerStatusBar } from './features/statusBar';
import { WritingHistoryTracker } from './features/writingHistory';

/** What Dramatis offers other extensions and its own integration tests. */
export interface DramatisApi {
	modelOf(document: vscode.TextDocument): StoryModel | undefined;
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
	// Models are rebuilt first, so every feature told of the new settings reads models built under them.
	const rebuildModels = settings.onDidChange(current => models.updateSettings(current));
	// Providers serve the languages configured at start-up; a change to the list takes a reload.
	const selector = [...settings.current.languages].map(language => ({ language }));
	const history = new WritingHistoryTracker(models, context.workspaceState);
	const statistics = new StatisticsPanel(context.extensionUri, models, settings, history, new StatisticsExporter());

	context.subscriptions.push(
		output,
		settings,
		models,
		rebuildModels,
		history,
		registerDocumentSymbols(models, selector),
		registerStatusBar(models, settings, history),
		statistics,
	);
	return {
		modelOf: document => models.modelOf(document),
		statisticsPanel: statistics.probe,
		writingToday: () => history.today(),
	};
}

export function deactivate(): void {
	// Everything is released through context.subscriptions.
}
