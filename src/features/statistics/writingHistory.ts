// Keeps the writing history of this workspace: every edit to a story document is counted by the core's
// rules (core/writingHistory.ts) from the model's word count before and after it, and the days are kept in
// the extension's workspace storage, never in the writer's files, so they survive restarts.

import * as vscode from 'vscode';
import { Delayer } from '../util/delayer';
import { Disposable } from '../util/dispose';
import {
	dayKey,
	DayTally,
	EditJournal,
	EditSource,
	EMPTY_JOURNAL,
	parseHistory,
	recentDays,
	recordEdit,
	tallyOf,
	WordCountEdit,
	WritingHistory,
} from '../../core';
import { StoryModelChange, StoryModelService } from '../services/modelService';

const STORAGE_KEY = 'dramatis.writingHistory';
/** Typing saves at most this often; a crash loses no more than the last moment's count. */
const SAVE_DELAY_MS = 1000;
/**
 * The first edit after a save arrives while the document still reads as clean: its dirty state follows in
 * a separate message. An edit to a clean document waits this long for it before it is taken as a reload.
 */
const DIRTY_WAIT_MS = 500;

interface PendingEdit {
	readonly document: vscode.TextDocument;
	readonly wordsBefore: number;
	readonly wordsAfter: number;
	readonly day: string;
	readonly timer: ReturnType<typeof setTimeout>;
}

export class WritingHistoryTracker extends Disposable {
	private history: WritingHistory;
	/** Each open document's counted edits, so undo can take back what they counted. */
	private readonly journals = new Map<string, EditJournal>();
	/** Edits to a clean document, waiting to learn whether the writer made them or the disk did. */
	private readonly pending = new Map<string, PendingEdit>();
	private readonly changeEmitter = this.register(new vscode.EventEmitter<void>());
	private readonly saving = this.register(new Delayer(SAVE_DELAY_MS, () => this.save()));

	/** Fires when a day's tally changed. */
	readonly onDidChange = this.changeEmitter.event;

	constructor(
		models: StoryModelService,
		private readonly storage: vscode.Memento,
		private readonly now: () => Date = () => new Date(),
	) {
		super();
		this.history = parseHistory(storage.get(STORAGE_KEY));
		this.registerAll(
			models.onDidChangeModel(change => this.onModelChange(change)),
			// A change event without content changes reports the dirty state catching up.
			vscode.workspace.onDidChangeTextDocument(
				event => event.contentChanges.length === 0 && event.document.isDirty && this.settle(event.document.uri.toString()),
			),
			vscode.workspace.onDidCloseTextDocument(document => {
				this.settle(document.uri.toString());
				this.journals.delete(document.uri.toString());
			}),
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
		// Edits are counted in the order they were made: an earlier one still waiting is decided first.
		this.settle(key);
		const counts = { wordsBefore: previous.words, wordsAfter: model.words };
		const source = knownSource(edit, document);
		if (source) {
			this.record(key, { ...counts, source }, this.todayKey());
		} else {
			this.pending.set(key, { document, ...counts, day: this.todayKey(), timer: setTimeout(() => this.settle(key), DIRTY_WAIT_MS) });
		}
	}

	/** Decides a waiting edit: the writer's if the document is now dirty, else the file reloaded from disk. */
	private settle(key: string): void {
		const waiting = this.pending.get(key);
		if (!waiting) {
			return;
		}
		clearTimeout(waiting.timer);
		this.pending.delete(key);
		const source: EditSource = waiting.document.isDirty ? 'writing' : 'outside';
		this.record(key, { wordsBefore: waiting.wordsBefore, wordsAfter: waiting.wordsAfter, source }, waiting.day);
	}

	private record(key: string, edit: WordCountEdit, day: string): void {
		const recorded = recordEdit(this.history, this.journals.get(key) ?? EMPTY_JOURNAL, edit, day);
		this.journals.set(key, recorded.journal);
		if (recorded.history !== this.history) {
			this.history = recorded.history;
			this.scheduleSave();
			this.changeEmitter.fire();
		}
	}

	private scheduleSave(): void {
		this.saving.schedule();
	}

	private save(): void {
		this.saving.cancel();
		void this.storage.update(STORAGE_KEY, this.history);
	}

	override dispose(): void {
		[...this.pending.keys()].forEach(key => this.settle(key));
		this.saving.flush();
		super.dispose();
	}
}

/**
 * Undo and redo say so, and an edit to a dirty document is the writer's. An edit to a clean document is
 * either the writer's first after a save or the file reloaded from disk (a branch switch, a sync, Revert
 * File): undefined until the document's dirty state tells which.
 */
function knownSource(edit: vscode.TextDocumentChangeEvent, document: vscode.TextDocument): EditSource | undefined {
	if (edit.reason === vscode.TextDocumentChangeReason.Undo) {
		return 'undo';
	}
	if (edit.reason === vscode.TextDocumentChangeReason.Redo) {
		return 'redo';
	}
	return document.isDirty || document.isUntitled ? 'writing' : undefined;
}
