// Notes the core finds from the manuscript's cast (or the active story's when no folder is open), shown as
// a diagnostic collection: worked out a moment after the writer stops typing (the cast service's change),
// never on a keystroke, and kept per cast so a second look at the same cast costs nothing. Each kind of
// note says how it is found and how it reads; placing it in the files and keeping the collection is here.

import * as vscode from 'vscode';
import { Disposable } from '../util/dispose';
import { Cast, StoryModel, TextRange } from '../../core';
import { CastService } from '../services/castService';
import { ManuscriptStory } from '../services/manuscriptStories';

/** A note placed in the editor: its story and where it is there. */
export interface PlacedNote<Note> {
	readonly note: Note;
	readonly story: ManuscriptStory;
	readonly range: vscode.Range;
}

export abstract class CastNoteDiagnostics<Note extends TextRange & { readonly story: number }> extends Disposable {
	private readonly collection: vscode.DiagnosticCollection;
	private readonly notesOfCast = new WeakMap<Cast, readonly Note[]>();
	private generation = 0;
	/** The notes last shown, by document and then in the order found. */
	protected placed: ReadonlyMap<string, readonly PlacedNote<Note>[]> = new Map();

	constructor(
		protected readonly casts: CastService,
		collectionName: string,
	) {
		super();
		this.collection = this.register(vscode.languages.createDiagnosticCollection(collectionName));
		const startup = setTimeout(() => void this.refresh(), 0);
		this.registerAll(
			{ dispose: () => clearTimeout(startup) },
			casts.onDidChangeCast(() => void this.refresh()),
			// Without a folder the notes are the active story's: another story brings its own.
			vscode.window.onDidChangeActiveTextEditor(() => !vscode.workspace.workspaceFolders?.length && void this.refresh()),
		);
	}

	/** The notes in `stories` under `cast`. */
	protected abstract find(stories: readonly StoryModel[], cast: Cast): readonly Note[];

	/** How each note reads in the editor, knowing `all` the notes found with it (`written so 3 times`). */
	protected abstract describe(all: readonly Note[]): (placed: PlacedNote<Note>) => vscode.Diagnostic;

	/** The notes as shown now, once the cast is found: for tests and other readers. */
	async whenRefreshed(): Promise<ReadonlyMap<string, readonly PlacedNote<Note>[]>> {
		await this.refresh();
		return this.placed;
	}

	private async refresh(): Promise<void> {
		const generation = ++this.generation;
		const { stories, cast } = await this.casts.manuscriptCastOrActive();
		// A later refresh started while this one waited for the cast: it has the newer picture.
		if (generation !== this.generation) {
			return;
		}
		let found = this.notesOfCast.get(cast);
		if (!found) {
			found = this.find(
				stories.map(story => story.model),
				cast,
			);
			this.notesOfCast.set(cast, found);
		}
		const placed = new Map<string, PlacedNote<Note>[]>();
		for (const note of found) {
			const story = stories[note.story];
			const key = story.uri.toString();
			const list = placed.get(key) ?? [];
			list.push({ note, story, range: story.rangeOf(note) });
			placed.set(key, list);
		}
		for (const [uri] of this.collection) {
			if (!placed.has(uri.toString())) {
				this.collection.delete(uri);
			}
		}
		const diagnosticOf = this.describe(found);
		for (const list of placed.values()) {
			this.collection.set(list[0].story.uri, list.map(diagnosticOf));
		}
		this.placed = placed;
	}
}
