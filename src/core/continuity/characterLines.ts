// A character's lines, in reading order across the stories: each quote the speakers pass gave to any of
// their names, with its scene and its words as written. What a writer reads to hear one voice whole.

import type { Cast, Character } from '../cast/types';
import { StoryModel } from '../model';
import { nameKey } from '../lexicon/nameSpellings';
import { indexAtOrBefore } from '../text/range';
import { TextRange } from '../text/types';
import { CharacterLine } from './types';

/** Every quote `character` speaks (or thinks, or writes), story by story, in order. */
export function characterLines(stories: readonly StoryModel[], cast: Cast, character: Character): CharacterLine[] {
	const keys = new Set([character.name, ...character.aliases].map(nameKey));
	// Another character may own a name first; a speaker is theirs only if the cast would count it so.
	const owner = new Map<string, Character>();
	for (const other of cast.characters) {
		for (const name of [other.name, ...other.aliases]) {
			const key = nameKey(name);
			if (!owner.has(key)) {
				owner.set(key, other);
			}
		}
	}
	const lines: CharacterLine[] = [];
	stories.forEach((model, story) => {
		const isTheirs = new Map<string, boolean>();
		for (const span of model.dialogue) {
			if (span.speaker === undefined) {
				continue;
			}
			let theirs = isTheirs.get(span.speaker);
			if (theirs === undefined) {
				const key = nameKey(span.speaker);
				theirs = keys.has(key) && owner.get(key) === character;
				isTheirs.set(span.speaker, theirs);
			}
			if (theirs) {
				lines.push({ story, start: span.start, end: span.end, scene: sceneOf(model, span.start), text: textOf(model, span), kind: span.kind });
			}
		}
	});
	return lines;
}

function sceneOf(model: StoryModel, offset: number): number {
	const index = indexAtOrBefore(model.scenes, offset);
	return index >= 0 && offset < model.scenes[index].end ? index : -1;
}

/** The text of `range` from the paragraphs it spans. */
function textOf(model: StoryModel, range: TextRange): string {
	const parts: string[] = [];
	for (let index = Math.max(0, indexAtOrBefore(model.blocks, range.start)); index < model.blocks.length; index++) {
		const block = model.blocks[index];
		if (block.start >= range.end) {
			break;
		}
		const from = Math.max(range.start, block.start) - block.start;
		const to = Math.min(range.end, block.end) - block.start;
		if (to > from) {
			parts.push(block.analysis.text.slice(from, to));
		}
	}
	return parts.join('\n');
}
