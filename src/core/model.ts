// The shapes every reader of a story sees (the CLI, the VS Code features, the cast and the statistics),
// gathered in one place. Each is defined in the types.ts of the folder that decides it; this file only
// imports those, so reading the model never pulls in a pass's internals. Offsets are UTF-16 offsets.

export type { Block, BlockAnalysis, Chapter, Scene, StoryModel } from './assembly/types';
export type { DialogueSpan } from './dialogue/types';
