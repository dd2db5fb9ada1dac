// The core's public surface: what the CLI and the VS Code features may use.
export { analyzeStory, updateStory, StoryAnalysis, TextChange } from './analyze';
export { AnalysisOptions, DEFAULT_OPTIONS } from './options';
export { compileHeadingPatterns, DEFAULT_CHAPTER_PATTERN, DEFAULT_SCENE_BREAK_PATTERN, HeadingPatterns } from './headings';
export { Chapter, DialogueSpan, Scene, StoryModel } from './model';
export { DIALOGUE_STYLES, DialogueStyle } from './dialogue';
export { linesBySpeaker } from './speakers';
export { TextRange, indexAtOrBefore, rangeContains } from './range';
export { countWords } from './words';
export { LineIndex, LinePosition } from './lines';
export { Manuscript, ManuscriptChapter, ManuscriptFile, ManuscriptScene, manuscriptFileOf, nextSceneIndex, previousSceneIndex } from './manuscript';
export { ManuscriptIndex, ManuscriptText } from './manuscriptIndex';
export { comparePaths, normalizePath, orderPaths, parseOrderFile, OrderFile } from './manuscriptOrder';
export { PathFilter, globToRegExp } from './glob';
export { FIRST_PERSON, guessPointOfView } from './pointOfView';
export { CharacterAppearance, castScenes } from './sceneCast';
