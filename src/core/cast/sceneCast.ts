// Decides who is in each scene once the cast is known: the characters named in it, most-mentioned
// first, and the point-of-view guess refined by whom the narration names most. The cast itself is
// found elsewhere; this is where its appearances meet the scenes.

import { Scene, StoryModel } from '../model';
import { FIRST_PERSON, guessPointOfView } from '../structure/pointOfView';

/** One mention of a character (any of their names) in the text. */
export interface CharacterAppearance {
	readonly character: string;
	readonly start: number;
	/** Inside quoted speech: someone named aloud is talked about, not necessarily there. */
	readonly inDialogue: boolean;
}

/** `model` with each scene's characters and point of view filled in from `appearances`, sorted by start. */
export function castScenes(model: StoryModel, appearances: readonly CharacterAppearance[]): StoryModel {
	let next = 0;
	const scenes = model.scenes.map(scene => {
		while (next < appearances.length && appearances[next].start < scene.start) {
			next++;
		}
		const mentions = new Map<string, number>();
		const narration = new Map<string, number>();
		for (; next < appearances.length && appearances[next].start < scene.end; next++) {
			const { character, inDialogue } = appearances[next];
			mentions.set(character, (mentions.get(character) ?? 0) + 1);
			if (!inDialogue) {
				narration.set(character, (narration.get(character) ?? 0) + 1);
			}
		}
		return withCast(scene, mentions, narration);
	});
	return { ...model, scenes };
}

function withCast(scene: Scene, mentions: ReadonlyMap<string, number>, narration: ReadonlyMap<string, number>): Scene {
	const characters = [...mentions.keys()].sort((a, b) => mentions.get(b)! - mentions.get(a)! || a.localeCompare(b));
	const pointOfView =
		scene.pointOfView === FIRST_PERSON
			? FIRST_PERSON
			: guessPointOfView({ words: scene.narrationWords, firstPerson: scene.firstPersonWords, mentions: narration });
	return { ...scene, characters, pointOfView };
}

/**
 * `next`'s scenes with the cast of `previous` carried over by position, when an edit left the same number
 * of scenes: the cast is decided a moment after typing stops, and until then the scenes keep who was in
 * them rather than showing none. A scene that already has its cast keeps it.
 */
export function carrySceneCast(previous: readonly Scene[], next: readonly Scene[]): readonly Scene[] {
	if (previous.length !== next.length || previous === next) {
		return next;
	}
	let carried: Scene[] | undefined;
	next.forEach((scene, index) => {
		const before = previous[index];
		if (scene.characters.length === 0 && before.characters.length > 0) {
			carried ??= [...next];
			carried[index] = { ...scene, characters: before.characters, pointOfView: scene.pointOfView === FIRST_PERSON ? FIRST_PERSON : before.pointOfView };
		}
	});
	return carried ?? next;
}

/** True when `a` and `b` cut the text into the same scenes: a cast found for one fits the other. */
export function sameScenes(a: readonly Scene[], b: readonly Scene[]): boolean {
	return a.length === b.length && a.every((scene, index) => scene.start === b[index].start && scene.end === b[index].end);
}
