// compromise for the command line (dist/compromise.js), built from its sources with two changes that make
// its load cheaper and leave what it does as it was:
// - Its preTagger model arrives expanded. Stock compromise conjugates every verb and inflects every
//   adjective and noun of its lexicon each time it loads (about half its load); here the build runs that
//   expansion once, with compromise's own code, and the bundle reads the result back with JSON.parse.
// - Its plugin merge (API/extend.js, mergeDeep) sets each key by assignment rather than with
//   Object.assign of a one-key object literal: the same property set the same way, without an object made
//   for each of the lexicon's 24,000 words.
// Both are checked as the bundle is made: the parts written out must come back from JSON as they were, and
// the source lines replaced must be found, or the build stops. test/unit/compromiseExpandedAhead.test.ts
// checks the built bundle against stock compromise: the same model, and the same tags.
import * as fs from 'fs';
import { isDeepStrictEqual } from 'util';
import { pathToFileURL } from 'url';

const MODEL_MODULE = /[\\/]compromise[\\/]src[\\/]2-two[\\/]preTagger[\\/]model[\\/]index\.js$/;
const MERGE_MODULE = /[\\/]compromise[\\/]src[\\/]API[\\/]extend\.js$/;

/** `from` replaced by `to` in `source`, which must hold `from` exactly once. */
function replaceOnce(source, from, to, file) {
	if (source.split(from).length !== 2) {
		throw new Error(`${file} no longer reads as expected (looking for: ${from}); compromise changed, so must this build.`);
	}
	return source.replace(from, () => to);
}

/** The parts of the preTagger model its expansion builds, as compromise's own code builds them. */
async function expandedParts(modelFile) {
	const { default: model } = await import(pathToFileURL(modelFile).href);
	const parts = {
		lexicon: model.one.lexicon,
		multiCache: model.one._multiCache,
		switches: model.two.switches,
		uncountable: model.two.uncountable,
	};
	const json = JSON.stringify(parts);
	if (!isDeepStrictEqual(JSON.parse(json), parts)) {
		throw new Error('compromise’s expanded model is not plain data any more: it cannot be written out ahead.');
	}
	return json;
}

/** The esbuild plugin that builds compromise this way, and `used()`, whether it met both modules it changes. */
export function compromiseExpandedAhead() {
	const met = new Set();
	const plugin = {
		name: 'compromise-expanded-ahead',
		setup(build) {
			build.onLoad({ filter: MODEL_MODULE }, async ({ path: file }) => {
				met.add('model');
				let source = fs.readFileSync(file, 'utf8');
				source = replaceOnce(
					source,
					"import { lexicon, switches, frozenLex } from './lexicon/index.js'",
					`import frozenLex from './lexicon/frozenLex.js'\nconst { lexicon, multiCache, switches, uncountable } = JSON.parse(${JSON.stringify(await expandedParts(file))})`,
					file,
				);
				source = replaceOnce(source, "import expandLexicon from './_expand/index.js'", '', file);
				source = replaceOnce(source, '_multiCache: {},', '_multiCache: multiCache,', file);
				source = replaceOnce(source, 'uncountable: {},', 'uncountable,', file);
				source = replaceOnce(source, 'model = expandLexicon(model)', '', file);
				return { contents: source, loader: 'js' };
			});
			build.onLoad({ filter: MERGE_MODULE }, ({ path: file }) => {
				met.add('merge');
				let source = fs.readFileSync(file, 'utf8');
				source = replaceOnce(source, 'if (!model[key]) Object.assign(model, { [key]: {} })', 'if (!model[key]) model[key] = {}', file);
				source = replaceOnce(source, 'Object.assign(model, { [key]: plugin[key] })', 'model[key] = plugin[key]', file);
				return { contents: source, loader: 'js' };
			});
		},
	};
	return { plugin, used: () => met.size === 2 };
}
