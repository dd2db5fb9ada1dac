// The writer's cast file, `.dramatis/cast.json` in the first workspace folder: read when it changes (on disk
// or in an editor, as the writer types), its problems shown as diagnostics where they are, and the last
// overrides without problems kept for the cast. The cast commands change it through `edit`: the file is
// written, or, while the writer has unsaved changes in it, edited alongside them.

import * as vscode from 'vscode';
import { Disposable } from '../util/dispose';
import { CAST_FILE_PATH, CastOverrides, NO_OVERRIDES, parseCastFile } from '../../core';
import { toRange } from '../util/positions';
import { Delayer } from '../util/delayer';

/** How long after the `.dramatis` folder appears the cast file is read once more. */
const FOLDER_SETTLE_MS = 300;

export class CastFile extends Disposable {
	private readonly changeEmitter = this.register(new vscode.EventEmitter<void>());
	private readonly diagnostics = this.register(vscode.languages.createDiagnosticCollection('dramatis-cast'));
	private current: CastOverrides = NO_OVERRIDES;
	private lastText: string | undefined;

	/** Fires when the overrides the cast uses change. */
	readonly onDidChange = this.changeEmitter.event;

	constructor(private readonly report: (message: string) => void) {
		super();
		const folder = vscode.workspace.workspaceFolders?.[0];
		if (!folder) {
			return;
		}
		// A workspace-wide glob rides on the workspace's own recursive watcher, which also sees the file appear
		// in a `.dramatis` folder that did not exist when watching began.
		const watcher = vscode.workspace.createFileSystemWatcher(`**/${CAST_FILE_PATH}`);
		// Deleting the whole `.dramatis` folder is reported for the folder alone. So may be creating it with the
		// file inside at once (a script, a checkout, a sync): the file's own event can be lost while the watcher
		// starts watching the new folder, so the file is read when the folder appears, and again a moment later
		// in case it was still being written.
		const folderWatcher = vscode.workspace.createFileSystemWatcher(`**/${CAST_FILE_PATH.split('/')[0]}`, false, true, false);
		// The patterns name the cast file (and its folder) already; reading it again is cheap.
		const reload = () => void this.reload();
		const readAgain = this.register(new Delayer(FOLDER_SETTLE_MS, reload));
		this.registerAll(
			watcher,
			folderWatcher,
			watcher.onDidCreate(reload),
			watcher.onDidChange(reload),
			watcher.onDidDelete(reload),
			folderWatcher.onDidCreate(() => {
				reload();
				readAgain.debounce();
			}),
			folderWatcher.onDidDelete(reload),
			vscode.workspace.onDidChangeTextDocument(event => this.isCastFile(event.document.uri) && this.apply(event.document.uri, event.document.getText())),
		);
		void this.reload();
	}

	/** What the cast file says, as of its last version without problems. */
	get overrides(): CastOverrides {
		return this.current;
	}

	/** Where the cast file is (or would be), or undefined without a workspace folder. */
	get uri(): vscode.Uri | undefined {
		const folder = vscode.workspace.workspaceFolders?.[0];
		return folder && vscode.Uri.joinPath(folder.uri, ...CAST_FILE_PATH.split('/'));
	}

	/**
	 * Changes the cast file with `transform` (text in, text out), creating it when there is none. While the
	 * writer has unsaved changes in it, the change joins them as an edit they can undo; otherwise the file is
	 * written and any editor showing it follows.
	 */
	async edit(transform: (text: string) => string): Promise<boolean> {
		const uri = this.uri;
		if (!uri) {
			this.report('The cast file lives in a workspace folder: open a folder to keep one.');
			return false;
		}
		const open = vscode.workspace.textDocuments.find(document => document.uri.toString() === uri.toString());
		if (open?.isDirty) {
			const before = open.getText();
			const edit = new vscode.WorkspaceEdit();
			edit.replace(uri, new vscode.Range(open.positionAt(0), open.positionAt(before.length)), transform(before));
			return vscode.workspace.applyEdit(edit);
		}
		const before = await vscode.workspace.fs.readFile(uri).then(
			bytes => new TextDecoder().decode(bytes),
			() => '',
		);
		const after = transform(before);
		if (after !== before) {
			await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
			await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(after));
			this.apply(uri, after);
		}
		return true;
	}

	private isCastFile(uri: vscode.Uri): boolean {
		return this.uri !== undefined && uri.toString() === this.uri.toString();
	}

	private async reload(): Promise<void> {
		const uri = this.uri;
		if (!uri) {
			return;
		}
		let bytes: Uint8Array;
		try {
			bytes = await vscode.workspace.fs.readFile(uri);
		} catch {
			// Deleted: whatever an editor still holds of it no longer counts.
			this.apply(uri, undefined);
			return;
		}
		// An editor with unsaved changes is ahead of the disk: the writer is typing in it.
		const open = vscode.workspace.textDocuments.find(document => document.uri.toString() === uri.toString());
		this.apply(uri, open?.isDirty ? open.getText() : new TextDecoder().decode(bytes));
	}

	/** Takes in the file's text (undefined: no file), showing its problems and keeping its overrides if it has none. */
	private apply(uri: vscode.Uri, text: string | undefined): void {
		if (text === this.lastText) {
			return;
		}
		this.lastText = text;
		const parsed = text === undefined ? { overrides: NO_OVERRIDES, problems: [] } : parseCastFile(text);
		void this.showProblems(uri, text, parsed.problems);
		if (parsed.overrides && parsed.overrides !== this.current) {
			this.current = parsed.overrides;
			this.changeEmitter.fire();
		}
	}

	private async showProblems(uri: vscode.Uri, text: string | undefined, problems: readonly { start: number; end: number; message: string }[]): Promise<void> {
		if (text === undefined || problems.length === 0) {
			this.diagnostics.delete(uri);
			return;
		}
		const document = await vscode.workspace.openTextDocument(uri);
		if (document.getText() !== text) {
			return;
		}
		this.diagnostics.set(
			uri,
			problems.map(problem => {
				const diagnostic = new vscode.Diagnostic(
					toRange(document, problem),
					`${problem.message} Dramatis keeps using the cast file as it last was without problems.`,
					vscode.DiagnosticSeverity.Error,
				);
				diagnostic.source = 'Dramatis';
				return diagnostic;
			}),
		);
	}
}
