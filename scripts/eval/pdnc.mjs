// Who speaks on six whole novels (PDNC dev): the shared scorers (score.mjs for spans, speakers.mjs for
// speakers, strict and by type, cast.mjs for the cast) run over Dramatis's predictions and over naive
// baselines made in the same run, overall and per novel, so the comparison holds on any machine.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { capitalisedWords, doubleQuoteBaseline, nearestNameSpeakers } from './baselines.mjs';

/** Runs the CLI over the novels and prints the PDNC tables. `analyze(paths)` returns the CLI's `files`. */
export function reportPdnc({ goldDir, evalRoot, workDir, analyze }) {
	const novels = readdirSync(goldDir)
		.filter(file => file.endsWith('.json') && file !== 'index.json')
		.sort()
		.map(file => ({ id: basename(file, '.json'), file, gold: JSON.parse(readFileSync(join(goldDir, file), 'utf8')) }));
	const textDir = join(workDir, 'pdnc-texts');
	mkdirSync(textDir);
	for (const novel of novels) {
		novel.textPath = join(textDir, `${novel.id}.txt`);
		writeFileSync(novel.textPath, novel.gold.text);
	}
	const started = performance.now();
	const analysed = new Map(analyze(novels.map(novel => novel.textPath)).map(file => [basename(file.path, '.txt'), file]));
	const seconds = (performance.now() - started) / 1000;
	for (const novel of novels) {
		novel.predicted = analysed.get(novel.id) ?? { quotes: [], characters: [] };
	}

	// One gold folder per novel (a link to its file), so the directory scorers give per-novel figures too.
	const singleGold = new Map(
		novels.map(novel => {
			const directory = join(workDir, `pdnc-gold-${novel.id}`);
			mkdirSync(directory);
			symlinkSync(join(goldDir, novel.file), join(directory, novel.file));
			return [novel.id, directory];
		}),
	);
	const scorer = name => join(evalRoot, name);
	const run = (script, gold, predictions, extra = []) =>
		execFileSync(process.execPath, [scorer(script), gold, predictions, ...extra], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

	const systems = [
		['Dramatis', novel => novel.predicted],
		[
			'baseline',
			novel => {
				const quotes = doubleQuoteBaseline(novel.gold.text);
				return { quotes: nearestNameSpeakers(novel.gold.text, quotes), characters: capitalisedWords(novel.gold.text) };
			},
		],
	];
	const results = systems.map(([name, predict]) => {
		const directory = mkdtempSync(join(workDir, 'pdnc-predictions-'));
		for (const novel of novels) {
			const predicted = predict(novel);
			writeFileSync(join(directory, novel.file), JSON.stringify({ quotes: predicted.quotes ?? [], characters: predicted.characters ?? [] }));
		}
		const measure = gold => ({
			spans: JSON.parse(run('score.mjs', gold, directory, ['--json'])).micro.quotes_exact,
			speakers: parseSpeakers(run('speakers.mjs', gold, directory)),
			cast: parseCast(run('cast.mjs', gold, directory)),
		});
		return { name, all: measure(goldDir), perNovel: new Map(novels.map(novel => [novel.id, measure(singleGold.get(novel.id))])) };
	});

	const quoteCount = novels.reduce((total, novel) => total + novel.gold.quotes.length, 0);
	console.log(`PDNC dev: ${novels.length} whole novels, ${quoteCount} gold quotes (${goldDir}); Dramatis analysed them in ${seconds.toFixed(1)} s\n`);
	console.log(
		table(
			['', 'spans exact F1', 'speakers strict', 'explicit', 'anaphoric', 'implicit', 'lenient', 'cast major recall', 'top-20 precision'],
			results.map(({ name, all }) => row(name, all)),
		),
	);
	console.log(`\nPer novel (Dramatis, then the baseline)`);
	console.log(
		table(
			['', 'spans exact F1', 'speakers strict', 'explicit', 'anaphoric', 'implicit', 'lenient', 'cast major recall', 'top-20 precision'],
			novels.flatMap(novel => results.map(({ name, perNovel }) => row(name === 'Dramatis' ? novel.id : '  baseline', perNovel.get(novel.id)))),
		),
	);
	console.log(
		'\nbaseline: quotes are "…" pairs; the speaker is the nearest capitalised word seen three times away from a sentence start, in the narration beside the quote (after it first); the cast is those words by count.',
	);
}

function row(name, { spans, speakers, cast }) {
	return [
		name,
		percent(spans.f),
		`${speakers.all.toFixed(1)}% (${speakers.counts})`,
		`${speakers.explicit}%`,
		`${speakers.anaphoric}%`,
		`${speakers.implicit}%`,
		`${speakers.lenient}%`,
		`${cast.major}% (${cast.majorCounts})`,
		`${cast.top}% (${cast.topCounts})`,
	];
}

function parseSpeakers(output) {
	const match = /accuracy=([\d.]+|n\/a) \(([^)]*)\) explicit=([\d.]+|n\/a) anaphoric=([\d.]+|n\/a) implicit=([\d.]+|n\/a) lenient=([\d.]+|n\/a)/.exec(output);
	if (!match) {
		throw new Error(`speakers.mjs printed something unexpected: ${output}`);
	}
	return { all: Number(match[1]), counts: match[2], explicit: match[3], anaphoric: match[4], implicit: match[5], lenient: match[6] };
}

function parseCast(output) {
	const match = /major_recall=([\d.]+) \(([^)]*)\) top20_precision=([\d.]+) \(([^)]*)\)/.exec(output);
	if (!match) {
		throw new Error(`cast.mjs printed something unexpected: ${output}`);
	}
	return { major: match[1], majorCounts: match[2], top: match[3], topCounts: match[4] };
}

function percent(value) {
	return Number.isFinite(value) ? `${(100 * value).toFixed(1)}%` : 'n/a';
}

function table(header, rows) {
	const cells = [header, ...rows].map(cells => cells.map(String));
	const widths = header.map((_, column) => Math.max(...cells.map(cells => cells[column].length)));
	const line = cells => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
	return [line(cells[0]), widths.map(width => '-'.repeat(width)).join('  '), ...cells.slice(1).map(line)].join('\n');
}
