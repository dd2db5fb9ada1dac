// Keeps one StoryModel per open story document, updated from each edit's changes so that only
// the paragraphs the writer touched are analysed again. Every feature reads models from here.
// Big-file mode: a document of more than BIG_FILE_CHARACTERS is read in slices in the background,
// so opening it never freezes the editor; until the first reading is done it has no model yet.

import * as vscode from 'vscode';
import { analyzeStory, StoryAnalysis, StoryModel, updateStory } from '../core';
import { DramatisSettings } from './settings';

export interface StoryModelChange {
	readonly document: vscode.TextDocument;
	readonly model: StoryModel;
	/** For a change made by an edit: the edit, and the model from just before it when one was kept. */
	readonly edit?: vscode.TextDocumentChangeEvent;
	readonly previous?: StoryModel;
}

interface CachedModel {
	readonly version: number;
	readonly model: StoryModel;
}

interface Reading {
	readonly version: number;
	readonly done: Promise<StoryModel | undefined>;
}

/** About 20 MB of text: five War and Peaces. Below it a first analysis takes well under a second. */
export const BIG_FILE_CHARACTERS = 10_000_000;
/** The longest the background reading of a big file holds the extension host at a time. */
const SLICE_MS = 10;
/** Lines of a big file read into its text between two looks at the clock. */
const LINES_PER_READ = 10_000;

export class StoryModelService implements vscode.Disposable {
	private readonly models = new Map<string, CachedModel>();
	private readonly readings = new Map<string, Reading>();
	private readonly changeEmitter = new vscode.EventEmitter<StoryModelChange>();
	private readonly disposables: vscode.Disposable[] = [this.changeEmitter];

	/** Fires after a story document's model changed through an edit or a settings change. */
	readonly onDidChangeModel = this.changeEmitter.event;

	constructor(private settings: DramatisSettings) {
		this.disposables.push(
			vscode.workspace.onDidChangeTextDocument(event => this.onEdit(event)),
			vscode.workspace.onDidCloseTextDocument(document => {
				this.models.delete(document.uri.toString());
				this.readings.delete(document.uri.toString());
			}),
		);
	}

	/** The settings the models are built under; features read their own switches here. */
	get currentSettings(): DramatisSettings {
		return this.settings;
	}

	isStory(document: vscode.TextDocument): boolean {
		return this.settings.languages.has(document.languageId);
	}

	/** True for a document long enough to be read in the background (big-file mode). */
	isBigFile(document: vscode.TextDocument): boolean {
		return document.offsetAt(new vscode.Position(document.lineCount, 0)) > BIG_FILE_CHARACTERS;
	}

	/**
	 * The model of `document` as it is now, or undefined when it is not a story, or when it is a big
	 * file still being read (`onDidChangeModel` fires when it is ready; `whenReady` waits for it).
	 */
	modelOf(document: vscode.TextDocument): StoryModel | undefined {
		if (!this.isStory(document)) {
			return undefined;
		}
		const key = document.uri.toString();
		const cached = this.models.get(key);
		if (cached && cached.version === document.version) {
			return cached.model;
		}
		if (this.isBigFile(document)) {
			void this.readInSlices(document);
			return undefined;
		}
		const model = analyzeStory(document.getText(), this.optionsFor(document), cached?.model);
		this.models.set(key, { version: document.version, model });
		return model;
	}

	/** The model of `document`, once a big file's background reading has finished. */
	async whenReady(document: vscode.TextDocument): Promise<StoryModel | undefined> {
		return this.modelOf(document) ?? this.readings.get(document.uri.toString())?.done;
	}

	private readInSlices(document: vscode.TextDocument): Promise<StoryModel | undefined> {
		const key = document.uri.toString();
		const reading = this.readings.get(key);
		if (reading && reading.version === document.version) {
			return reading.done;
		}
		const version = document.version;
		const options = this.optionsFor(document);
		// Even the text is read a slice at a time: getText() of 20 MB holds the host for tens of milliseconds.
		const pieces: string[] = [];
		let linesRead = 0;
		let analysis: StoryAnalysis | undefined;
		const done = new Promise<StoryModel | undefined>(resolve => {
			const step = () => {
				if (this.readings.get(key)?.version !== version) {
					// Closed, or edited: a newer reading has taken over.
					resolve(undefined);
					return;
				}
				const deadline = performance.now() + SLICE_MS;
				while (!analysis && linesRead < document.lineCount) {
					const next = Math.min(document.lineCount, linesRead + LINES_PER_READ);
					pieces.push(document.getText(new vscode.Range(linesRead, 0, next, 0)));
					linesRead = next;
					if (linesRead < document.lineCount && performance.now() > deadline) {
						setTimeout(step, 0);
						return;
					}
				}
				analysis ??= new StoryAnalysis(pieces.splice(0).join(''), options);
				const model = analysis.step(() => performance.now() > deadline);
				if (!model) {
					setTimeout(step, 0);
					return;
				}
				this.readings.delete(key);
				this.models.set(key, { version, model });
				this.changeEmitter.fire({ document, model });
				resolve(model);
			};
			setTimeout(step, 0);
		});
		this.readings.set(key, { version, done });
		return done;
	}

	/** The model of a story file's text that is not open in an editor, read as its extension says. */
	modelOfFile(uri: vscode.Uri, text: string): StoryModel {
		return analyzeStory(text, /\.(md|markdown)$/i.test(uri.path) ? this.settings.markdownOptions : this.settings.plainOptions);
	}

	/** New settings: every model is rebuilt under them, and features told. */
	updateSettings(settings: DramatisSettings): void {
		this.settings = settings;
		this.models.clear();
		this.readings.clear();
		for (const document of vscode.workspace.textDocuments) {
			const model = this.modelOf(document);
			if (model) {
				this.changeEmitter.fire({ document, model });
			}
		}
	}

	private onEdit(event: vscode.TextDocumentChangeEvent): void {
		const { document } = event;
		if (!this.isStory(document) || event.contentChanges.length === 0) {
			return;
		}
		const key = document.uri.toString();
		const cached = this.models.get(key);
		let model: StoryModel;
		const previous = cached?.model;
		if (cached && cached.model.options === this.optionsFor(document)) {
			const changes = event.contentChanges.map(change => ({ start: change.rangeOffset, end: change.rangeOffset + change.rangeLength, text: change.text }));
			// Only the edited paragraphs are read back: the whole text of a novel is megabytes.
			const slice = (start: number, end: number) => document.getText(new vscode.Range(document.positionAt(start), document.positionAt(end)));
			model = updateStory(cached.model, slice, changes);
		} else if (this.isBigFile(document)) {
			void this.readInSlices(document);
			return;
		} else {
			model = analyzeStory(document.getText(), this.optionsFor(document));
		}
		this.models.set(key, { version: document.version, model });
		this.changeEmitter.fire({ document, model, edit: event, previous });
	}

	private optionsFor(document: vscode.TextDocument) {
		return document.languageId === 'markdown' ? this.settings.markdownOptions : this.settings.plainOptions;
	}

	dispose(): void {
		this.disposables.forEach(disposable => disposable.dispose());
		this.models.clear();
	}
}
