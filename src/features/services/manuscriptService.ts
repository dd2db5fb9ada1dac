// Keeps the manuscript index: every story file of the workspace (dramatis.manuscript.include/exclude),
// in reading order, current through file-system watchers and edits to open documents. Files are read
// asynchronously and analysed in short slices, so the extension host never stalls on a large workspace.
// Open documents come from the model service, so an edited chapter is never analysed twice.

import * as vscode from 'vscode';
import { Delayer } from '../util/delayer';
import { Disposable } from '../util/dispose';
import { AnalysisOptions, decodeStory, Manuscript, ManuscriptIndex, parseOrderFile, PathFilter, Scene } from '../../core';
import { StoryModelService } from './modelService';
import { DramatisSettings } from './settings';

/** The longest the index works before giving the extension host back: well under the 50 ms budget. */
const SLICE_MS = 20;
/** Above this many files, indexing shows a cancellable notification rather than a status-bar spinner. */
const LARGE_WORKSPACE_FILES = 100;
const PARALLEL_READS = 8;
/** Edits to an open chapter reach the index after a pause in typing; readers flush them first. */
const EDIT_DELAY_MS = 150;
/** While indexing, listeners hear about progress at most this often. */
const CHANGE_INTERVAL_MS = 250;
const ORDER_FILE = '.dramatis/order.json';

export class ManuscriptService extends Disposable {
	private readonly index = new ManuscriptIndex();
	private readonly changeEmitter = this.register(new vscode.EventEmitter<Manuscript>());
	private watchers: vscode.Disposable[] = [];
	private filter: PathFilter;
	private scan = new vscode.CancellationTokenSource();
	private scanned: Promise<void> = Promise.resolve();
	private scanning = false;
	private pumping: Promise<void> | undefined;
	private readonly editedDocuments = new Map<string, vscode.TextDocument>();
	/** Edits reach the index a moment after the first one, however fast the writer types. */
	private readonly editDelay = this.register(new Delayer(EDIT_DELAY_MS, () => this.flushEdits()));
	private lastChange = 0;

	/** Fires when files were added, changed, reordered or removed. */
	readonly onDidChange = this.changeEmitter.event;

	constructor(
		private readonly models: StoryModelService,
		private settings: DramatisSettings,
		private readonly report: (message: string) => void,
	) {
		super();
		this.filter = new PathFilter(settings.manuscript.include, settings.manuscript.exclude);
		this.registerAll(
			models.onDidChangeModel(({ document }) => this.onModelChange(document)),
			vscode.workspace.onDidCloseTextDocument(document => this.onClose(document)),
			vscode.workspace.onDidChangeWorkspaceFolders(() => this.rescan()),
		);
		this.rescan();
	}

	/** The manuscript as it stands, with any pending edits to open documents taken in. */
	get manuscript(): Manuscript {
		this.flushEdits();
		return this.index.manuscript;
	}

	/** The manuscript once every file found so far has been read and analysed. */
	async whenIndexed(): Promise<Manuscript> {
		let scan: Promise<void>;
		do {
			scan = this.scanned;
			await scan;
		} while (scan !== this.scanned);
		// A file queued while the last turn was finishing gets a turn of its own.
		while (this.index.pending > 0 || this.pumping) {
			await this.pump();
		}
		return this.manuscript;
	}

	/** Every file found so far has been read and analysed. */
	get isIndexed(): boolean {
		return !this.scanning && this.index.pending === 0 && !this.pumping;
	}

	/** Whether `uri` is one of the manuscript's files (or would be, once read). */
	includes(uri: vscode.Uri): boolean {
		return this.index.has(uri.toString()) || this.belongs(uri);
	}

	/** New settings: the manuscript is read again when they change which files it holds or how they are read. */
	updateSettings(settings: DramatisSettings): void {
		const before = readingSettingsOf(this.settings);
		this.settings = settings;
		if (readingSettingsOf(settings) !== before) {
			this.filter = new PathFilter(settings.manuscript.include, settings.manuscript.exclude);
			this.rescan();
		}
	}

	/**
	 * Gives the files their scenes' casts, found a moment after the writer stopped typing. Readers of the
	 * manuscript see them at once; onDidChange is not fired, since nothing the cast is read from changed.
	 * True when a scene's cast changed.
	 */
	castScenes(casts: readonly { readonly id: string; readonly scenes: readonly Scene[] }[]): boolean {
		let changed = false;
		for (const { id, scenes } of casts) {
			changed = this.index.castScenes(id, scenes) || changed;
		}
		return changed;
	}

	/** Forgets everything and reads the workspace again. */
	rescan(): void {
		this.scan.cancel();
		this.scan.dispose();
		this.scan = new vscode.CancellationTokenSource();
		this.index.clear();
		this.watchers.forEach(watcher => watcher.dispose());
		this.watchers = this.watch();
		const scan = this.scan;
		this.scanning = true;
		this.scanned = this.readWorkspace(scan.token)
			.catch(error => this.report(`Could not read the manuscript: ${(error as Error).message}`))
			.finally(() => {
				// A scan the writer cancelled is over; one replaced by a rescan is not the one that counts.
				if (this.scan === scan) {
					this.scanning = false;
				}
			});
	}

	private async readWorkspace(token: vscode.CancellationToken): Promise<void> {
		if (!vscode.workspace.workspaceFolders?.length) {
			this.fireChange(true);
			return;
		}
		await this.loadOrder();
		const { include, exclude, maxFiles } = this.settings.manuscript;
		const found = await vscode.workspace.findFiles(globOf(include), exclude.length > 0 ? globOf(exclude) : null, maxFiles + 1, token);
		if (token.isCancellationRequested) {
			return;
		}
		let uris = found.filter(uri => this.filter.matches(this.pathOf(uri)));
		if (uris.length > maxFiles) {
			this.report(
				`The workspace has more than ${maxFiles} story files; the manuscript holds the first ${maxFiles}. Narrow dramatis.manuscript.include or raise dramatis.manuscript.maxFiles.`,
			);
			uris = uris.slice(0, maxFiles);
		}
		if (uris.length > LARGE_WORKSPACE_FILES) {
			// Cancel stops this first reading only: files the writer changes later are still taken in.
			const reading = new vscode.CancellationTokenSource();
			const stop = token.onCancellationRequested(() => reading.cancel());
			try {
				await vscode.window.withProgress(
					{ location: vscode.ProgressLocation.Notification, title: 'Dramatis: reading the manuscript', cancellable: true },
					(progress, cancel) => {
						cancel.onCancellationRequested(() => reading.cancel());
						return this.readFiles(uris, reading.token, progress);
					},
				);
			} finally {
				stop.dispose();
				reading.dispose();
			}
		} else {
			await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Dramatis: reading the manuscript' }, progress =>
				this.readFiles(uris, token, progress),
			);
		}
	}

	private async readFiles(
		uris: readonly vscode.Uri[],
		token: vscode.CancellationToken,
		progress: vscode.Progress<{ message?: string; increment?: number }>,
	): Promise<void> {
		const queue = [...uris];
		let read = 0;
		const reader = async () => {
			for (let uri = queue.shift(); uri && !token.isCancellationRequested; uri = queue.shift()) {
				await this.load(uri, token);
				read++;
				progress.report({ message: `${read} of ${uris.length} files`, increment: 100 / uris.length });
				void this.pump();
			}
		};
		await Promise.all(Array.from({ length: Math.min(PARALLEL_READS, uris.length) }, reader));
		if (!token.isCancellationRequested) {
			await this.pump();
		}
	}

	/** Queues a file's text: an open story document's model as the model service has it, else the file on disk. */
	private async load(uri: vscode.Uri, token = this.scan.token): Promise<void> {
		const id = uri.toString();
		const document = vscode.workspace.textDocuments.find(candidate => candidate.uri.toString() === id);
		if (document && this.takeDocument(document)) {
			return;
		}
		let text: string | undefined;
		try {
			text = decodeStory(await vscode.workspace.fs.readFile(uri));
		} catch {
			text = undefined;
		}
		// A rescan started while the file was being read: the new scan reads it again under its own settings.
		if (token.isCancellationRequested) {
			return;
		}
		if (text === undefined) {
			// Gone, unreadable, binary or not UTF-8: not part of the manuscript.
			this.index.remove(id);
			return;
		}
		this.index.enqueue({ id, path: this.pathOf(uri), text, options: this.optionsFor(uri) });
	}

	private takeDocument(document: vscode.TextDocument): boolean {
		const model = this.models.modelOf(document);
		if (!model) {
			return false;
		}
		this.index.setModel(document.uri.toString(), this.pathOf(document.uri), document.getText(), model);
		return true;
	}

	/** Runs the index in slices until its queue is empty, giving the host back between slices. */
	private pump(): Promise<void> {
		// `finally` runs after the assignment, so a call that finds nothing to do cannot leave a finished turn in place.
		this.pumping ??= this.drain().finally(() => {
			this.pumping = undefined;
		});
		return this.pumping;
	}

	private async drain(): Promise<void> {
		while (this.index.pending > 0) {
			const sliceStart = performance.now();
			this.index.work(() => performance.now() - sliceStart >= SLICE_MS);
			this.fireChange(false);
			await new Promise(resolve => setTimeout(resolve, 0));
		}
		this.fireChange(true);
	}

	private watch(): vscode.Disposable[] {
		const files = vscode.workspace.createFileSystemWatcher(globOf(this.settings.manuscript.include));
		const order = vscode.workspace.createFileSystemWatcher(`**/${ORDER_FILE}`);
		const reorder = async () => {
			await this.loadOrder();
			this.fireChange(true);
		};
		return [
			files,
			files.onDidCreate(uri => this.onDiskChange(uri)),
			files.onDidChange(uri => this.onDiskChange(uri)),
			files.onDidDelete(uri => {
				this.index.remove(uri.toString());
				this.fireChange(true);
			}),
			order,
			order.onDidCreate(reorder),
			order.onDidChange(reorder),
			order.onDidDelete(reorder),
		];
	}

	private async onDiskChange(uri: vscode.Uri): Promise<void> {
		if (!this.belongs(uri)) {
			return;
		}
		const open = vscode.workspace.textDocuments.find(document => document.uri.toString() === uri.toString());
		// An open story document is kept current from its edits; the disk only catches up on save.
		if (open && this.models.isStory(open)) {
			return;
		}
		if (!this.index.has(uri.toString()) && this.index.size >= this.settings.manuscript.maxFiles) {
			return;
		}
		await this.load(uri);
		await this.pump();
	}

	private onModelChange(document: vscode.TextDocument): void {
		if (!this.includes(document.uri)) {
			return;
		}
		this.editedDocuments.set(document.uri.toString(), document);
		this.editDelay.schedule();
	}

	/**
	 * Takes pending edits into the index. Listeners still hear of them: a reader that flushes them early
	 * (Ctrl+T while typing) must not leave the cast and the views on the text from before the edit.
	 */
	private flushEdits(): void {
		this.editDelay.cancel();
		if (this.editedDocuments.size === 0) {
			return;
		}
		for (const document of this.editedDocuments.values()) {
			this.takeDocument(document);
		}
		this.editedDocuments.clear();
		// Told on the next turn: flushing happens inside readers, which must not set listeners off midway.
		setTimeout(() => this.fireChange(true), 0);
	}

	/** A closed document's unsaved edits are gone: the file on disk is the manuscript again. */
	private async onClose(document: vscode.TextDocument): Promise<void> {
		const id = document.uri.toString();
		this.editedDocuments.delete(id);
		if (this.index.has(id)) {
			await this.load(document.uri);
			await this.pump();
		}
	}

	private async loadOrder(): Promise<void> {
		const folders = vscode.workspace.workspaceFolders ?? [];
		const order: string[] = [];
		for (const folder of folders) {
			let bytes: Uint8Array;
			try {
				bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, ORDER_FILE));
			} catch {
				continue;
			}
			const parsed = parseOrderFile(new TextDecoder().decode(bytes));
			if ('error' in parsed) {
				this.report(`${parsed.error}. The manuscript keeps its natural order until the file is fixed.`);
				continue;
			}
			order.push(...parsed.order.map(path => (folders.length > 1 ? `${folder.name}/${path}` : path)));
		}
		this.index.setOrder(order);
	}

	private belongs(uri: vscode.Uri): boolean {
		return vscode.workspace.getWorkspaceFolder(uri) !== undefined && this.filter.matches(this.pathOf(uri));
	}

	private pathOf(uri: vscode.Uri): string {
		return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
	}

	private optionsFor(uri: vscode.Uri): AnalysisOptions {
		return /\.(?:md|markdown)$/i.test(uri.path) ? this.settings.markdownOptions : this.settings.plainOptions;
	}

	private fireChange(force: boolean): void {
		const now = performance.now();
		if (force || now - this.lastChange >= CHANGE_INTERVAL_MS) {
			this.lastChange = now;
			this.changeEmitter.fire(this.index.manuscript);
		}
	}

	override dispose(): void {
		this.scan.cancel();
		this.scan.dispose();
		this.editDelay.cancel();
		this.watchers.forEach(watcher => watcher.dispose());
		super.dispose();
		this.index.clear();
	}
}

function readingSettingsOf(settings: DramatisSettings): string {
	const { headings } = settings.plainOptions;
	return JSON.stringify([settings.manuscript, headings.chapter.source, headings.sceneBreak.source, [...settings.languages]]);
}

/** Several globs as one, the way findFiles and file watchers take them. */
function globOf(globs: readonly string[]): string {
	return globs.length === 1 ? globs[0] : `{${globs.join(',')}}`;
}
