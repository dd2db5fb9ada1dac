// Keeps one StoryModel per open story document, updated from each edit's changes so that only
// the paragraphs the writer touched are analysed again. Every feature reads models from here.

import * as vscode from 'vscode';
import { analyzeStory, StoryModel, updateStory } from '../core';
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

export class StoryModelService implements vscode.Disposable {
	private readonly models = new Map<string, CachedModel>();
	private readonly changeEmitter = new vscode.EventEmitter<StoryModelChange>();
	private readonly disposables: vscode.Disposable[] = [this.changeEmitter];

	/** Fires after a story document's model changed through an edit or a settings change. */
	readonly onDidChangeModel = this.changeEmitter.event;

	constructor(private settings: DramatisSettings) {
		this.disposables.push(
			vscode.workspace.onDidChangeTextDocument(event => this.onEdit(event)),
			vscode.workspace.onDidCloseTextDocument(document => this.models.delete(document.uri.toString())),
		);
	}

	/** The settings the models are built under; features read their own switches here. */
	get currentSettings(): DramatisSettings {
		return this.settings;
	}

	isStory(document: vscode.TextDocument): boolean {
		return this.settings.languages.has(document.languageId);
	}

	/** The model of `document` as it is now, or undefined when it is not a story. */
	modelOf(document: vscode.TextDocument): StoryModel | undefined {
		if (!this.isStory(document)) {
			return undefined;
		}
		const key = document.uri.toString();
		const cached = this.models.get(key);
		if (cached && cached.version === document.version) {
			return cached.model;
		}
		const model = analyzeStory(document.getText(), this.optionsFor(document), cached?.model);
		this.models.set(key, { version: document.version, model });
		return model;
	}

	/** The model of a story file's text that is not open in an editor, read as its extension says. */
	modelOfFile(uri: vscode.Uri, text: string): StoryModel {
		return analyzeStory(text, /\.(md|markdown)$/i.test(uri.path) ? this.settings.markdownOptions : this.settings.plainOptions);
	}

	/** New settings: every model is rebuilt under them, and features told. */
	updateSettings(settings: DramatisSettings): void {
		this.settings = settings;
		this.models.clear();
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
