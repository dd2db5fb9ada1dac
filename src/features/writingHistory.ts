// Keeps the writing history of this workspace: every edit to a story document is counted by the core's
// rules (core/writingHistory.ts) from the model's word count before and after it, and the days are kept in
// the extension's workspace storage, never in the writer's files, so they survive restarts.

import * as vscode from 'vscode';
import { dayKey, DayTally, EditJournal, EditSource, EMPTY_JOURNAL, parseHistory, recentDays, recordEdit, tallyOf, WritingHistory } from '../core';
import { StoryModelChange, StoryModelService } from './modelService';

const STORAGE_KEY = 'dramatis.writingHistory';
/** Typing saves at most this often; a crash loses no more than the last moment's count. */
const SAVE_DELAY_MS = 1000;

export class WritingHistoryTracker implements vscode.Disposable {
	private history: WritingHistory;
	/** Each open document's counted edits, so undo can take back what they counted. */
	private readonly journals = new Map<string, EditJournal>();
	private readonly changeEmitter = new vscode.EventEmitter<void>();
	private readonly disposables: vscode.Disposable[] = [this.changeEmitter];
	private saveTimer: ReturnType<typeof setTimeout> | undefined;

	/** Fires when a day's tally changed. */
	readonly onDidChange = this.changeEmitter.event;

	constructor(models: StoryModelService, private readonly storage: vscode.Memento, private readonly now: () => Date = () => new Date()) {
		this.history = parseHistory(storage.get(STORAGE_KEY));
		this.disposables.push(
			models.onDidChangeModel(change => this.onModelChange(change)),
			vscode.workspace.onDidCloseTextDocument(document => this.journals.delete(document.uri.toString())),
		);
	}

	today(): DayTally {
		return tallyOf(this.history, this.todayKey());
	}

	todayKey(): string {
		return dayKey(this.now());
	}

	/** The last `count` days up to today, oldest first, empty days included. */
	recent(count: number): { day: string; tally: DayTally }[] {
		return recentDays(this.history, this.todayKey(), count);
	}

	private onModelChange({ document, model, edit, previous }: StoryModelChange): void {
		// A model rebuilt for new settings, or first built by this edit, has no before-count to compare.
		if (!edit || !previous) {
			return;
		}
		const key = document.uri.toString();
		const recorded = recordEdit(
			this.history,
			this.journals.get(key) ?? EMPTY_JOURNAL,
			{ wordsBefore: previous.words, wordsAfter: model.words, source: sourceOf(edit, document) },
			this.todayKey(),
		);
		this.journals.set(key, recorded.journal);
		if (recorded.history !== this.history) {
			this.history = recorded.history;
			this.scheduleSave();
			this.changeEmitter.fire();
		}
	}

	private scheduleSave(): void {
		if (this.saveTimer === undefined) {
			this.saveTimer = setTimeout(() => this.save(), SAVE_DELAY_MS);
		}
	}

	private save(): void {
		clearTimeout(this.saveTimer);
		this.saveTimer = undefined;
		void this.storage.update(STORAGE_KEY, this.history);
	}

	dispose(): void {
		if (this.saveTimer !== undefined) {
			this.save();
		}
		this.disposables.forEach(disposable => disposable.dispose());
	}
}

/**
 * Undo and redo say so; any other change that leaves the document matching its file on disk was the file
 * reloaded from disk (a branch switch, a sync, Revert File), not the writer typing.
 */
function sourceOf(edit: vscode.TextDocumentChangeEvent, document: vscode.TextDocument): EditSource {
	if (edit.reason === vscode.TextDocumentChangeReason.Undo) {
		return 'undo';
	}
	if (edit.reason === vscode.TextDocumentChangeReason.Redo) {
		return 'redo';
	}
	return document.isDirty || document.isUntitled ? 'writing' : 'outside';
}
