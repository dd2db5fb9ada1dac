// Decides the numbers a writer reads about a story or a whole manuscript: totals, reading time, the words
// and dialogue share of each scene, and who is present where. Pure arithmetic over a StoryModel or a
// Manuscript (and the cast, when there is one), so the Statistics panel, its exports and the CLI agree.

import { Cast } from '../cast/types';
import { Manuscript } from '../manuscript/manuscript';
import { Chapter, Scene, StoryModel } from '../model';
import { nameKey } from '../lexicon/nameSpellings';
import { indexAtOrBefore } from '../text/range';
import { CharacterPresence, CharacterStatistics, SceneStatistics, StatisticsOptions, StoryStatistics } from './types';

export const DEFAULT_READING_WORDS_PER_MINUTE = 250;

/**
 * The cast as the statistics read it: each character in the scenes it appears in, with the lines it speaks
 * there (quotes whose speaker is any of its names). `stories` are the models the cast was found in, in its
 * order; `sceneOffsets[story]` is where that story's scenes start in the scene list the statistics show
 * (0 for one story, the running count of scenes for a manuscript), undefined for a story not shown.
 */
export function castPresence(cast: Cast, stories: readonly StoryModel[], sceneOffsets: readonly (number | undefined)[] = [0]): CharacterPresence[] {
	const present = cast.characters.map(character => {
		const scenes = new Map<number, number>();
		for (const { story, scene } of character.scenes) {
			const offset = sceneOffsets[story];
			if (offset !== undefined) {
				scenes.set(offset + scene, 0);
			}
		}
		return scenes;
	});
	// A speaker is known by any of their names; the first character to claim a name keeps it, as the cast counts lines.
	const characterOfKey = new Map<string, number>();
	cast.characters.forEach((character, index) => {
		for (const name of [character.name, ...character.aliases]) {
			if (!characterOfKey.has(nameKey(name))) {
				characterOfKey.set(nameKey(name), index);
			}
		}
	});
	stories.forEach((model, story) => {
		for (const span of model.dialogue) {
			const character = span.speaker === undefined ? undefined : characterOfKey.get(nameKey(span.speaker));
			const scene = indexAtOrBefore(model.scenes, span.start);
			const offset = sceneOffsets[story];
			if (character === undefined || offset === undefined || scene < 0 || span.start >= model.scenes[scene].end) {
				continue;
			}
			const at = offset + scene;
			present[character].set(at, (present[character].get(at) ?? 0) + 1);
		}
	});
	return cast.characters.map((character, index) => ({
		name: character.name,
		scenes: [...present[index]].sort(([a], [b]) => a - b).map(([scene, lines]) => ({ scene, lines })),
	}));
}

export function storyStatistics(model: StoryModel, options: StatisticsOptions): StoryStatistics {
	const scenes = model.scenes.map((scene, index) => sceneStatistics(index, scene, scene.chapterIndex >= 0 ? model.chapters[scene.chapterIndex] : undefined));
	return totalled(model.words, scenes, countChapters(model.chapters), options);
}

/** The whole manuscript as one book: every file's scenes in reading order, chapters counted file by file. */
export function manuscriptStatistics(manuscript: Manuscript, options: StatisticsOptions): StoryStatistics {
	const scenes = manuscript.scenes.map(({ file, scene, chapter }, index) => ({ ...sceneStatistics(index, scene, chapter), file: file.path }));
	const counts = manuscript.files.map(file => countChapters(file.chapters));
	const chapters = { chapters: counts.reduce((sum, count) => sum + count.chapters, 0), parts: counts.reduce((sum, count) => sum + count.parts, 0) };
	return totalled(manuscript.words, scenes, chapters, options);
}

function sceneStatistics(index: number, scene: Scene, chapter: Chapter | undefined): SceneStatistics {
	return {
		index,
		title: scene.title,
		chapter: chapter?.title ?? '',
		start: scene.start,
		end: scene.end,
		words: scene.words,
		dialogueWords: scene.dialogueWords,
		dialogueShare: share(scene.dialogueWords, scene.words),
	};
}

function totalled(words: number, scenes: SceneStatistics[], chapters: { chapters: number; parts: number }, options: StatisticsOptions): StoryStatistics {
	const dialogueWords = scenes.reduce((total, scene) => total + scene.dialogueWords, 0);
	return {
		words,
		dialogueWords,
		dialogueShare: share(dialogueWords, words),
		readingMinutes: readingMinutes(words, options.readingWordsPerMinute),
		...chapters,
		scenes,
		cast: castStatistics(options.cast ?? [], scenes.length),
	};
}

/** Minutes to read `words` at `wordsPerMinute`, rounded; any text at all takes at least a minute. */
export function readingMinutes(words: number, wordsPerMinute: number): number {
	if (words <= 0) {
		return 0;
	}
	const speed = Number.isFinite(wordsPerMinute) && wordsPerMinute > 0 ? wordsPerMinute : DEFAULT_READING_WORDS_PER_MINUTE;
	return Math.max(1, Math.round(words / speed));
}

function share(part: number, whole: number): number {
	return whole > 0 ? Math.min(1, part / whole) : 0;
}

/**
 * A level-1 heading is a part when chapters sit inside it (`BOOK ONE` ▸ `CHAPTER I`), and a chapter when it
 * stands alone: many writers title each chapter with Markdown's `#`.
 */
function countChapters(headings: readonly Chapter[]): { chapters: number; parts: number } {
	let chapters = 0;
	let parts = 0;
	headings.forEach((chapter, index) => {
		if (chapter.level === 2) {
			chapters++;
			return;
		}
		const next = headings[index + 1];
		const holdsChapters = next !== undefined && next.level === 2 && next.start < chapter.end;
		if (holdsChapters) {
			parts++;
		} else {
			chapters++;
		}
	});
	return { chapters, parts };
}

function castStatistics(cast: readonly CharacterPresence[], sceneCount: number): CharacterStatistics[] {
	const characters = cast.map(character => {
		const presence: (number | null)[] = new Array(sceneCount).fill(null);
		for (const { scene, lines } of character.scenes) {
			if (Number.isInteger(scene) && scene >= 0 && scene < sceneCount) {
				presence[scene] = (presence[scene] ?? 0) + Math.max(0, lines);
			}
		}
		const present = presence.filter((lines): lines is number => lines !== null);
		return { name: character.name, lines: present.reduce((total, lines) => total + lines, 0), scenesPresent: present.length, presence };
	});
	return characters.sort((a, b) => b.lines - a.lines || b.scenesPresent - a.scenesPresent || a.name.localeCompare(b.name));
}
