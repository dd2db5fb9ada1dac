// Keeps one StoryModel per open story document, updated from each edit's changes so that only
// the paragraphs the writer touched are analysed again. Every feature reads models from here.
// A novel's first reading (on opening it, or after a settings change) is done in slices in the
// background, so the editor never stops for it: War and Peace read in one go holds the extension host
// for 200 ms. Until that reading is done the document has no model yet; edits made meanwhile are
// applied when it finishes. Big-file mode: a document of more than BIG_FILE_CHARACTERS has its text
// read in slices too, and no cast.

import * as vscode from 'vscode';
import { Disposable } from '../util/dispose';
import { analyzeStory, StoryAnalysis, StoryModel, TextChange, updateStory } from '../../core';
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
	/** The document's version the reading will give the model of: edits made meanwhile move it on. */
	version: number;
	readonly done: Promise<StoryModel | undefined>;
	/** Edits made since the text was taken, applied in order once the reading is done. */
	readonly edits: TextChange[];
	/** False while a big file's text is still being taken; an edit then starts the reading again. */
	textTaken: boolean;
}

/** About 20 MB of text: five War and Peaces. Below it a first analysis takes well under a second. */
export const BIG_FILE_CHARACTERS = 10_000_000;
/**
 * About 45,000 words, a short novel: a first reading of a longer text in one go would hold the
 * extension host for more than 15 ms, so it is read in the background instead.
 */
export const BACKGROUND_READING_CHARACTERS = 250_000;
/** The longest the background reading of a big file holds the extension host at a time. */
const SLICE_MS = 10;
/** Lines of a big file read into its text between two looks at the clock. */
const LINES_PER_READ = 10_000;

export class StoryModelService extends Disposable {
	private readonly models = new Map<string, CachedModel>();
	private readonly readings = new Map<string, Reading>();
	private readonly changeEmitter = this.register(new vscode.EventEmitter<StoryModelChange>());
	/** Slices of background readings waiting for holdReadings' holds to be released. */
	private readonly heldSteps: (() => void)[] = [];
	private holds = 0;

	/** Fires after a story document's model changed through an edit or a settings change. */
	readonly onDidChangeModel = this.changeEmitter.event;

	constructor(private settings: DramatisSettings) {
		super();
		this.registerAll(
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

	/** True for a document in big-file mode: its text is taken in slices too, and it has no cast. */
	isBigFile(document: vscode.TextDocument): boolean {
		return lengthOf(document) > BIG_FILE_CHARACTERS;
	}

	/** True for a document long enough for its first reading to be done in the background. */
	private readsInBackground(document: vscode.TextDocument): boolean {
		return lengthOf(document) > BACKGROUND_READING_CHARACTERS;
	}

	/**
	 * Keeps every background reading from taking its next slice until the hold is disposed. How the tests
	 * type into a novel still being read however fast the reading goes: racing it would pass only sometimes.
	 */
	holdReadings(): vscode.Disposable {
		this.holds++;
		let released = false;
		return new vscode.Disposable(() => {
			if (released) {
				return;
			}
			released = true;
			this.holds--;
			if (this.holds === 0) {
				for (const step of this.heldSteps.splice(0)) {
					setTimeout(step, 0);
				}
			}
		});
	}

	/**
	 * The model of `document` as it is now, or undefined when it is not a story, or when it is a long
	 * one still being read (`onDidChangeModel` fires when it is ready; `whenReady` waits for it).
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
		if (this.readsInBackground(document)) {
			void this.readInSlices(document);
			return undefined;
		}
		const model = analyzeStory(document.getText(), this.optionsFor(document), cached?.model);
		this.models.set(key, { version: document.version, model });
		return model;
	}

	/** The model of `document`, once a long document's background reading has finished. */
	async whenReady(document: vscode.TextDocument): Promise<StoryModel | undefined> {
		for (;;) {
			const model = this.modelOf(document);
			const reading = this.readings.get(document.uri.toString());
			if (model || !reading || document.isClosed) {
				return model;
			}
			// A reading another edit overtook gives nothing; the one that took over is waited for next.
			await reading.done;
		}
	}

	private readInSlices(document: vscode.TextDocument): Promise<StoryModel | undefined> {
		const key = document.uri.toString();
		const current = this.readings.get(key);
		if (current && current.version === document.version) {
			return current.done;
		}
		const version = document.version;
		const options = this.optionsFor(document);
		const bigFile = this.isBigFile(document);
		// A big file's text is taken a slice at a time too: getText() of 20 MB holds the host for tens of milliseconds.
		const pieces: string[] = [];
		let linesRead = 0;
		// Other text is taken now, so edits made from here on are the ones to apply after the reading.
		let analysis = bigFile ? undefined : new StoryAnalysis(document.getText(), options);
		let finish!: (model: StoryModel | undefined) => void;
		const reading: Reading = { version, edits: [], textTaken: !bigFile, done: new Promise(resolve => (finish = resolve)) };
		const step = () => {
			if (this.readings.get(key) !== reading) {
				// Closed, or a newer reading has taken over.
				finish(undefined);
				return;
			}
			if (this.holds > 0) {
				this.heldSteps.push(step);
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
			reading.textTaken = true;
			let model = analysis.step(() => performance.now() > deadline);
			if (!model) {
				setTimeout(step, 0);
				return;
			}
			if (reading.edits.length > 0) {
				// Only the edited paragraphs are read back from the document as it is now.
				model = updateStory(model, (start, end) => document.getText(new vscode.Range(document.positionAt(start), document.positionAt(end))), reading.edits);
			}
			this.readings.delete(key);
			this.models.set(key, { version: reading.version, model });
			this.changeEmitter.fire({ document, model });
			finish(model);
		};
		this.readings.set(key, reading);
		setTimeout(step, 0);
		return reading.done;
	}

	/**
	 * The model of a story file's text that is not open in an editor, read as its extension says; a long
	 * one is read a slice at a time, as an open one is.
	 */
	async modelOfFile(uri: vscode.Uri, text: string): Promise<StoryModel> {
		const analysis = new StoryAnalysis(text, /\.(md|markdown)$/i.test(uri.path) ? this.settings.markdownOptions : this.settings.plainOptions);
		for (;;) {
			const deadline = performance.now() + SLICE_MS;
			const model = analysis.step(() => performance.now() > deadline);
			if (model) {
				return model;
			}
			await new Promise(resolve => setTimeout(resolve, 0));
		}
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
			// Only the edited paragraphs are read back: the whole text of a novel is megabytes.
			const slice = (start: number, end: number) => document.getText(new vscode.Range(document.positionAt(start), document.positionAt(end)));
			model = updateStory(cached.model, slice, textChanges(event));
		} else if (this.readsInBackground(document)) {
			const reading = this.readings.get(key);
			if (reading?.textTaken && reading.version === document.version - 1) {
				// The first reading is under way: this edit is applied when it finishes.
				reading.edits.push(...textChanges(event));
				reading.version = document.version;
			} else {
				void this.readInSlices(document);
			}
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

	override dispose(): void {
		super.dispose();
		this.models.clear();
	}
}

function lengthOf(document: vscode.TextDocument): number {
	return document.offsetAt(new vscode.Position(document.lineCount, 0));
}

function textChanges(event: vscode.TextDocumentChangeEvent): TextChange[] {
	return event.contentChanges.map(change => ({ start: change.rangeOffset, end: change.rangeOffset + change.rangeLength, text: change.text }));
}
