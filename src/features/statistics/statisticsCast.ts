// The cast as the Statistics panel reads it: who is present in which scene and the lines they speak there,
// from the cast service, for one document or for the whole manuscript. Finding a cast is work the panel
// leaves to the cast service's own pace: a presence is worked out again only after the cast service says
// the cast changed (a moment after the writer stops typing), never on every redraw while they type.

import * as vscode from 'vscode';
import { castPresence, CharacterPresence, Manuscript, StoryModel } from '../../core';
import { CastService } from '../services/castService';

interface Found {
	readonly presence: readonly CharacterPresence[];
	/** The cast service's change count when this presence was worked out. */
	readonly generation: number;
}

export class StatisticsCast implements vscode.Disposable {
	private readonly documents = new WeakMap<vscode.TextDocument, Found>();
	private manuscript: Found | undefined;
	private generation = 0;
	private readonly changeEmitter = new vscode.EventEmitter<void>();
	private readonly listener: vscode.Disposable;

	/** Fires when a cast changed: the presence grid is due to be drawn again. */
	readonly onDidChange = this.changeEmitter.event;

	constructor(private readonly casts: CastService) {
		this.listener = casts.onDidChangeCast(() => {
			this.generation++;
			this.changeEmitter.fire();
		});
	}

	/** Each character of `document` in its scenes; a long document's cast is shown once the cast service has it. */
	ofDocument(document: vscode.TextDocument, model: StoryModel): readonly CharacterPresence[] {
		const known = this.documents.get(document);
		if (known && known.generation === this.generation) {
			return known.presence;
		}
		const found = this.casts.readyCastOf(document);
		if (!found) {
			return known?.presence ?? [];
		}
		const presence = castPresence(found.cast, [model]);
		this.documents.set(document, { presence, generation: this.generation });
		return presence;
	}

	/** Each character of the manuscript in its scenes, numbered as `manuscript.scenes` lists them. */
	async ofManuscript(manuscript: Manuscript): Promise<readonly CharacterPresence[]> {
		if (this.manuscript && this.manuscript.generation === this.generation) {
			return this.manuscript.presence;
		}
		const generation = this.generation;
		const { stories, cast } = await this.casts.manuscriptCast();
		const firstScene = new Map<string, number>();
		let scenes = 0;
		for (const file of manuscript.files) {
			firstScene.set(file.id, scenes);
			scenes += file.scenes.length;
		}
		// A story the manuscript does not list (the index changed meanwhile) has no place in the grid.
		const presence = castPresence(
			cast,
			stories.map(story => story.model),
			stories.map(story => firstScene.get(story.uri.toString())),
		);
		this.manuscript = { presence, generation };
		return presence;
	}

	dispose(): void {
		this.listener.dispose();
		this.changeEmitter.dispose();
	}
}
