// The counts in the status bar: the document's words (or the selection's, of them), the words of the scene
// under the cursor, and today's progress toward the daily goal. Each is its own item, so the writer can
// hide any of them (`dramatis.statusBar.*`) or move them; a click on any opens Statistics.

import * as vscode from 'vscode';
import { Commands } from '../commands';
import { StoryModelService } from '../services/modelService';
import { SettingsWatcher } from '../services/settings';
import { StatusBarEntry, statusBarTexts } from './statusBarText';
import { WritingHistoryTracker } from './writingHistory';
import { countFormatter } from './wordFormat';

export function registerStatusBar(models: StoryModelService, settings: SettingsWatcher, history: WritingHistoryTracker): vscode.Disposable {
	// Right-aligned items with a higher priority sit further left: words, then scene, then today, together
	// ahead of the editor's own items (line and column, indentation, encoding, language).
	const words = createItem('dramatis.wordCount', 'Dramatis Word Count', 1002);
	const scene = createItem('dramatis.sceneWords', 'Dramatis Scene Words', 1001);
	const goal = createItem('dramatis.dailyGoal', 'Dramatis Daily Goal', 1000);
	const formatCount = countFormatter();
	const visible = new Set<vscode.StatusBarItem>();

	const refresh = () => {
		const editor = vscode.window.activeTextEditor;
		const model = editor && models.modelOf(editor.document);
		if (!editor || !model) {
			[words, scene, goal].forEach(item => show(item, undefined, visible));
			return;
		}
		const { document } = editor;
		const current = settings.current;
		const texts = statusBarTexts({
			model,
			cursor: document.offsetAt(editor.selection.active),
			selections: editor.selections
				.filter(selection => !selection.isEmpty)
				.map(selection => ({ start: document.offsetAt(selection.start), end: document.offsetAt(selection.end) })),
			today: history.today(),
			dailyGoal: current.dailyWordGoal,
			parts: current.statusBar,
			formatCount,
		});
		show(words, texts.words, visible);
		show(scene, texts.scene, visible);
		show(goal, texts.goal, visible);
	};

	refresh();
	return vscode.Disposable.from(
		words,
		scene,
		goal,
		vscode.window.onDidChangeActiveTextEditor(refresh),
		vscode.window.onDidChangeTextEditorSelection(event => event.textEditor === vscode.window.activeTextEditor && refresh()),
		models.onDidChangeModel(change => change.document === vscode.window.activeTextEditor?.document && refresh()),
		settings.onDidChange(refresh),
		history.onDidChange(refresh),
		refreshAtMidnight(refresh),
	);
}

function createItem(id: string, name: string, priority: number): vscode.StatusBarItem {
	const item = vscode.window.createStatusBarItem(id, vscode.StatusBarAlignment.Right, priority);
	item.name = name;
	item.command = Commands.showStatistics;
	return item;
}

/** Each call crosses to the workbench, and this runs on every keystroke: only real changes are sent. */
function show(item: vscode.StatusBarItem, entry: StatusBarEntry | undefined, visible: Set<vscode.StatusBarItem>): void {
	if (!entry) {
		if (visible.delete(item)) {
			item.hide();
		}
		return;
	}
	if (item.text !== entry.text) {
		item.text = entry.text;
	}
	if (item.tooltip !== entry.tooltip) {
		item.tooltip = entry.tooltip;
	}
	if (!visible.has(item)) {
		visible.add(item);
		item.show();
	}
}

/** "Today" turns over at the writer's midnight even when nothing is typed. */
function refreshAtMidnight(refresh: () => void): vscode.Disposable {
	let timer: ReturnType<typeof setTimeout>;
	const schedule = () => {
		const now = new Date();
		const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
		timer = setTimeout(
			() => {
				refresh();
				schedule();
			},
			midnight.getTime() - now.getTime() + 1000,
		);
		// Waiting for midnight is no reason to keep a process alive (Node only; a browser has no unref).
		(timer as { unref?: () => void }).unref?.();
	};
	schedule();
	return new vscode.Disposable(() => clearTimeout(timer));
}
