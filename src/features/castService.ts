// The cast of a document and of the whole manuscript, computed when a feature asks and kept until the
// story or the cast file changes. Typing never computes a cast: a cast is found on demand (the Cast view
// refreshes a moment after the writer stops), and for a very long document features that must answer at
// once get the cast only when it is already there.

import * as vscode from 'vscode';
import { appearanceAt, Cast, Character, FoundAppearance, findCast, nameKey, NameTagger, StoryModel } from '../core';
import { CastFile } from './castFile';
import { ManuscriptStories, ManuscriptStory, storyOfDocument } from './manuscriptStories';
import { StoryModelService } from './modelService';

/** The cast of one open document. */
export interface DocumentCast {
	readonly document: vscode.TextDocument;
	readonly model: StoryModel;
	readonly cast: Cast;
}

/** The cast of the manuscript, its stories in the order the cast indexes them. */
export interface ManuscriptCast {
	readonly stories: readonly ManuscriptStory[];
	readonly cast: Cast;
}

/** Characters of text past which a document's cast is not worked out while a provider waits. */
const LONG_DOCUMENT = 400_000;
/** How long after the last change the cast is looked at again. */
const SETTLE_MS = 400;

export class CastService implements vscode.Disposable {
	private readonly tagger = new NameTagger();
	/** Each model's cast, with the cast file's overrides it was found under. */
	private readonly documentCasts = new WeakMap<StoryModel, { cast: Cast; overrides: unknown }>();
	private manuscriptCache: Promise<ManuscriptCast> | undefined;
	private readonly changeEmitter = new vscode.EventEmitter<void>();
	private readonly disposables: vscode.Disposable[] = [this.changeEmitter];
	private settleTimer: ReturnType<typeof setTimeout> | undefined;

	/** Fires a moment after the story, the manuscript or the cast file last changed. */
	readonly onDidChangeCast = this.changeEmitter.event;

	constructor(
		private readonly models: StoryModelService,
		private readonly manuscript: ManuscriptStories,
		private readonly castFile: CastFile,
	) {
		this.disposables.push(
			models.onDidChangeModel(() => this.settle()),
			manuscript.onDidChange(() => {
				this.manuscriptCache = undefined;
				this.settle();
			}),
			castFile.onDidChange(() => {
				this.manuscriptCache = undefined;
				this.settle();
			}),
		);
	}

	/** The cast of `document`, worked out now if need be; undefined when it is no story. */
	castOf(document: vscode.TextDocument): DocumentCast | undefined {
		const model = this.models.modelOf(document);
		// Big-file mode leaves the cast out: finding it would hold the editor for seconds.
		if (!model || this.models.isBigFile(document)) {
			return undefined;
		}
		return { document, model, cast: this.castOfModel(model) };
	}

	/** The cast of `document` if it is ready or quick to find; a very long one is left for later. */
	readyCastOf(document: vscode.TextDocument): DocumentCast | undefined {
		const model = this.models.modelOf(document);
		if (!model || this.models.isBigFile(document)) {
			return undefined;
		}
		const cached = this.cached(model);
		if (cached || model.length < LONG_DOCUMENT) {
			return { document, model, cast: cached ?? this.castOfModel(model) };
		}
		this.settle();
		return undefined;
	}

	/** The cast of the whole manuscript (all story files of the workspace), read on first use. */
	manuscriptCast(): Promise<ManuscriptCast> {
		this.manuscriptCache ??= this.manuscript.stories().then(stories => ({
			stories,
			cast: findCast(
				stories.map(story => story.model),
				this.tagger,
				{ overrides: this.castFile.overrides },
			),
		}));
		return this.manuscriptCache;
	}

	/** The manuscript's cast in a workspace folder, else the active story's; empty when there is neither. */
	async manuscriptCastOrActive(): Promise<ManuscriptCast> {
		if (vscode.workspace.workspaceFolders?.length) {
			return this.manuscriptCast();
		}
		const editor = vscode.window.activeTextEditor;
		const own = editor && this.castOf(editor.document);
		return own ? { stories: [storyOfDocument(own.document, own.model)], cast: own.cast } : { stories: [], cast: { characters: [], appearancesByStory: [] } };
	}

	/** The character named at `position` of `document`, and that appearance. */
	characterAt(document: vscode.TextDocument, position: vscode.Position, documentCast = this.castOf(document)): { character: Character; found: FoundAppearance } | undefined {
		if (!documentCast) {
			return undefined;
		}
		const found = appearanceAt(documentCast.cast, 0, document.offsetAt(position));
		return found && { character: documentCast.cast.characters[found.character], found };
	}

	/** The manuscript's character who goes by any of `character`'s names. */
	static sameCharacterIn(cast: Cast, character: Character): Character | undefined {
		const keys = new Set([character.name, ...character.aliases].map(nameKey));
		return cast.characters.find(candidate => [candidate.name, ...candidate.aliases].some(name => keys.has(nameKey(name))));
	}

	/** Where each appearance is, as locations the editor can show. */
	static locationsOf(stories: readonly ManuscriptStory[], character: Character): vscode.Location[] {
		return character.appearances.map(appearance => {
			const story = stories[appearance.story];
			return new vscode.Location(story.uri, story.rangeOf(appearance));
		});
	}

	private castOfModel(model: StoryModel): Cast {
		let cast = this.cached(model);
		if (!cast) {
			const overrides = this.castFile.overrides;
			cast = findCast([model], this.tagger, { overrides });
			this.documentCasts.set(model, { cast, overrides });
		}
		return cast;
	}

	private cached(model: StoryModel): Cast | undefined {
		const entry = this.documentCasts.get(model);
		return entry && entry.overrides === this.castFile.overrides ? entry.cast : undefined;
	}

	/** Tells the features a moment after the last change, not on every keystroke. */
	private settle(): void {
		if (this.settleTimer) {
			clearTimeout(this.settleTimer);
		}
		this.settleTimer = setTimeout(() => {
			this.settleTimer = undefined;
			this.changeEmitter.fire();
		}, SETTLE_MS);
	}

	dispose(): void {
		if (this.settleTimer) {
			clearTimeout(this.settleTimer);
		}
		this.disposables.forEach(disposable => disposable.dispose());
	}
}
