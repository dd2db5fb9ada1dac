// The statistics folder's shapes: the numbers a writer reads about a story or manuscript, a day's
// writing and the journal of edits that undo and redo replay, and what an export holds.

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

/** One day's writing in one workspace. */
export interface DayTally {
	/** Words added by writing. */
	readonly added: number;
	/** Words removed by writing. */
	readonly removed: number;
	/** Words added by edits of more than BULK_EDIT_WORDS at once. */
	readonly pasted: number;
	/** Words removed by edits of more than BULK_EDIT_WORDS at once. */
	readonly cut: number;
}

/** Days by local date, `YYYY-MM-DD`. */
export interface WritingHistory {
	readonly days: Readonly<Record<string, DayTally>>;
}

/**
 * Where an edit came from, as the editor reports it: the writer's own editing, undo, redo, or a change
 * that arrived from outside the editor (the document reloaded from disk).
 */
export type EditSource = 'writing' | 'undo' | 'redo' | 'outside';

export interface WordCountEdit {
	readonly wordsBefore: number;
	readonly wordsAfter: number;
	readonly source: EditSource;
}

/** How an edit was counted, kept so that undoing it can take back exactly that. */
export interface JournalEntry {
	readonly kind: 'writing' | 'bulk' | 'outside';
	/** The edit's change to the word count, signed. */
	readonly words: number;
}

/** One document's counted edits, mirroring its undo and redo stacks. Lives as long as the document is open. */
export interface EditJournal {
	readonly undo: readonly JournalEntry[];
	readonly redo: readonly JournalEntry[];
}

export interface RecordedEdit {
	readonly history: WritingHistory;
	readonly journal: EditJournal;
}

export interface StatisticsExport {
	/** What the statistics describe, as the writer knows it: a file's name, or the manuscript's folder. */
	readonly document: string;
	readonly statistics: StoryStatistics;
	readonly readingWordsPerMinute: number;
	/** The daily goal in words; 0 when the writer has none. */
	readonly dailyGoal: number;
	/** Days of writing history, oldest first. */
	readonly history: readonly { readonly day: string; readonly tally: DayTally }[];
}
