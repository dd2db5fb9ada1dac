// The cast folder's shapes: the characters of one or more stories, where each appears, the overrides
// the writer's cast file declares, and the options a cast is found under.

import { TextRange } from '../text/types';
import { Block } from '../assembly/types';
import { Sex } from '../lexicon/types';

/** One mention of a character: where it is and how it is written there. */
export interface Appearance extends TextRange {
	/** Index of its story in the list the cast was found in. */
	readonly story: number;
	/** The name as written, without a possessive ending: `Karen Cartwright`, `Mr. Darcy`. */
	readonly text: string;
	readonly inDialogue: boolean;
	/** Index into its story's scenes, or -1 outside every scene. */
	readonly scene: number;
}

export interface ScenePresence {
	readonly story: number;
	readonly scene: number;
	readonly mentions: number;
}

export interface Character {
	readonly name: string;
	/** The other names the prose (or the cast file) uses for them. */
	readonly aliases: readonly string[];
	readonly mentions: number;
	/** Dialogue spans they speak. */
	readonly lines: number;
	/** In reading order: by story, then offset. */
	readonly appearances: readonly Appearance[];
	readonly scenes: readonly ScenePresence[];
	readonly first: Appearance | undefined;
	readonly last: Appearance | undefined;
	/** Named in the cast file. */
	readonly declared: boolean;
}

export interface Cast {
	/** Most mentioned first. */
	readonly characters: readonly Character[];
	/** Per story, every appearance with its character's index, by offset. */
	readonly appearancesByStory: readonly (readonly FoundAppearance[])[];
}

export interface FoundAppearance {
	readonly character: number;
	readonly appearance: Appearance;
}

export interface CastOptions {
	readonly overrides?: CastOverrides;
	/** Most text windows compromise tags for one cast; names beyond it are decided on the other evidence. */
	readonly taggingBudget?: number;
	/** Most characters of text read for lower-case uses of doubtful words. */
	readonly lowercaseSampleChars?: number;
}

export interface DeclaredCharacter {
	readonly name: string;
	readonly aliases: readonly string[];
}

export interface CastOverrides {
	readonly characters: readonly DeclaredCharacter[];
	/** Names never taken for characters. */
	readonly ignore: readonly string[];
}

export interface Person {
	readonly form: Form;
	readonly gender: Sex | undefined;
}

/** A mention as the cast reads it; the ones that name a character are that character's appearances. */
export interface Sighting extends Appearance {
	/** Its paragraph, for the words around it. */
	readonly block: Block;
	readonly flags: number;
}

export interface Form {
	readonly key: string;
	/** The most frequent spelling, capitals as in the prose. */
	surface: string;
	readonly honorific: string | undefined;
	/** Folded words after the honorific: `mr. darcy` → [`darcy`]. */
	readonly core: readonly string[];
	readonly sightings: Sighting[];
	midSentence: number;
	speech: number;
	/** `said the Rat`. */
	speechAfterArticle: number;
	vocative: number;
	possessive: number;
	personContext: number;
	introduced: number;
	/** Sightings written in capitals throughout: `MR. TOAD`, a heading's or a letter's shouting. */
	allCaps: number;
	determiner: number;
	placePreposition: number;
	afterOf: number;
}
