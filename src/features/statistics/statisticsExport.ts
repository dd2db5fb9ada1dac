// Saves a story's statistics as the writer chooses: everything as JSON, or the scenes or the writing
// history as a CSV table. The file is written only after the writer picks a place in the save dialog.

import * as vscode from 'vscode';
import { historyCsv, scenesCsv, statisticsJson } from '../../core';
import { StatisticsReport } from './statisticsReport';

export type ExportKind = 'json' | 'scenesCsv' | 'historyCsv';

const EXPORTS: Record<ExportKind, { suffix: string; filter: Record<string, string[]>; content: (report: StatisticsReport) => string }> = {
	json: { suffix: '-statistics.json', filter: { JSON: ['json'] }, content: report => statisticsJson(report) },
	scenesCsv: { suffix: '-scenes.csv', filter: { CSV: ['csv'] }, content: report => scenesCsv(report.statistics) },
	historyCsv: { suffix: '-writing-history.csv', filter: { CSV: ['csv'] }, content: report => historyCsv(report) },
};

/** Asks the writer what to export, for the command run without saying. */
export async function pickExportKind(): Promise<ExportKind | undefined> {
	const choices: (vscode.QuickPickItem & { exportKind: ExportKind })[] = [
		{ label: 'Everything as JSON', description: 'totals, scenes, characters and writing history', exportKind: 'json' },
		{ label: 'Scenes as CSV', description: 'one row per scene: words, dialogue, who is present', exportKind: 'scenesCsv' },
		{ label: 'Writing history as CSV', description: 'one row per day: words added, removed, pasted, cut', exportKind: 'historyCsv' },
	];
	return (await vscode.window.showQuickPick(choices, { title: 'Export Statistics', placeHolder: 'What to export' }))?.exportKind;
}

export function isExportKind(kind: unknown): kind is ExportKind {
	return typeof kind === 'string' && Object.hasOwn(EXPORTS, kind);
}

export class StatisticsExporter {
	constructor(
		private readonly askWhere: (options: vscode.SaveDialogOptions) => Thenable<vscode.Uri | undefined> = options => vscode.window.showSaveDialog(options),
	) {}

	/** Writes `kind` of `report` to `target`, or where the writer picks beside `documentUri`; false when cancelled. */
	async export(kind: ExportKind, report: StatisticsReport, documentUri: vscode.Uri, target?: vscode.Uri): Promise<boolean> {
		const { suffix, filter, content } = EXPORTS[kind];
		const destination =
			target ?? (await this.askWhere({ defaultUri: besideDocument(documentUri, report.document, suffix), filters: filter, saveLabel: 'Export' }));
		if (!destination) {
			return false;
		}
		try {
			await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(content(report)));
		} catch (error) {
			void vscode.window.showErrorMessage(`Dramatis: could not save ${destination.fsPath}: ${(error as Error).message}`);
			return false;
		}
		if (!target) {
			void vscode.window.showInformationMessage(`Dramatis: statistics saved to ${destination.fsPath}.`);
		}
		return true;
	}
}

/** `chapter-01-scenes.csv` next to `chapter-01.story`, or in the first workspace folder for an unsaved one. */
function besideDocument(documentUri: vscode.Uri, documentName: string, suffix: string): vscode.Uri | undefined {
	const stem = documentName.replace(/\.[^.]+$/, '') || 'story';
	if (documentUri.scheme !== 'untitled') {
		const folder = documentUri.path.slice(0, documentUri.path.lastIndexOf('/'));
		return documentUri.with({ path: `${folder}/${stem}${suffix}` });
	}
	const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
	return folder && vscode.Uri.joinPath(folder, `${stem}${suffix}`);
}
