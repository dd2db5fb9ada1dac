// Who is in each scene, and through whose eyes it is told, for the features that show scenes: the Scenes
// view, Go to Scene… and workspace symbols. The cast is found a moment after the writer stops typing
// (CastService.onDidChangeCast), never on a keystroke; in between, an edited file's scenes keep the cast
// they had (carrySceneCast), so nothing flickers. Casting starts the first time a feature asks for it.

import * as vscode from 'vscode';
import { Disposable } from '../util/dispose';
import { carrySceneCast, castScenes, namedAppearances, sameScenes, Scene, StoryModel } from '../../core';
import { CastService } from './castService';
import { ManuscriptService } from './manuscriptService';

/** The scenes of a document outside the manuscript, cast. */
interface CastDocument {
	readonly model: StoryModel;
	readonly scenes: readonly Scene[];
}

export class SceneCasting extends Disposable {
	private wanted = false;
	private running: Promise<void> | undefined;
	private again = false;
	private readonly documents = new WeakMap<vscode.TextDocument, CastDocument>();
	private readonly changeEmitter = this.register(new vscode.EventEmitter<void>());

	/** Fires when a scene's cast changed. */
	readonly onDidChange = this.changeEmitter.event;

	constructor(
		private readonly casts: CastService,
		private readonly manuscripts: ManuscriptService,
	) {
		super();
		this.register(casts.onDidChangeCast(() => this.wanted && void this.update()));
	}

	/** True when the scenes have the cast last found, and no newer one is being found. */
	get isCast(): boolean {
		return this.wanted && !this.running;
	}

	/** Resolves once the scenes have their cast; from the first call on, casts follow every change. */
	whenCast(): Promise<void> {
		this.wanted = true;
		return this.running ?? this.update();
	}

	/** The scenes of `document` (outside the manuscript) with the cast last found for them. */
	scenesOf(document: vscode.TextDocument, model: StoryModel): readonly Scene[] {
		const known = this.documents.get(document);
		if (!known || known.model === model) {
			return known?.scenes ?? model.scenes;
		}
		return carrySceneCast(known.scenes, model.scenes);
	}

	private update(): Promise<void> {
		if (this.running) {
			this.again = true;
			return this.running;
		}
		this.running = this.cast()
			.catch(() => undefined)
			.finally(() => {
				this.running = undefined;
				if (this.again) {
					this.again = false;
					void this.update();
				}
			});
		return this.running;
	}

	private async cast(): Promise<void> {
		let changed = false;
		const manuscript = await this.manuscripts.whenIndexed();
		if (manuscript.files.length > 0) {
			const { stories, cast } = await this.casts.manuscriptCast();
			changed = this.manuscripts.castScenes(
				stories.map((story, index) => ({ id: story.uri.toString(), scenes: castScenes(story.model, namedAppearances(cast, index)).scenes })),
			);
		}
		const document = vscode.window.activeTextEditor?.document;
		if (document && !this.manuscripts.includes(document.uri)) {
			const own = await this.casts.documentCast(document);
			if (own) {
				const scenes = castScenes(own.model, namedAppearances(own.cast, 0)).scenes;
				const known = this.documents.get(document);
				changed ||= !known || !sameScenes(known.scenes, scenes) || known.scenes.some((scene, index) => !sameCastOf(scene, scenes[index]));
				this.documents.set(document, { model: own.model, scenes });
			}
		}
		if (changed) {
			this.changeEmitter.fire();
		}
	}
}

function sameCastOf(a: Scene, b: Scene): boolean {
	return a.pointOfView === b.pointOfView && a.characters.join('\n') === b.characters.join('\n');
}
