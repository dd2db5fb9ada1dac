// The rows of Go to Scene…: each story file's name above its scenes (when there are several files), each
// scene with its chapter, words, point of view, the rest of its cast and its first line; and the row of the
// scene at the cursor, where the list opens. scenes/goToScene.ts shows them in a quick pick.

import { Chapter, Scene } from '../../core';

/** One story file's scenes, as the list reads them. */
export interface SceneSource {
	/** What tells the file apart: its uri as text. */
	readonly key: string;
	/** The file's place in the workspace, shown above its scenes. */
	readonly path: string;
	readonly chapters: readonly Chapter[];
	readonly scenes: readonly Scene[];
}

export type SceneListRow =
	| { readonly kind: 'file'; readonly label: string }
	/** `source` is the index of the scene's file in the sources given. */
	| { readonly kind: 'scene'; readonly label: string; readonly description: string; readonly detail: string; readonly source: number; readonly start: number };

/** Rows for every scene of `sources`; `current` is the index of the row of the scene holding `origin`'s cursor. */
export function sceneListRows(
	sources: readonly SceneSource[],
	origin: { readonly key: string; readonly cursor: number } | undefined,
	formatWords: (count: number) => string,
): { rows: SceneListRow[]; current: number | undefined } {
	const rows: SceneListRow[] = [];
	let current: number | undefined;
	sources.forEach((source, sourceIndex) => {
		if (source.scenes.length === 0) {
			return;
		}
		if (sources.length > 1) {
			rows.push({ kind: 'file', label: source.path });
		}
		for (const scene of source.scenes) {
			const chapter = scene.chapterIndex >= 0 ? source.chapters[scene.chapterIndex] : undefined;
			rows.push({
				kind: 'scene',
				label: `$(symbol-event) ${scene.title}`,
				description: [
					chapter?.title,
					formatWords(scene.words),
					scene.pointOfView && `POV ${scene.pointOfView}`,
					scene.characters
						.filter(name => name !== scene.pointOfView)
						.slice(0, 4)
						.join(', '),
				]
					.filter(Boolean)
					.join(' · '),
				detail: scene.firstLine,
				source: sourceIndex,
				start: scene.start,
			});
			if (origin && source.key === origin.key && scene.start <= origin.cursor) {
				current = rows.length - 1;
			}
		}
	});
	return { rows, current };
}
