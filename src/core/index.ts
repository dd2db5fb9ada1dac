// The core's public surface: what the CLI and the VS Code features may use.
export { analyzeStory, updateStory, StoryAnalysis, TextChange } from './analyze';
export { AnalysisOptions, DEFAULT_OPTIONS } from './options';
export { compileHeadingPatterns, DEFAULT_CHAPTER_PATTERN, DEFAULT_SCENE_BREAK_PATTERN, HeadingPatterns } from './headings';
export { Chapter, DialogueSpan, Scene, StoryModel } from './model';
export { DIALOGUE_STYLES, DialogueStyle } from './dialogue';
export { linesBySpeaker } from './speakers';
export { TextRange, indexAtOrBefore, rangeContains } from './range';
export { countWords } from './words';
export { decodeStory } from './storyText';
export { appearanceAt, Appearance, Cast, CastOptions, castSteps, Character, FoundAppearance, findCast, namedAppearances, ScenePresence } from './cast';
export { CAST_FILE_PATH, CastFileProblem, CastOverrides, DeclaredCharacter, NO_OVERRIDES, parseCastFile, ParsedCastFile, withAlias, withCharacter, withIgnored, withMerge, withRenamed } from './castFile';
export { honorificKey, nameKey } from './names';
export { Lexicon, NameTagger, Term } from './nameTagger';
export { NameEdit, renamedNames, renameEdits, wordSwaps } from './castRename';
export { findNameMentions, MentionFlag, NameMention } from './nameMentions';
export { LineIndex, LinePosition } from './lines';
export { Manuscript, ManuscriptChapter, ManuscriptFile, ManuscriptScene, manuscriptFileOf, nextSceneIndex, previousSceneIndex } from './manuscript';
export { ManuscriptIndex, ManuscriptText } from './manuscriptIndex';
export { comparePaths, normalizePath, orderPaths, parseOrderFile, OrderFile } from './manuscriptOrder';
export { PathFilter, globToRegExp } from './glob';
export { FIRST_PERSON, guessPointOfView } from './pointOfView';
export { CharacterAppearance, castScenes } from './sceneCast';
export { sceneIndexAt, wordsInRange } from './locate';
export {
	castPresence, CharacterPresence, CharacterStatistics, DEFAULT_READING_WORDS_PER_MINUTE, manuscriptStatistics, readingMinutes, SceneStatistics,
	StatisticsOptions, StoryStatistics, storyStatistics,
} from './statistics';
export { historyCsv, scenesCsv, StatisticsExport, statisticsJson } from './statisticsExport';
export {
	BULK_EDIT_WORDS, DayTally, dayKey, EditJournal, EditSource, EMPTY_HISTORY, EMPTY_JOURNAL, EMPTY_TALLY, parseHistory, progress, recentDays, recordEdit, tallyOf,
	WordCountEdit, WritingHistory,
} from './writingHistory';
