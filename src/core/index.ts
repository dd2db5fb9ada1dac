// The core's public surface: what the CLI and the VS Code features may use.
export { analyzeStory, updateStory, StoryAnalysis, TextChange } from './assembly/analyze';
export { AnalysisOptions, DEFAULT_OPTIONS } from './assembly/options';
export { compileHeadingPatterns, DEFAULT_CHAPTER_PATTERN, DEFAULT_SCENE_BREAK_PATTERN, HeadingPatterns } from './structure/headings';
export { Chapter, DialogueSpan, Scene, StoryModel } from './model';
export { DialogueKind } from './speakers/quoteKinds';
export { DIALOGUE_STYLES, DialogueStyle } from './dialogue/dialogue';
export { linesBySpeaker } from './speakers/speakers';
export { TextRange, indexAtOrBefore, rangeContains } from './text/range';
export { countWords } from './text/words';
export { decodeStory } from './text/storyText';
export { appearanceAt, Appearance, Cast, CastOptions, castSteps, Character, FoundAppearance, findCast, namedAppearances, ScenePresence } from './cast/cast';
export {
	CAST_FILE_PATH,
	CastFileProblem,
	CastOverrides,
	DeclaredCharacter,
	NO_OVERRIDES,
	parseCastFile,
	ParsedCastFile,
	withAlias,
	withCharacter,
	withIgnored,
	withMerge,
	withRenamed,
} from './cast/castFile';
export { honorificKey, nameKey } from './lexicon/names';
export { Lexicon, NameTagger, Term } from './cast/nameTagger';
export { packWordClasses, unpackWordClasses, WordClasses } from './cast/wordClasses';
export { NameEdit, renamedNames, renameEdits, wordSwaps } from './cast/castRename';
export { findNameMentions, MentionFlag, NameMention } from './structure/nameMentions';
export { LineIndex, LinePosition } from './text/lines';
export { Manuscript, ManuscriptChapter, ManuscriptFile, ManuscriptScene, manuscriptFileOf, nextSceneIndex, previousSceneIndex } from './manuscript/manuscript';
export { ManuscriptIndex, ManuscriptText } from './manuscript/manuscriptIndex';
export { comparePaths, normalizePath, orderPaths, parseOrderFile, OrderFile } from './manuscript/manuscriptOrder';
export { PathFilter, globToRegExp } from './manuscript/glob';
export { FIRST_PERSON, guessPointOfView } from './structure/pointOfView';
export { CharacterAppearance, carrySceneCast, castScenes, sameScenes } from './cast/sceneCast';
export { sceneIndexAt, wordsInRange } from './statistics/locate';
export {
	castPresence,
	CharacterPresence,
	CharacterStatistics,
	DEFAULT_READING_WORDS_PER_MINUTE,
	manuscriptStatistics,
	readingMinutes,
	SceneStatistics,
	StatisticsOptions,
	StoryStatistics,
	storyStatistics,
} from './statistics/statistics';
export { historyCsv, scenesCsv, StatisticsExport, statisticsJson } from './statistics/statisticsExport';
export {
	BULK_EDIT_WORDS,
	DayTally,
	dayKey,
	EditJournal,
	EditSource,
	EMPTY_HISTORY,
	EMPTY_JOURNAL,
	EMPTY_TALLY,
	parseHistory,
	progress,
	recentDays,
	recordEdit,
	tallyOf,
	WordCountEdit,
	WritingHistory,
} from './statistics/writingHistory';
export { findNameVariants, isEnglishWord, isOneSlip, NameVariant, NameVariantOptions } from './continuity/nameVariants';
export { findHeadHops, HeadHop, InnerLife } from './continuity/headHops';
export { CharacterLine, characterLines } from './continuity/characterLines';
export { DialogueTags, dialogueTags, TagExample, TagKind } from './continuity/dialogueTags';
