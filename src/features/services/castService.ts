// The cast of a document and of the whole manuscript, computed when a feature asks and kept until the
// story or the cast file changes. Typing never computes a cast: a cast is found on demand (the Cast view
// refreshes a moment after the writer stops), and for a very long document features that must answer at
// once get the cast only when it is already there. Where a worker thread can run compromise, features that
// can wait get a cast whose English was worked out there; one that must answer at once and finds no cast
// ready works it out in this thread.

import * as vscode from 'vscode';
import { Delayer } from '../util/delayer';
import { Disposable } from '../util/dispose';
import { appearanceAt, Cast, CastOptions, castSteps, Character, FoundAppearance, findCast, isEnglishWord, nameKey, NameTagger, StoryModel } from '../../core';
import { CastFile } from '../cast/castFile';
import { CompromiseWorker } from './compromiseWorker';
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
/** Rounds of handing the worker windows to tag before the cast is finished in this thread. */
const TAGGING_ROUNDS = 3;

export class CastService extends Disposable {
	private readonly tagger = new NameTagger();
	/** Each model's cast, with the cast file's overrides it was found under. */
	private readonly documentCasts = new WeakMap<StoryModel, { cast: Cast; overrides: unknown }>();
	/** Casts being found off this thread, by model. */
	private readonly findings = new WeakMap<StoryModel, { cast: Promise<Cast>; overrides: unknown }>();
	private manuscriptCache: Promise<ManuscriptCast> | undefined;
	private readonly changeEmitter = this.register(new vscode.EventEmitter<void>());
	/** Tells the features a moment after the last change, not on every keystroke. */
	private readonly settling = this.register(
		new Delayer(SETTLE_MS, () => {
			this.prepare();
			this.changeEmitter.fire();
		}),
	);

	/** Fires a moment after the story, the manuscript or the cast file last changed. */
	readonly onDidChangeCast = this.changeEmitter.event;

	constructor(
		private readonly models: StoryModelService,
		private readonly manuscript: ManuscriptStories,
		private readonly castFile: CastFile,
		private readonly worker?: CompromiseWorker,
	) {
		super();
		this.registerAll(
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
		const model = this.castableModelOf(document);
		return model && { document, model, cast: this.castOfModel(model) };
	}

	/** The model of `document` when it may have a cast: big-file mode leaves the cast out, since finding it would hold the editor for seconds. */
	private castableModelOf(document: vscode.TextDocument): StoryModel | undefined {
		const model = this.models.modelOf(document);
		return model && !this.models.isBigFile(document) ? model : undefined;
	}

	/** The cast of `document`, its English worked out off this thread where a worker can; undefined when it is no story. */
	async documentCast(document: vscode.TextDocument): Promise<DocumentCast | undefined> {
		const model = this.castableModelOf(document);
		if (!model) {
			return undefined;
		}
		const cached = this.cached(model);
		if (cached) {
			return { document, model, cast: cached };
		}
		const overrides = this.castFile.overrides;
		// Several features may ask while the first asking is still being answered.
		let finding = this.findings.get(model);
		if (!finding || finding.overrides !== overrides) {
			finding = { overrides, cast: this.findCastAsync([model], { overrides }) };
			this.findings.set(model, finding);
		}
		const cast = await finding.cast;
		if (this.castFile.overrides === overrides) {
			this.documentCasts.set(model, { cast, overrides });
		}
		return { document, model, cast };
	}

	/** The cast of `document` if it is ready or quick to find; a very long one is left for later. */
	readyCastOf(document: vscode.TextDocument): DocumentCast | undefined {
		const model = this.castableModelOf(document);
		if (!model) {
			return undefined;
		}
		const cached = this.cached(model);
		if (cached) {
			return { document, model, cast: cached };
		}
		if (model.length < LONG_DOCUMENT) {
			// With a worker, a cast that needs compromise's tags is found there and told with onDidChangeCast.
			const quick = this.worker ? this.castWithoutTagging(model) : this.castOfModel(model);
			if (quick) {
				return { document, model, cast: quick };
			}
			void this.documentCast(document).then(
				() => this.changeEmitter.fire(),
				() => undefined,
			);
			return undefined;
		}
		this.settle();
		return undefined;
	}

	/** The cast of the whole manuscript (all story files of the workspace), read on first use. */
	manuscriptCast(): Promise<ManuscriptCast> {
		this.manuscriptCache ??= this.manuscript.stories().then(async stories => ({
			stories,
			cast: await this.findCastAsync(
				stories.map(story => story.model),
				{ overrides: this.castFile.overrides },
			),
		}));
		return this.manuscriptCache;
	}

	/** True for a common English word (`Marry`, `Rose`), as compromise's lexicon knows it: never a slip of a name. */
	isEnglishWord(word: string): boolean {
		return isEnglishWord(this.tagger)(word);
	}

	/** Loads compromise in the worker ahead of the first cast, so that cast need not wait for it. */
	prepare(): void {
		void this.worker?.lexicon().then(
			lexicon => this.tagger.useLexicon(lexicon),
			() => undefined,
		);
	}

	/**
	 * findCast with compromise in the worker: its lexicon first, then the run, whose doubtful names' windows
	 * the worker tags between two of its steps; should a step still read a window before its tags came,
	 * the run is made again with them. The same cast as in one go here. Without a worker, or should it
	 * fail, the cast is found in this thread.
	 */
	private async findCastAsync(stories: readonly StoryModel[], options: CastOptions): Promise<Cast> {
		const worker = this.worker;
		if (worker) {
			try {
				this.tagger.useLexicon(await worker.lexicon());
				for (let round = 0; round < TAGGING_ROUNDS; round++) {
					const { result, misread } = await this.castInSlices(stories, options, worker);
					if (misread.length === 0) {
						return result;
					}
					// A step read a window before the worker had tagged it (the tagger keeps a few thousand
					// windows, and may have let go of one tagged ahead): the run is made again with its tags.
					await this.tagInWorker(worker, misread);
				}
			} catch {
				// The worker could not start or stopped: the tagger loads compromise here instead.
			}
		}
		return findCast(stories, this.tagger, options);
	}

	/**
	 * A cast found without tagging here, one phase per turn of the event loop: a novel's cast takes some
	 * 50-100 ms. Windows a phase notes untagged (the cast notes its doubtful names' ahead of reading them)
	 * are tagged by the worker before the next. Only the phases run without tagging, so a caller in
	 * between tags as usual.
	 */
	private async castInSlices(stories: readonly StoryModel[], options: CastOptions, worker: CompromiseWorker): Promise<{ result: Cast; misread: string[] }> {
		const steps = castSteps(stories, this.tagger, options);
		const misread = new Set<string>();
		for (;;) {
			const slice = this.tagger.withoutTagging(() => steps.next());
			slice.misread.forEach(window => misread.add(window));
			if (slice.result.done) {
				return { result: slice.result.value, misread: [...misread] };
			}
			if (slice.untagged.length > 0) {
				await this.tagInWorker(worker, slice.untagged);
			} else {
				await new Promise(resolve => setTimeout(resolve, 0));
			}
		}
	}

	private async tagInWorker(worker: CompromiseWorker, windows: readonly string[]): Promise<void> {
		const tagged = await worker.tag(windows);
		windows.forEach((window, index) => this.tagger.addTaggedWindow(window, tagged[index]));
	}

	/** The cast of `model` if the tagger can find it without tagging anything new, kept; else undefined. */
	private castWithoutTagging(model: StoryModel): Cast | undefined {
		if (!this.tagger.hasLexicon) {
			return undefined;
		}
		const overrides = this.castFile.overrides;
		const { result, misread } = this.tagger.withoutTagging(() => findCast([model], this.tagger, { overrides }));
		if (misread.length > 0) {
			return undefined;
		}
		this.documentCasts.set(model, { cast: result, overrides });
		return result;
	}

	/** The manuscript's cast in a workspace folder, else the active story's; empty when there is neither. */
	async manuscriptCastOrActive(): Promise<ManuscriptCast> {
		if (vscode.workspace.workspaceFolders?.length) {
			return this.manuscriptCast();
		}
		return (await this.activeStoryCast()) ?? { stories: [], cast: { characters: [], appearancesByStory: [] } };
	}

	/** The active story's own cast, as one story; undefined when no story is active. */
	async activeStoryCast(): Promise<ManuscriptCast | undefined> {
		const editor = vscode.window.activeTextEditor;
		const own = editor && (await this.documentCast(editor.document));
		return own && { stories: [storyOfDocument(own.document, own.model)], cast: own.cast };
	}

	/** The character named at `position` of `document`, and that appearance. */
	characterAt(
		document: vscode.TextDocument,
		position: vscode.Position,
		documentCast = this.castOf(document),
	): { character: Character; found: FoundAppearance } | undefined {
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
		let cast = this.cached(model) ?? (this.worker ? this.castWithoutTagging(model) : undefined);
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

	private settle(): void {
		this.settling.debounce();
	}
}
