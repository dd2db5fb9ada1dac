// `npm run eval`: scores `dramatis analyze --json` against the LitBank dev split and the six PDNC dev novels
// in ../shared/eval. A small driver: it extracts the gold texts, runs the CLI over all of them once, writes one
// prediction file per text, and hands the lot to each section (quotes, cast, PDNC), which prints its own table.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportCast } from './eval/cast.mjs';
import { reportHeadHops } from './eval/headHops.mjs';
import { reportNameVariants } from './eval/nameVariants.mjs';
import { reportPdnc } from './eval/pdnc.mjs';
import { reportQuotes } from './eval/quotes.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evalRoot = resolve(repoRoot, '..', 'shared', 'eval');
const goldDir = join(evalRoot, 'litbank-dev');
const pdncDir = join(evalRoot, 'pdnc-dev');
const scorer = join(evalRoot, 'score.mjs');

if (!existsSync(goldDir) || !existsSync(scorer)) {
	console.log(`eval skipped: ${goldDir} or ${scorer} is absent (the eval data lives beside the repo, not in it).`);
	process.exit(0);
}

const workDir = mkdtempSync(join(tmpdir(), 'dramatis-eval-'));
try {
	const documents = readdirSync(goldDir)
		.filter(file => file.endsWith('.json') && file !== 'index.json')
		.sort()
		.map(file => {
			const id = basename(file, '.json');
			const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8'));
			const textPath = join(workDir, 'texts', `${id}.txt`);
			return { id, gold, textPath };
		});
	mkdirSync(join(workDir, 'texts'));
	for (const document of documents) {
		writeFileSync(document.textPath, document.gold.text);
	}

	const analyze = paths =>
		JSON.parse(
			execFileSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'analyze', '--json', ...paths], {
				encoding: 'utf8',
				maxBuffer: 512 * 1024 * 1024,
			}),
		)
			// Both golds mark what is said or thought aloud in a quote, never a letter's or a notice's words.
			.files.map(file => ({ ...file, quotes: file.quotes.filter(quote => quote.kind !== 'written') }));
	const analysed = new Map(analyze(documents.map(document => document.textPath)).map(file => [basename(file.path, '.txt'), file]));
	for (const document of documents) {
		document.predicted = analysed.get(document.id) ?? { quotes: [], characters: [] };
	}

	/** Scores a directory of prediction files (one `<id>.json` per gold file) with the shared scorer. */
	const score = predictions => {
		const directory = mkdtempSync(join(workDir, 'predictions-'));
		for (const document of documents) {
			const predicted = predictions.get(document.id) ?? {};
			writeFileSync(join(directory, `${document.id}.json`), JSON.stringify({ quotes: predicted.quotes ?? [], characters: predicted.characters ?? [] }));
		}
		return JSON.parse(execFileSync(process.execPath, [scorer, goldDir, directory, '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
	};

	const context = { documents, score, verbose: process.argv.includes('--verbose') };
	console.log(`LitBank dev split: ${documents.length} texts (${goldDir})\n`);
	reportQuotes(context);
	console.log();
	reportCast(context);
	console.log();
	if (existsSync(pdncDir)) {
		reportPdnc({ goldDir: pdncDir, evalRoot, workDir, analyze });
	} else {
		console.log(`PDNC skipped: ${pdncDir} is absent.`);
	}
	console.log();
	/** `dramatis analyze --json` over `paths`, each file's report by its path. */
	const cli = paths => new Map(analyze(paths).map(file => [file.path, file]));
	const pdnc = existsSync(pdncDir)
		? readdirSync(pdncDir)
				.filter(file => file.endsWith('.json'))
				.sort()
				.map(file => ({ id: basename(file, '.json'), ...JSON.parse(readFileSync(join(pdncDir, file), 'utf8')) }))
		: [];
	reportNameVariants({ pdnc, litbank: documents, workDir, cli, verbose: context.verbose });
	const corpusDir = resolve(evalRoot, '..', 'corpus');
	console.log();
	if (existsSync(corpusDir)) {
		reportHeadHops({ corpusDir, analyze, verbose: context.verbose });
	} else {
		console.log(`Head-hops skipped: ${corpusDir} is absent.`);
	}
} finally {
	rmSync(workDir, { recursive: true, force: true });
}
