// Decides the numbers a writer reads about a story or a whole manuscript: totals, reading time, the words
// and dialogue share of each scene, and who is present where. Pure arithmetic over a StoryModel or a
// Manuscript (and the cast, when there is one), so the Statistics panel, its exports and the CLI agree.

import { Manuscript } from './manuscript';
import { Chapter, Scene, StoryModel } from './model';
import { indexAtOrBefore, TextRange } from './range';

/** What the statistics read of a character: a name, and the scenes it is present in with its lines there. */
export interface CharacterPresence {
	readonly name: string;
	/** Indexes into the scenes (of the story, or of the manuscript in reading order), each with the lines spoken there (0 when silent). */
	readonly scenes: readonly { readonly scene: number; readonly lines: number }[];
}

export interface StatisticsOptions {
	/** Reading speed for the reading-time estimate; 250 is an adult reading fiction silently. */
	readonly readingWordsPerMinute: number;
	/** The story's characters, when a cast has been found; the presence grid needs it. */
	readonly cast?: readonly CharacterPresence[];
}

export const DEFAULT_READING_WORDS_PER_MINUTE = 250;

export interface StoryStatistics {
	readonly words: number;
	readonly dialogueWords: number;
	/** Dialogue words over all words, 0–1. */
	readonly dialogueShare: number;
	/** Whole minutes at the reading speed asked for; at least 1 for any text at all. */
	readonly readingMinutes: number;
	/** Chapters proper: `## Chapter` headings, and `#` headings that hold no chapters of their own. */
	readonly chapters: number;
	/** Books, parts and volumes: level-1 headings that hold chapters. */
	readonly parts: number;
	readonly scenes: readonly SceneStatistics[];
	/** Characters by lines spoken, then by scenes present, then by name. Empty until a cast exists. */
	readonly cast: readonly CharacterStatistics[];
}

export interface SceneStatistics {
	/** Index into `StoryModel.scenes`, or into `Manuscript.scenes` for a manuscript. */
	readonly index: number;
	/** For a manuscript: the path of the file holding the scene. */
	readonly file?: string;
	readonly title: string;
	/** Title of the innermost chapter holding the scene, or '' before any chapter. */
	readonly chapter: string;
	readonly start: number;
	readonly end: number;
	readonly words: number;
	readonly dialogueWords: number;
	readonly dialogueShare: number;
}

export interface CharacterStatistics {
	readonly name: string;
	readonly lines: number;
	/** Scenes the character is present in. */
	readonly scenesPresent: number;
	/** One entry per scene, in scene order: lines spoken there, or null when absent. */
	readonly presence: readonly (number | null)[];
}

/** A quote as the statistics read it: where it is, and who speaks it once speakers are known. */
interface SpokenLine extends TextRange {
	readonly speaker?: string;
}

/**
 * The characters the model places in its scenes, each with the lines it speaks there (quotes whose speaker
 * is that name). Empty while the model finds no characters: nothing is guessed here.
 */
export function castPresence(model: StoryModel): CharacterPresence[] {
	return presenceIn(model.scenes, model.dialogue);
}

/** The characters the manuscript's scenes hold, across every file; lines are counted per file, so none here. */
export function manuscriptCastPresence(manuscript: Manuscript): CharacterPresence[] {
	return presenceIn(manuscript.scenes.map(({ scene }) => scene), []);
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

function presenceIn(scenes: readonly Scene[], dialogue: readonly SpokenLine[]): CharacterPresence[] {
	const byName = new Map<string, { scene: number; lines: number }[]>();
	scenes.forEach((scene, index) => {
		for (const name of scene.characters) {
			const present = byName.get(name) ?? [];
			present.push({ scene: index, lines: 0 });
			byName.set(name, present);
		}
	});
	for (const line of dialogue) {
		const scene = indexAtOrBefore(scenes, line.start);
		const present = line.speaker !== undefined && scene >= 0 && line.start < scenes[scene].end ? byName.get(line.speaker) : undefined;
		const entry = present?.find(candidate => candidate.scene === scene);
		if (entry) {
			entry.lines++;
		}
	}
	return [...byName].map(([name, present]) => ({ name, scenes: present }));
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
