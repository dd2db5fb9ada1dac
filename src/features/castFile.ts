// The writer's cast file, `.dramatis/cast.json` in the first workspace folder: read when it changes (on disk
// or in an editor, as the writer types), its problems shown as diagnostics where they are, and the last
// overrides without problems kept for the cast. The cast commands change it through `edit`, as one
// undoable edit of the file.

import * as vscode from 'vscode';
import { CAST_FILE_PATH, CastOverrides, NO_OVERRIDES, parseCastFile } from '../core';
import { toRange } from './positions';

export class CastFile implements vscode.Disposable {
	private readonly changeEmitter = new vscode.EventEmitter<void>();
	private readonly diagnostics = vscode.languages.createDiagnosticCollection('dramatis-cast');
	private readonly disposables: vscode.Disposable[] = [this.changeEmitter, this.diagnostics];
	private current: CastOverrides = NO_OVERRIDES;
	private lastText: string | undefined;

	/** Fires when the overrides the cast uses change. */
	readonly onDidChange = this.changeEmitter.event;

	constructor(private readonly report: (message: string) => void) {
		const folder = vscode.workspace.workspaceFolders?.[0];
		if (!folder) {
			return;
		}
		// A workspace-wide glob rides on the workspace's own recursive watcher, which also sees the file appear
		// in a `.dramatis` folder that did not exist when watching began.
		const watcher = vscode.workspace.createFileSystemWatcher(`**/${CAST_FILE_PATH}`);
		const reload = (uri: vscode.Uri) => this.isCastFile(uri) && void this.reload();
		this.disposables.push(
			watcher,
			watcher.onDidCreate(reload),
			watcher.onDidChange(reload),
			watcher.onDidDelete(reload),
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

	/** Changes the cast file with `transform` (text in, text out), creating it when there is none, and saves it. */
	async edit(transform: (text: string) => string): Promise<boolean> {
		const uri = this.uri;
		if (!uri) {
			this.report('The cast file lives in a workspace folder: open a folder to keep one.');
			return false;
		}
		let document: vscode.TextDocument;
		try {
			document = await vscode.workspace.openTextDocument(uri);
		} catch {
			await vscode.workspace.fs.writeFile(uri, new Uint8Array());
			document = await vscode.workspace.openTextDocument(uri);
		}
		const before = document.getText();
		const after = transform(before);
		if (after === before) {
			return true;
		}
		const edit = new vscode.WorkspaceEdit();
		edit.replace(uri, new vscode.Range(document.positionAt(0), document.positionAt(before.length)), after);
		if (!(await vscode.workspace.applyEdit(edit))) {
			return false;
		}
		this.apply(uri, document.getText());
		return document.save();
	}

	private isCastFile(uri: vscode.Uri): boolean {
		return this.uri !== undefined && uri.toString() === this.uri.toString();
	}

	private async reload(): Promise<void> {
		const uri = this.uri;
		if (!uri) {
			return;
		}
		const open = vscode.workspace.textDocuments.find(document => document.uri.toString() === uri.toString());
		if (open) {
			this.apply(uri, open.getText());
			return;
		}
		try {
			this.apply(uri, new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
		} catch {
			this.apply(uri, undefined);
		}
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
				const diagnostic = new vscode.Diagnostic(toRange(document, problem), `${problem.message} Dramatis keeps using the cast file as it last was without problems.`, vscode.DiagnosticSeverity.Error);
				diagnostic.source = 'Dramatis';
				return diagnostic;
			}),
		);
	}

	dispose(): void {
		this.disposables.forEach(disposable => disposable.dispose());
	}
}
