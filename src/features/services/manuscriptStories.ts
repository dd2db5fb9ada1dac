// The manuscript as the cast reads it: every story file of the manuscript index (dramatis.manuscript.include /
// exclude, in reading order), each with its whole model. Behind ManuscriptStories, so the cast does not care
// whether models come from the index or, as now, from the editor and a read of the file.

import * as vscode from 'vscode';
import { decodeStory, LineIndex, StoryModel, TextRange } from '../../core';
import { ManuscriptService } from './manuscriptService';
import { StoryModelService } from './modelService';
import { toRange, toRangeIn } from '../util/positions';

export interface ManuscriptStory {
	readonly uri: vscode.Uri;
	readonly model: StoryModel;
	/** Where a range of the model's text is in the editor, without opening the file. */
	readonly rangeOf: (range: TextRange) => vscode.Range;
}

/** The story of an open document. */
export function storyOfDocument(document: vscode.TextDocument, model: StoryModel): ManuscriptStory {
	return { uri: document.uri, model, rangeOf: range => toRange(document, range) };
}

export interface ManuscriptStories {
	/** The manuscript's story files in reading order, each with its model as it is now. */
	stories(token?: vscode.CancellationToken): Promise<readonly ManuscriptStory[]>;
	/** Fires when a story file of the manuscript is created, changed or deleted. */
	readonly onDidChange: vscode.Event<void>;
}

interface ReadFile {
	readonly mtime: number;
	readonly size: number;
	readonly model: StoryModel;
	readonly lines: LineIndex;
}

/**
 * The manuscript index's files, in its reading order, each with a full model: the index keeps what scenes
 * need, the cast needs every paragraph's name mentions. Open documents give their live model; other files
 * are read when the cast first asks and kept until they change on disk.
 */
export class IndexedManuscriptStories implements ManuscriptStories {
	private readonly read = new Map<string, ReadFile>();

	readonly onDidChange: vscode.Event<void>;

	constructor(
		private readonly models: StoryModelService,
		private readonly manuscripts: ManuscriptService,
	) {
		this.onDidChange = (listener, thisArgs, disposables) => manuscripts.onDidChange(() => listener.call(thisArgs), undefined, disposables);
	}

	async stories(token?: vscode.CancellationToken): Promise<readonly ManuscriptStory[]> {
		const { files } = await this.manuscripts.whenIndexed();
		const open = new Map(vscode.workspace.textDocuments.map(document => [document.uri.toString(), document]));
		const stories: ManuscriptStory[] = [];
		const kept = new Set<string>();
		for (const file of files) {
			if (token?.isCancellationRequested) {
				break;
			}
			const uri = vscode.Uri.parse(file.id);
			const document = open.get(file.id);
			// An open novel's first reading may still be under way: wait for it rather than read the file again.
			const model = document && (await this.models.whenReady(document));
			const read = model ? undefined : await this.readFile(uri);
			kept.add(file.id);
			if (document && model) {
				stories.push(storyOfDocument(document, model));
			} else if (read) {
				stories.push({ uri, model: read.model, rangeOf: range => toRangeIn(read.lines, range) });
			}
		}
		for (const id of this.read.keys()) {
			if (!kept.has(id)) {
				this.read.delete(id);
			}
		}
		return stories;
	}

	private async readFile(uri: vscode.Uri): Promise<ReadFile | undefined> {
		try {
			const stat = await vscode.workspace.fs.stat(uri);
			const cached = this.read.get(uri.toString());
			if (cached && cached.mtime === stat.mtime && cached.size === stat.size) {
				return cached;
			}
			// A binary or non-UTF-8 file is no story; leave it out rather than read nonsense names.
			const text = decodeStory(await vscode.workspace.fs.readFile(uri));
			if (text === undefined) {
				return undefined;
			}
			const read = { mtime: stat.mtime, size: stat.size, model: await this.models.modelOfFile(uri, text), lines: LineIndex.of(text) };
			this.read.set(uri.toString(), read);
			return read;
		} catch {
			return undefined;
		}
	}
}
