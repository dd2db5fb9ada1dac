// The shape of the code, checked by `npm run depcheck` (dependency-cruiser) as part of `npm test`.
// The core's folders form one ladder, each reading only the rungs below it:
//   text ← lexicon ← structure ← dialogue ← speakers ← assembly ← cast ← manuscript ← statistics ← continuity
// (model.ts, which gathers the shapes of a StoryModel, stands with assembly). A folder's types.ts is a
// leaf that reads only other types.ts files, so any folder can read another's shapes without its passes.

/** The core's folders, lowest first; a folder may import only from folders before it. */
const LADDER = ['text', 'lexicon', 'structure', 'dialogue', 'speakers', 'assembly', 'cast', 'manuscript', 'statistics', 'continuity'];

const core = folders => `^src/core/(${folders.join('|')})/`;

const ladderRules = LADDER.slice(0, -1).map((folder, height) => ({
	name: `core-ladder-${folder}`,
	comment: `${folder} sits below ${LADDER.slice(height + 1).join(', ')}: an import the other way runs against the ladder`,
	severity: 'error',
	from: { path: core([folder]) },
	to: { path: core(LADDER.slice(height + 1)) },
}));

module.exports = {
	forbidden: [
		{
			name: 'no-cycles',
			comment: 'An import cycle ties modules together so that none can be read, tested or moved alone',
			severity: 'error',
			from: {},
			to: { circular: true },
		},
		{
			name: 'core-without-vscode',
			comment: 'The core is a library that runs in Node, a web worker, the CLI and plain mocha: it never imports vscode',
			severity: 'error',
			from: { path: '^src/core/' },
			to: { path: '^vscode$|node_modules/@types/vscode/' },
		},
		...ladderRules,
		{
			name: 'core-model-below-assembly',
			comment: 'model.ts gathers what the assembly makes; the folders below assembly do not read it',
			severity: 'error',
			from: { path: core(['text', 'lexicon', 'structure', 'dialogue', 'speakers']) },
			to: { path: '^src/core/model\\.ts$' },
		},
		{
			name: 'core-types-are-leaves',
			comment: "A folder's types.ts, and model.ts, import only other types.ts files",
			severity: 'error',
			from: { path: '^src/core/([^/]+/types|model)\\.ts$' },
			to: { path: '^src/core/', pathNot: '^src/core/[^/]+/types\\.ts$' },
		},
		{
			name: 'cast-reads-only-speakers-types',
			comment: "The cast reads who speaks from the model; it never reaches into the speakers' passes",
			severity: 'error',
			from: { path: '^src/core/cast/' },
			to: { path: '^src/core/speakers/', pathNot: '^src/core/speakers/types\\.ts$' },
		},
		{
			name: 'core-through-its-index',
			comment: 'The features, the extension and the CLI read the core through src/core/index.ts, never its internals',
			severity: 'error',
			from: { path: '^src/', pathNot: '^src/core/' },
			to: { path: '^src/core/', pathNot: '^src/core/index\\.ts$' },
		},
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		tsConfig: { fileName: 'tsconfig.json' },
		// Type-only imports are arrows too: a cycle through types still ties the modules together.
		tsPreCompilationDeps: true,
	},
};
