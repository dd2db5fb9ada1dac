// Keeps the manuscript current as files arrive, change and go, and does the reading a slice at a time:
// `work` analyses queued texts until its caller says to yield, so a host that must stay responsive
// (the extension host) runs it in short turns. Open documents arrive as models analysed elsewhere.

import { StoryAnalysis } from '../assembly/analyze';
import { Manuscript, ManuscriptFile, manuscriptFileOf } from './manuscript';
import { readingOrder } from './manuscriptOrder';
import { Scene, StoryModel } from '../model';
import { ManuscriptText } from './types';
import { carrySceneCast, sameScenes } from '../cast/sceneCast';

interface Job {
	readonly source: ManuscriptText;
	readonly analysis: StoryAnalysis;
}

export class ManuscriptIndex {
	private readonly files = new Map<string, ManuscriptFile>();
	private readonly queue = new Map<string, ManuscriptText>();
	private job: Job | undefined;
	private order: readonly string[] = [];
	private ordered: string[] | undefined;
	private snapshot: Manuscript | undefined;

	/** Texts waiting to be analysed, the one under way included. */
	get pending(): number {
		return this.queue.size + (this.job ? 1 : 0);
	}

	/** Files analysed so far. */
	get size(): number {
		return this.files.size;
	}

	has(id: string): boolean {
		return this.files.has(id) || this.queue.has(id) || this.job?.source.id === id;
	}

	/** Queues a file's text (new, or changed on disk); a newer text of the same file replaces one still waiting. */
	enqueue(source: ManuscriptText): void {
		if (this.job?.source.id === source.id) {
			this.job = undefined;
		}
		this.queue.set(source.id, source);
	}

	/** Takes the model of an open document as it is: its text was analysed by whoever keeps the document. */
	setModel(id: string, path: string, text: string, model: StoryModel): void {
		this.queue.delete(id);
		if (this.job?.source.id === id) {
			this.job = undefined;
		}
		this.put(manuscriptFileOf(id, path, text, model));
	}

	remove(id: string): void {
		this.queue.delete(id);
		if (this.job?.source.id === id) {
			this.job = undefined;
		}
		if (this.files.delete(id)) {
			this.ordered = undefined;
			this.snapshot = undefined;
		}
	}

	clear(): void {
		this.queue.clear();
		this.job = undefined;
		this.files.clear();
		this.ordered = undefined;
		this.snapshot = undefined;
	}

	/**
	 * Gives file `id` its scenes with their cast (see castScenes), when they are still the scenes the
	 * file has; false when nothing changed or the file moved on since the cast was found.
	 */
	castScenes(id: string, scenes: readonly Scene[]): boolean {
		const file = this.files.get(id);
		if (!file || !sameScenes(file.scenes, scenes) || sameCast(file.scenes, scenes)) {
			return false;
		}
		this.files.set(id, { ...file, scenes });
		this.snapshot = undefined;
		return true;
	}

	/** The writer's reading order (`.dramatis/order.json`), paths relative to the workspace. */
	setOrder(order: readonly string[]): void {
		this.order = order;
		this.ordered = undefined;
		this.snapshot = undefined;
	}

	/** Analyses queued texts until `shouldYield()` says stop; true when the queue is empty. */
	work(shouldYield: () => boolean): boolean {
		for (;;) {
			if (!this.job) {
				const next = this.queue.values().next();
				if (next.done) {
					return true;
				}
				this.queue.delete(next.value.id);
				this.job = { source: next.value, analysis: new StoryAnalysis(next.value.text, next.value.options) };
			}
			const { source, analysis } = this.job;
			const model = analysis.step(shouldYield);
			if (!model) {
				return false;
			}
			this.job = undefined;
			this.put(manuscriptFileOf(source.id, source.path, source.text, model));
			if (this.queue.size > 0 && shouldYield()) {
				return false;
			}
		}
	}

	/** The manuscript as it stands, files in reading order. */
	get manuscript(): Manuscript {
		if (!this.snapshot) {
			this.ordered ??= this.orderedIds();
			this.snapshot = new Manuscript(this.ordered.map(id => this.files.get(id)!));
		}
		return this.snapshot;
	}

	private put(file: ManuscriptFile): void {
		const previous = this.files.get(file.id);
		if (previous) {
			file = { ...file, scenes: carrySceneCast(previous.scenes, file.scenes) };
		}
		this.files.set(file.id, file);
		if (!previous || previous.path !== file.path) {
			this.ordered = undefined;
		}
		this.snapshot = undefined;
	}

	private orderedIds(): string[] {
		const compare = readingOrder(this.order);
		return [...this.files.values()].sort((a, b) => compare(a.path, b.path) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(file => file.id);
	}
}

function sameCast(a: readonly Scene[], b: readonly Scene[]): boolean {
	return a.every(
		(scene, index) =>
			scene.pointOfView === b[index].pointOfView &&
			scene.characters.length === b[index].characters.length &&
			scene.characters.every((name, at) => name === b[index].characters[at]),
	);
}
