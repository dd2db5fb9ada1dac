// The command line's compromise (dist/compromise.js), built from compromise's sources with its model expanded
// by the build (scripts/compromiseExpandedAhead.mjs): it must be compromise as it comes, only quicker to
// load. Its whole model, every word and rule, is compared with stock compromise's, and so are the tags it
// gives every sentence of the samples and some of our own.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const repoRoot = path.resolve(__dirname, '../../..');

interface Compromise {
	(text: string): { docs: { text: string; tags: Set<string> }[][] };
	model(): unknown;
	version: string;
}

/** Each sentence's terms and their tags, in compromise's order. */
function tagsOf(nlp: Compromise, sentences: string[]): string[] {
	return sentences.map(sentence =>
		nlp(sentence)
			.docs.flat()
			.map(term => `${term.text}/${[...term.tags].join(',')}`)
			.join(' '),
	);
}

describe('the command line’s compromise, its model expanded ahead', () => {
	let built: Compromise;
	let stock: Compromise;

	before(() => {
		const file = path.join(repoRoot, 'dist/compromise.js');
		assert.ok(fs.existsSync(file), 'dist/compromise.js is missing: run `npm run build` first');
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		built = require(file) as Compromise;
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		stock = require('compromise/two') as Compromise;
		assert.notStrictEqual(built, stock);
	});

	it('is built from the sources, with its expansion done ahead', () => {
		const source = fs.readFileSync(path.join(repoRoot, 'dist/compromise.js'), 'utf8');
		assert.ok(source.includes('{"lexicon":{'), 'the expanded model is not in the bundle');
		assert.strictEqual(built.version, stock.version);
	});

	it('has the same model as stock compromise, word for word and in the same order', () => {
		// Tagging builds and keeps compromise's matches in its model (two.matches), and stock compromise may
		// have tagged already in this process: both tag once, so both models hold them.
		built('She walked home.');
		stock('She walked home.');
		const builtModel = built.model() as { one: { lexicon: object } };
		const stockModel = stock.model() as { one: { lexicon: object } };
		assert.deepStrictEqual(builtModel, stockModel);
		assert.deepStrictEqual(Object.keys(builtModel.one.lexicon), Object.keys(stockModel.one.lexicon));
		assert.ok(Object.keys(stockModel.one.lexicon).length > 20_000);
	});

	it('tags every sentence of the samples, and hard cases of our own, as stock compromise does', () => {
		const samples = fs
			.readdirSync(path.join(repoRoot, 'samples'))
			.map(file => fs.readFileSync(path.join(repoRoot, 'samples', file), 'utf8'))
			.flatMap(text => text.split(/(?<=[.!?…”"])\s+/))
			.filter(sentence => /\w/.test(sentence));
		const ours = [
			'Mrs. Aldous kept the lamp lit for Gullhaven’s boats, and Dev said nothing.',
			'“Will you ring, Hope?” asked Rob, who had boxed the letters and left them at the Crescent.',
			'Still the pilot smiled; April was amusing, boiled sweets were standard, and the miles were smooth.',
			'Natásha’s brother rode to Moscow on the 3rd of May, 1812, with forty-two men.',
			'They’d gone to Iowa, where Karen’s aunt wasn’t expecting them, nor the Hendersons.',
		];
		const sentences = [...samples, ...ours];
		assert.ok(sentences.length > 100);
		assert.deepStrictEqual(tagsOf(built, sentences), tagsOf(stock, sentences));
	});
});
