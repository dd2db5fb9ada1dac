// The manuscript as the cast reads it: every story file of the workspace (dramatis.manuscript.include /
// exclude), in natural path order, each with its model. Open documents give their live model; other files
// are read from disk once and kept until they change. Kept behind ManuscriptStories so a workspace-wide
// index can serve it instead.

import * as vscode from 'vscode';
import { StoryModel } from '../core';
import { StoryModelService } from './modelService';
import { ManuscriptSettings } from './settings';

export interface ManuscriptStory {
	readonly uri: vscode.Uri;
	readonly model: StoryModel;
}

export interface ManuscriptStories {
	/** The manuscript's story files in reading order, each with its model as it is now. */
	stories(token?: vscode.CancellationToken): Promise<readonly ManuscriptStory[]>;
	/** Fires when a story file of the manuscript is created, changed or deleted. */
	readonly onDidChange: vscode.Event<void>;
}

/** Beyond this many files a workspace is not one manuscript; the rest are left unread. */
const MAX_FILES = 2000;

interface ReadFile {
	readonly mtime: number;
	readonly size: number;
	readonly model: StoryModel;
}

export class WorkspaceManuscriptStories implements ManuscriptStories, vscode.Disposable {
	private readonly changeEmitter = new vscode.EventEmitter<void>();
	private readonly read = new Map<string, ReadFile>();
	private readonly disposables: vscode.Disposable[] = [this.changeEmitter];
	private files: Promise<vscode.Uri[]> | undefined;

	readonly onDidChange = this.changeEmitter.event;

	constructor(
		private readonly models: StoryModelService,
		private settings: ManuscriptSettings,
	) {
		const watcher = vscode.workspace.createFileSystemWatcher(braces(settings.include));
		const changed = (uri: vscode.Uri, listChanged: boolean) => {
			this.read.delete(uri.toString());
			if (listChanged) {
				this.files = undefined;
			}
			this.changeEmitter.fire();
		};
		this.disposables.push(
			watcher,
			watcher.onDidCreate(uri => changed(uri, true)),
			watcher.onDidDelete(uri => changed(uri, true)),
			watcher.onDidChange(uri => changed(uri, false)),
			models.onDidChangeModel(() => this.changeEmitter.fire()),
		);
	}

	updateSettings(settings: ManuscriptSettings): void {
		this.settings = settings;
		this.files = undefined;
		this.read.clear();
		this.changeEmitter.fire();
	}

	async stories(token?: vscode.CancellationToken): Promise<readonly ManuscriptStory[]> {
		this.files ??= this.findFiles();
		const files = await this.files;
		const open = new Map(vscode.workspace.textDocuments.map(document => [document.uri.toString(), document]));
		const stories: ManuscriptStory[] = [];
		for (const uri of files) {
			if (token?.isCancellationRequested) {
				break;
			}
			const document = open.get(uri.toString());
			const model = document ? this.models.modelOf(document) : await this.readModel(uri);
			if (model) {
				stories.push({ uri, model });
			}
		}
		return stories;
	}

	private async findFiles(): Promise<vscode.Uri[]> {
		const include = braces(this.settings.include);
		const exclude = braces(this.settings.exclude);
		const found = await vscode.workspace.findFiles(include, exclude, MAX_FILES);
		return found.sort((a, b) => a.path.localeCompare(b.path, undefined, { numeric: true, sensitivity: 'base' }));
	}

	private async readModel(uri: vscode.Uri): Promise<StoryModel | undefined> {
		try {
			const stat = await vscode.workspace.fs.stat(uri);
			const cached = this.read.get(uri.toString());
			if (cached && cached.mtime === stat.mtime && cached.size === stat.size) {
				return cached.model;
			}
			const bytes = await vscode.workspace.fs.readFile(uri);
			// A binary or non-UTF-8 file is no story; leave it out rather than read nonsense names.
			if (bytes.includes(0)) {
				return undefined;
			}
			const model = this.models.modelOfFile(uri, new TextDecoder('utf-8', { fatal: true }).decode(bytes));
			this.read.set(uri.toString(), { mtime: stat.mtime, size: stat.size, model });
			return model;
		} catch {
			return undefined;
		}
	}

	dispose(): void {
		this.disposables.forEach(disposable => disposable.dispose());
	}
}

/** Several globs as the one pattern findFiles takes: `{**\/*.story,**\/*.md}`. */
function braces(globs: readonly string[]): string {
	return globs.length === 1 ? globs[0] : `{${globs.join(',')}}`;
}
