// Decides who the characters of one or more stories are, from the name mentions each paragraph's analysis
// already holds: which capitalised runs are people (weighing speech verbs, possessives, vocatives, the
// capital's position, lower-case use, the lexicon and, for the doubtful few, compromise's tags), which
// spellings are one person (`Karen Cartwright` ⊃ `Karen`, `Mr. Darcy` ⊃ `Darcy`, never `Mr.` ⊃ `Mrs. Bennet`),
// and where each appears. A cheap pass over cached paragraph results: no prose is scanned again here.

import { clusterForms } from './aliases';
import { Cluster } from './clusters';
import { joinDiminutives, joinShortFirstNames } from './diminutives';
import { foldFullNames, foldRareLongNames, foldTitledNames } from './rareNames';
import { CastOverrides, Appearance, Cast, CastOptions, Character, FoundAppearance, ScenePresence, Form } from './types';
import { NO_OVERRIDES } from './castFile';
import { peopleSteps } from './people';
import { groupForms, sightingSteps } from './sightings';
import { StoryModel } from '../model';
import { nameKey, uniqueNames } from '../lexicon/nameSpellings';
import { bare, isCapitalised } from '../lexicon/speakerNames';
import { SPEAKER_TITLES } from '../lexicon/honorifics';
import { NameTagger } from './nameTagger';
import { runSteps } from '../text/steps';
import { Steps } from '../text/types';
import { CharacterAppearance as SceneAppearance } from './sceneCast';
import { roleCharacters } from './roleSpeakers';

/** The characters of `stories`, read as one manuscript. */
export function findCast(stories: readonly StoryModel[], tagger: NameTagger, options: CastOptions = {}): Cast {
	return runSteps(castSteps(stories, tagger, options));
}

/** findCast a phase at a time: it yields between phases, so that on a novel a caller can give the thread back. */
export function* castSteps(stories: readonly StoryModel[], tagger: NameTagger, options: CastOptions = {}): Steps<Cast> {
	const overrides = options.overrides ?? NO_OVERRIDES;
	const sightings = yield* sightingSteps(stories, tagger);
	yield;
	const forms = groupForms(sightings);
	yield;
	const ignored = new Set(overrides.ignore.map(nameKey));
	const declaredKeys = new Set(overrides.characters.flatMap(character => [character.name, ...character.aliases].map(nameKey)));

	const people = yield* peopleSteps(forms, stories, tagger, options, ignored, declaredKeys);
	yield;
	const clusters = joinShortFirstNames(joinDiminutives(foldFullNames(foldTitledNames(foldRareLongNames(clusterForms(people))))));
	const characters = applyOverrides(clusters, forms, overrides, ignored);
	yield;
	return buildCast(characters, stories, forms, ignored);
}

/** Every appearance in story `story` under its character's name, by offset: what castScenes takes. */
export function namedAppearances(cast: Cast, story: number): SceneAppearance[] {
	return (cast.appearancesByStory[story] ?? []).map(({ character, appearance }) => ({
		character: cast.characters[character].name,
		start: appearance.start,
		inDialogue: appearance.inDialogue,
	}));
}

/** The character and appearance at `offset` of story `story`, if a name is there. */
export function appearanceAt(cast: Cast, story: number, offset: number): FoundAppearance | undefined {
	const list = cast.appearancesByStory[story] ?? [];
	let low = 0;
	let high = list.length - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		const { appearance } = list[middle];
		if (offset < appearance.start) {
			high = middle - 1;
		} else if (offset > appearance.end) {
			low = middle + 1;
		} else {
			return list[middle];
		}
	}
	return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// The writer's cast file: declared characters and aliases join, ignored names leave.

interface CharacterDraft {
	readonly name: string;
	readonly forms: Form[];
	readonly extraAliases: string[];
	readonly declared: boolean;
}

function applyOverrides(
	clusters: readonly Cluster[],
	forms: ReadonlyMap<string, Form>,
	overrides: CastOverrides,
	ignored: ReadonlySet<string>,
): CharacterDraft[] {
	const clusterOfKey = new Map<string, Cluster>();
	for (const cluster of clusters) {
		for (const member of cluster.members) {
			clusterOfKey.set(member.form.key, cluster);
		}
	}
	const drafts: CharacterDraft[] = [];
	const claimed = new Set<Cluster>();
	for (const declared of overrides.characters) {
		const names = [declared.name, ...declared.aliases];
		const draft: CharacterDraft = { name: declared.name, forms: [], extraAliases: [], declared: true };
		const keys = new Set<string>();
		for (const name of names) {
			const key = nameKey(name);
			if (ignored.has(key) && name !== declared.name) {
				continue;
			}
			const cluster = clusterOfKey.get(key);
			if (cluster && !claimed.has(cluster)) {
				claimed.add(cluster);
				for (const member of cluster.members) {
					keys.add(member.form.key);
				}
			}
			const form = forms.get(key);
			if (form) {
				keys.add(form.key);
			} else if (name !== declared.name) {
				draft.extraAliases.push(name);
			}
		}
		for (const key of keys) {
			draft.forms.push(forms.get(key)!);
		}
		drafts.push(draft);
	}
	for (const cluster of clusters) {
		if (claimed.has(cluster)) {
			continue;
		}
		const members = cluster.members.map(member => member.form);
		const main = [...members].sort((a, b) => b.sightings.length - a.sightings.length || b.surface.length - a.surface.length)[0];
		drafts.push({ name: main.surface, forms: members, extraAliases: [], declared: false });
	}
	return drafts;
}

// ---------------------------------------------------------------------------------------------------------
// Characters: appearances, lines and scenes.

function buildCast(drafts: readonly CharacterDraft[], stories: readonly StoryModel[], forms: ReadonlyMap<string, Form>, ignored: ReadonlySet<string>): Cast {
	const built = drafts.map(draft => {
		const appearances: Appearance[] = draft.forms.length === 1 ? draft.forms[0].sightings : inTextOrder(draft.forms.map(form => form.sightings));
		const nameKeyOfDraft = nameKey(draft.name);
		const aliases = uniqueNames([...draft.forms.map(form => form.surface), ...draft.extraAliases].filter(alias => nameKey(alias) !== nameKeyOfDraft));
		return { draft, appearances, aliases };
	});
	const castNames = built.map(({ draft, aliases }) => [draft.name, ...aliases]);
	const { lines, unclaimed } = countLines(castNames, stories);
	// Speakers known only by a role join the cast after the named, with the lines no one else took.
	for (const role of roleCharacters(unclaimed, castNames, forms)) {
		// `the ferryman` in the cast file's ignore list, as the Cast view's `Ignore Name` puts him there, leaves the cast.
		if (ignored.has(nameKey(role.name))) {
			continue;
		}
		if (role.bearer !== undefined) {
			// `Doctor Losberne` says the lines of the prose's `the doctor`. The role is no alias of his: a
			// rename of `Doctor` would carry it along, and it is a description, not a name.
			lines[role.bearer] += role.lines;
			continue;
		}
		built.push({ draft: { name: role.name, forms: role.forms, extraAliases: [], declared: false }, appearances: role.forms[0]?.sightings ?? [], aliases: [] });
		lines.push(role.lines);
	}
	const characters: Character[] = built
		.map(({ draft, appearances, aliases }, index) => ({
			name: draft.name,
			aliases,
			mentions: appearances.length,
			lines: lines[index],
			appearances,
			scenes: scenesOf(appearances),
			first: appearances[0],
			last: appearances[appearances.length - 1],
			declared: draft.declared,
		}))
		// A character the cast file declares belongs to the stories that name them: a chapter they are not in
		// does not list them with no mentions and no lines.
		.filter(character => character.mentions > 0 || character.lines > 0);
	characters.sort((a, b) => b.mentions - a.mentions || b.lines - a.lines || a.name.localeCompare(b.name));
	const appearancesByStory: FoundAppearance[][] = stories.map(() => []);
	characters.forEach((character, index) => {
		for (const appearance of character.appearances) {
			appearancesByStory[appearance.story].push({ character: index, appearance });
		}
	});
	return { characters, appearancesByStory: appearancesByStory.map(byStart) };
}

/** Lists each in text order (story, then start), merged into one: Pierre's two thousand need no sort. */
function inTextOrder(lists: readonly (readonly Appearance[])[]): Appearance[] {
	const merged: Appearance[] = [];
	const next = lists.map(() => 0);
	for (;;) {
		let best = -1;
		for (let list = 0; list < lists.length; list++) {
			const candidate = lists[list][next[list]];
			if (candidate === undefined) {
				continue;
			}
			const leader = best < 0 ? undefined : lists[best][next[best]];
			if (!leader || candidate.story < leader.story || (candidate.story === leader.story && candidate.start < leader.start)) {
				best = list;
			}
		}
		if (best < 0) {
			return merged;
		}
		merged.push(lists[best][next[best]++]);
	}
}

/**
 * `list` in order of its appearances' starts, ties in list order: a stable sort, done on numbers
 * (start, then place in the list) because a novel's cast has a hundred thousand appearances.
 */
export function byStart(list: readonly FoundAppearance[]): FoundAppearance[] {
	const count = list.length;
	const keys = new Float64Array(count);
	for (let index = 0; index < count; index++) {
		keys[index] = list[index].appearance.start * count + index;
	}
	keys.sort();
	const sorted: FoundAppearance[] = [];
	for (let index = 0; index < count; index++) {
		sorted.push(list[keys[index] % count]);
	}
	return sorted;
}

function scenesOf(appearances: readonly Appearance[]): ScenePresence[] {
	const scenes: { story: number; scene: number; mentions: number }[] = [];
	let last: { story: number; scene: number; mentions: number } | undefined;
	for (const appearance of appearances) {
		if (appearance.scene < 0) {
			continue;
		}
		if (last && last.story === appearance.story && last.scene === appearance.scene) {
			last.mentions++;
		} else {
			last = { story: appearance.story, scene: appearance.scene, mentions: 1 };
			scenes.push(last);
		}
	}
	return scenes;
}

/**
 * Lines per character, from the speakers dialogue attribution put on the spans (by any of their names),
 * and the lines of each speaker no character takes.
 */
function countLines(namesPerCharacter: readonly (readonly string[])[], stories: readonly StoryModel[]): { lines: number[]; unclaimed: Map<string, number> } {
	const characterOfKey = new Map<string, number>();
	namesPerCharacter.forEach((names, index) => {
		for (const name of names) {
			const key = nameKey(name);
			if (!characterOfKey.has(key)) {
				characterOfKey.set(key, index);
			}
		}
	});
	const lines = namesPerCharacter.map(() => 0);
	// A novel's ten thousand lines have a few hundred speakers: each name's key is worked out once (-1: no one's).
	const characterOfSpeaker = new Map<string, number>();
	const unclaimed = new Map<string, number>();
	for (const model of stories) {
		for (const span of model.dialogue) {
			// A thought or a note read out is no line spoken.
			if (span.speaker === undefined || span.kind !== 'speech') {
				continue;
			}
			let character = characterOfSpeaker.get(span.speaker);
			if (character === undefined) {
				character = characterOfKey.get(nameKey(span.speaker)) ?? characterOfKey.get(nameKey(headNoun(span.speaker))) ?? -1;
				characterOfSpeaker.set(span.speaker, character);
			}
			if (character >= 0) {
				lines[character]++;
			} else {
				unclaimed.set(span.speaker, (unclaimed.get(span.speaker) ?? 0) + 1);
			}
		}
	}
	return { lines, unclaimed };
}

/**
 * `Water Rat` as the speech verbs spell him, when no character goes by the whole of it: the last word names
 * him (`Rat`). Not after a title, where the last word is a family's name (`Mrs. Bennet` is no `Bennet`).
 */
function headNoun(speaker: string): string {
	const words = speaker.split(' ');
	return words.length > 1 && !SPEAKER_TITLES.has(bare(words[0])) && words.every(isCapitalised) ? words[words.length - 1] : speaker;
}
