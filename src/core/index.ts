// The core's public surface: what the CLI and the VS Code features may use.
export { analyzeStory, updateStory, StoryAnalysis, TextChange } from './assembly/analyze';
export { AnalysisOptions } from './assembly/types';
export { DEFAULT_OPTIONS } from './assembly/options';
export { compileHeadingPatterns, DEFAULT_CHAPTER_PATTERN, DEFAULT_SCENE_BREAK_PATTERN } from './structure/headings';
export { HeadingPatterns } from './structure/types';
export { Chapter, Scene, StoryModel } from './model';
export { DialogueSpan } from './dialogue/types';
export { DIALOGUE_STYLES, DialogueStyle } from './dialogue/types';
export { DialogueKind } from './dialogue/types';
export { linesBySpeaker } from './speakers/linesBySpeaker';
export { TextRange } from './text/types';
export { indexAtOrBefore } from './text/range';
export { countWords } from './text/words';
export { decodeStory } from './text/storyText';
export { appearanceAt, castSteps, findCast, namedAppearances } from './cast/findCast';
export { Appearance, Cast, CastOptions, Character, FoundAppearance, ScenePresence } from './cast/types';
export {
	CAST_FILE_PATH,
	CastFileProblem,
	NO_OVERRIDES,
	parseCastFile,
	ParsedCastFile,
	withAlias,
	withCharacter,
	withIgnored,
	withMerge,
	withRenamed,
} from './cast/castFile';
export { CastOverrides, DeclaredCharacter } from './cast/types';
export { honorificKey } from './lexicon/honorifics';
export { nameKey } from './lexicon/nameSpellings';
export { Lexicon, NameTagger, Term } from './cast/nameTagger';
export { packWordClasses, unpackWordClasses, WordClasses } from './cast/wordClasses';
export { NameEdit, renamedNames, renameEdits, wordSwaps } from './cast/rename';
export { findNameMentions } from './structure/nameMentions';
export { NameMention } from './structure/types';
export { LineIndex } from './text/lines';
export { LinePosition } from './text/types';
export { Manuscript, ManuscriptChapter, ManuscriptFile, ManuscriptScene, nextSceneIndex, previousSceneIndex } from './manuscript/manuscript';
export { ManuscriptIndex } from './manuscript/manuscriptIndex';
export { ManuscriptText } from './manuscript/types';
export { parseOrderFile } from './manuscript/manuscriptOrder';
export { OrderFile } from './manuscript/types';
export { PathFilter, globToRegExp } from './manuscript/glob';
export { carrySceneCast, castScenes, sameScenes } from './cast/sceneCast';
export { sceneIndexAt, wordsInRange } from './statistics/locate';
export { castPresence, DEFAULT_READING_WORDS_PER_MINUTE, manuscriptStatistics, storyStatistics } from './statistics/statistics';
export { CharacterPresence, CharacterStatistics, SceneStatistics, StatisticsOptions, StoryStatistics } from './statistics/types';
export { historyCsv, scenesCsv, statisticsJson } from './statistics/statisticsExport';
export { StatisticsExport } from './statistics/types';
export { dayKey, EMPTY_HISTORY, EMPTY_JOURNAL, EMPTY_TALLY, parseHistory, progress, recentDays, recordEdit, tallyOf } from './statistics/writingHistory';
export { DayTally, EditJournal, EditSource, WordCountEdit, WritingHistory } from './statistics/types';
export { findNameVariants, isEnglishWord } from './continuity/nameVariants';
export { NameVariant, NameVariantOptions } from './continuity/types';
export { findHeadHops } from './continuity/headHops';
export { HeadHop, InnerLife } from './continuity/types';
export { characterLines } from './continuity/characterLines';
export { CharacterLine } from './continuity/types';
export { dialogueTags } from './continuity/dialogueTags';
export { DialogueTags, TagExample, TagKind } from './continuity/types';
export { dialogueTagTable, DialogueTagTable, tagExampleText, TagRow, WordCount } from './continuity/dialogueTagTable';
