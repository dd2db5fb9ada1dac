// The core's public surface: what the CLI and the VS Code features may use.
export { analyzeStory, updateStory, TextChange } from './analyze';
export { AnalysisOptions, DEFAULT_OPTIONS } from './options';
export { compileHeadingPatterns, DEFAULT_CHAPTER_PATTERN, DEFAULT_SCENE_BREAK_PATTERN, HeadingPatterns } from './headings';
export { Chapter, DialogueSpan, Scene, StoryModel } from './model';
export { TextRange, indexAtOrBefore, rangeContains } from './range';
export { countWords } from './words';
export { appearanceAt, Appearance, Cast, castByScene, CastOptions, Character, CharacterAppearance, findCast, ScenePresence } from './cast';
export { CAST_FILE_PATH, CastFileProblem, CastOverrides, DeclaredCharacter, NO_OVERRIDES, parseCastFile, ParsedCastFile, withAlias, withCharacter, withIgnored, withMerge, withRenamed } from './castFile';
export { honorificKey, nameKey } from './names';
export { NameTagger } from './nameTagger';
export { NameEdit, renamedNames, renameEdits, wordSwaps } from './castRename';
export { findNameMentions, MentionFlag, NameMention } from './nameMentions';
