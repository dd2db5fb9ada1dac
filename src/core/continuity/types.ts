// The continuity folder's shapes: what the checks across a story report to the writer: a rare spelling
// that is probably a slip for a name, a scene's narration hopping heads, a character's lines, the tags.

import { CastOverrides } from '../cast/types';
import { TextRange } from '../text/types';

/** One use of a rare spelling that is probably a slip. */
export interface NameVariant extends TextRange {
	/** Index of its story in the list the cast was found in. */
	readonly story: number;
	/** The spelling as written: `Elizabteh`. */
	readonly name: string;
	/** The character meant: `Elizabeth Bennet`. */
	readonly character: string;
	/** The word of their name it stands for: `Elizabeth`. */
	readonly spelling: string;
}

export interface NameVariantOptions {
	/** The writer's cast file: its characters and ignored names are never slips. */
	readonly overrides?: CastOverrides;
	/** True for a common English word (`Rose`, `Marry`): written so, it is no slip of a name. */
	readonly isKnownWord?: (word: string) => boolean;
}

/** A sign of a character's inner life in the narration: `Karen wondered`. */
export interface InnerLife extends TextRange {
	readonly character: string;
	/** The words as written, name to verb. */
	readonly cue: string;
}

/** The second character whose mind a scene opens, and the first. */
export interface HeadHop extends InnerLife {
	/** Index of its story in the list the cast was found in. */
	readonly story: number;
	/** Index into its story's scenes. */
	readonly scene: number;
	/** Whose inner life the scene gave first. */
	readonly first: InnerLife;
}

export interface CharacterLine extends TextRange {
	/** Index of its story in the list the cast was found in. */
	readonly story: number;
	/** Index into its story's scenes, or -1 outside every scene. */
	readonly scene: number;
	/** The quote as written, marks included; paragraphs of a long speech joined by a line break. */
	readonly text: string;
	readonly kind: 'speech' | 'thought' | 'written';
}

/** Where a kind of tag is used: a quote of the story. */
export interface TagExample extends TextRange {
	readonly story: number;
}

export interface DialogueTags {
	/** Lines counted: speech only (thoughts and written words have tags of their own kind). */
	readonly lines: number;
	readonly said: number;
	readonly asked: number;
	/** Every other verb of speech, by the verb as written (lower case): `hissed` → 3. */
	readonly otherVerbs: Readonly<Record<string, number>>;
	/** Adverbs right after a tag, lower case: `softly` → 2. */
	readonly adverbs: Readonly<Record<string, number>>;
	readonly untagged: number;
	/** A few lines of each kind, for going to: `said`, `asked`, `other`, `adverb`, `untagged`. */
	readonly examples: Readonly<Record<TagKind, readonly TagExample[]>>;
}

export type TagKind = 'said' | 'asked' | 'other' | 'adverb' | 'untagged';
