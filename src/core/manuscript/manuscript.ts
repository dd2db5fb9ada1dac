// The manuscript as a whole: its story files in reading order, each reduced to what workspace-wide
// features need (chapters, scenes, counts, and where each line starts), and the walks across them:
// the scene at a place, the next and previous scene, scenes and chapters matching a search.

import { LineIndex } from '../text/lines';
import { Chapter, Scene, StoryModel } from '../model';
import { indexAtOrBefore } from '../text/range';

/** One story file of the manuscript, as the workspace-wide features see it. */
export interface ManuscriptFile {
	/** Identity: the document URI in the extension, the file path in the CLI and the bench. */
	readonly id: string;
	/** Workspace-relative `/`-separated path: the reading order and what the writer sees. */
	readonly path: string;
	readonly words: number;
	readonly chapters: readonly Chapter[];
	readonly scenes: readonly Scene[];
	/** Line starts of the text the chapters and scenes were found in, for files not open in an editor. */
	readonly lines: LineIndex;
}

export function manuscriptFileOf(id: string, path: string, text: string, model: StoryModel): ManuscriptFile {
	return { id, path, words: model.words, chapters: model.chapters, scenes: model.scenes, lines: LineIndex.of(text) };
}

/** A scene with the file and chapter it belongs to. */
export interface ManuscriptScene {
	readonly file: ManuscriptFile;
	readonly scene: Scene;
	/** Index of the scene within its file. */
	readonly index: number;
	/** The innermost chapter holding it. */
	readonly chapter: Chapter | undefined;
}

export interface ManuscriptChapter {
	readonly file: ManuscriptFile;
	readonly chapter: Chapter;
}

/** An immutable snapshot of the manuscript; the index hands out a new one after every change. */
export class Manuscript {
	readonly words: number;
	private readonly positions = new Map<string, number>();
	private allScenes: readonly ManuscriptScene[] | undefined;

	constructor(readonly files: readonly ManuscriptFile[]) {
		let words = 0;
		files.forEach((file, index) => {
			words += file.words;
			this.positions.set(file.id, index);
		});
		this.words = words;
	}

	static readonly empty = new Manuscript([]);

	file(id: string): ManuscriptFile | undefined {
		const position = this.positions.get(id);
		return position === undefined ? undefined : this.files[position];
	}

	/** Every scene of every file, in reading order. */
	get scenes(): readonly ManuscriptScene[] {
		this.allScenes ??= this.files.flatMap(file => file.scenes.map((scene, index) => sceneOf(file, index)));
		return this.allScenes;
	}

	/** The scene holding `offset` in file `id`, or the last one before it (the cursor on a chapter heading). */
	sceneAt(id: string, offset: number): ManuscriptScene | undefined {
		const file = this.file(id);
		const index = file ? indexAtOrBefore(file.scenes, offset) : -1;
		return file && index >= 0 ? sceneOf(file, index) : undefined;
	}

	/** The first scene after the file `id`, in the next file that has one. */
	firstSceneAfterFile(id: string): ManuscriptScene | undefined {
		const position = this.positions.get(id);
		if (position === undefined) {
			return undefined;
		}
		for (let index = position + 1; index < this.files.length; index++) {
			if (this.files[index].scenes.length > 0) {
				return sceneOf(this.files[index], 0);
			}
		}
		return undefined;
	}

	/** The last scene before the file `id`, in the nearest earlier file that has one. */
	lastSceneBeforeFile(id: string): ManuscriptScene | undefined {
		const position = this.positions.get(id);
		if (position === undefined) {
			return undefined;
		}
		for (let index = position - 1; index >= 0; index--) {
			const file = this.files[index];
			if (file.scenes.length > 0) {
				return sceneOf(file, file.scenes.length - 1);
			}
		}
		return undefined;
	}

	/** The scene after the one at `offset` in file `id`, crossing into the next file at the end of this one. */
	nextScene(id: string, offset: number): ManuscriptScene | undefined {
		const file = this.file(id);
		if (!file) {
			return undefined;
		}
		const index = nextSceneIndex(file.scenes, offset);
		return index >= 0 ? sceneOf(file, index) : this.firstSceneAfterFile(id);
	}

	/** The start of the scene at `offset` in file `id` or, from its start, the scene before, crossing back into the previous file. */
	previousScene(id: string, offset: number): ManuscriptScene | undefined {
		const file = this.file(id);
		if (!file) {
			return undefined;
		}
		const index = previousSceneIndex(file.scenes, offset);
		return index >= 0 ? sceneOf(file, index) : this.lastSceneBeforeFile(id);
	}

	/**
	 * Scenes whose title, first line, characters or point of view hold the letters of `query` in order,
	 * ignoring case and spaces: a writer looks for a scene by what happens in it or by who is there.
	 */
	findScenes(query: string, limit = Infinity): ManuscriptScene[] {
		const found: ManuscriptScene[] = [];
		const letters = searchLetters(query);
		for (const candidate of this.scenes) {
			if (found.length >= limit) {
				break;
			}
			const { scene } = candidate;
			if (
				holdsInOrder(scene.title, letters) ||
				holdsInOrder(scene.firstLine, letters) ||
				scene.characters.some(name => holdsInOrder(name, letters)) ||
				(scene.pointOfView !== undefined && holdsInOrder(scene.pointOfView, letters))
			) {
				found.push(candidate);
			}
		}
		return found;
	}

	/** Chapters whose title holds the letters of `query` in order, ignoring case and spaces. */
	findChapters(query: string, limit = Infinity): ManuscriptChapter[] {
		const found: ManuscriptChapter[] = [];
		const letters = searchLetters(query);
		for (const file of this.files) {
			for (const chapter of file.chapters) {
				if (found.length >= limit) {
					return found;
				}
				if (holdsInOrder(chapter.title, letters)) {
					found.push({ file, chapter });
				}
			}
		}
		return found;
	}
}

function sceneOf(file: ManuscriptFile, index: number): ManuscriptScene {
	const scene = file.scenes[index];
	return { file, scene, index, chapter: scene.chapterIndex >= 0 ? file.chapters[scene.chapterIndex] : undefined };
}

/** Index of the first scene starting after `offset`, or -1. */
export function nextSceneIndex(scenes: readonly Scene[], offset: number): number {
	const index = indexAtOrBefore(scenes, offset) + 1;
	return index < scenes.length ? index : -1;
}

/** Index of the scene holding `offset` when the cursor is inside it past its start, else of the scene before; or -1. */
export function previousSceneIndex(scenes: readonly Scene[], offset: number): number {
	let index = indexAtOrBefore(scenes, offset);
	if (index >= 0 && scenes[index].start >= offset) {
		index--;
	}
	return index;
}

function searchLetters(query: string): string {
	return query.replace(/\s+/g, '').toLocaleLowerCase();
}

function holdsInOrder(candidate: string, letters: string): boolean {
	if (letters.length === 0) {
		return true;
	}
	const text = candidate.toLocaleLowerCase();
	let from = 0;
	for (const letter of letters) {
		const found = text.indexOf(letter, from);
		if (found < 0) {
			return false;
		}
		from = found + letter.length;
	}
	return true;
}
