// Finds scenes whose narration opens two characters' minds: `Karen wondered` and, later in the same scene,
// `Derek felt`. A scene told through one pair of eyes gives only that character's thoughts and feelings;
// a second one is a possible head-hop, noted at its first sign. Reads the cast's appearances in narration
// and the few words beside each, no more of the prose.

import type { Cast } from '../cast/types';
import { StoryModel } from '../model';
import { isInnerLifeVerb, mayStandBeforeInnerLifeVerb } from '../lexicon/innerLife';
import { isThoughtVerb } from '../lexicon/quoteKindWords';
import { indexAtOrBefore } from '../text/range';
import { TextRange } from '../text/types';
import { HeadHop, InnerLife } from './types';

/** Words looked at after a name for the verb of its thoughts: `Karen had suddenly wondered`. */
const MAX_WORDS_BEFORE_VERB = 3;
const WORD = /[\s,]*([\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)?)/uy;
/** The verb before a name (`thought Karen`) counts after a quote or a comma: `"…," thought Karen`, not `knew Karen`. */
const VERB_BEFORE = /[,”"’'»]\s*([\p{L}]+)\s+$/u;

const OBJECT_RELATIVE = /\b(?:whom|which|that)\s+$/i;

/** Each scene of `stories` that gives two characters' inner life, at the second one's first sign. */
export function findHeadHops(stories: readonly StoryModel[], cast: Cast): HeadHop[] {
	const hops: HeadHop[] = [];
	stories.forEach((model, story) => {
		let scene = -1;
		let first: InnerLife | undefined;
		let flagged = false;
		for (const { character, appearance } of cast.appearancesByStory[story] ?? []) {
			if (appearance.inDialogue || appearance.scene < 0) {
				continue;
			}
			if (appearance.scene !== scene) {
				scene = appearance.scene;
				first = undefined;
				flagged = false;
			}
			if (flagged) {
				continue;
			}
			const name = cast.characters[character].name;
			const sign = innerLifeAt(model, appearance, name);
			if (!sign) {
				continue;
			}
			if (!first) {
				first = sign;
			} else if (!samePerson(first.character, name)) {
				hops.push({ ...sign, story, scene, first });
				flagged = true;
			}
		}
	});
	return hops;
}

/** `Darnay` and `Charles Darnay`, should the cast have kept them apart: one person's mind, no hop. */
function samePerson(a: string, b: string): boolean {
	const words = (name: string) => name.toLowerCase().split(/\s+/);
	const [short, long] = a.length < b.length ? [words(a), words(b)] : [words(b), words(a)];
	return short.every(word => long.includes(word));
}

/** `Karen wondered`, `Karen had felt`, `"…," thought Karen` at a name in the narration, if it is there. */
function innerLifeAt(model: StoryModel, name: TextRange, character: string): InnerLife | undefined {
	const blockIndex = indexAtOrBefore(model.blocks, name.start);
	const block = model.blocks[blockIndex];
	if (!block || name.end > block.end) {
		return undefined;
	}
	const text = block.analysis.text;
	const start = name.start - block.start;
	// `whom Prince Andrew knew`: he is the one who knows, but the clause is about someone else.
	if (OBJECT_RELATIVE.test(text.slice(Math.max(0, start - 12), start))) {
		return undefined;
	}
	let at = name.end - block.start;
	for (let words = 0; words < MAX_WORDS_BEFORE_VERB; words++) {
		WORD.lastIndex = at;
		const match = WORD.exec(text);
		if (!match || (words === 0 && match[0].includes(','))) {
			break;
		}
		at = WORD.lastIndex;
		if (isInnerLifeVerb(match[1])) {
			return { start: name.start, end: block.start + at, character, cue: text.slice(start, at) };
		}
		if (!mayStandBeforeInnerLifeVerb(match[1])) {
			break;
		}
	}
	const before = VERB_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
	if (before && isThoughtVerb(before[1])) {
		const verbStart = start - before[0].length + before[0].indexOf(before[1]);
		return { start: block.start + verbStart, end: name.end, character, cue: text.slice(verbStart, name.end - block.start) };
	}
	return undefined;
}
