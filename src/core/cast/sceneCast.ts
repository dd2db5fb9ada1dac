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
