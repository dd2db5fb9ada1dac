// Quote spans and speakers against LitBank's gold: precision, recall and F1 (exact and overlap) for
// Dramatis beside the double-quote baseline, then speaker accuracy on the gold quotes.
import { doubleQuoteBaseline, nearestNameSpeakers } from './baselines.mjs';

export function reportQuotes({ documents, score, verbose }) {
	const dramatis = score(new Map(documents.map(document => [document.id, { quotes: document.predicted.quotes }])));
	const baseline = score(new Map(documents.map(document => [document.id, { quotes: doubleQuoteBaseline(document.gold.text) }])));
	const gold = documents.reduce((total, document) => total + document.gold.quotes.length, 0);
	const predicted = documents.reduce((total, document) => total + document.predicted.quotes.length, 0);

	console.log(`Quotes (${gold} gold, ${predicted} predicted)`);
	console.log(
		table(
			['', 'exact P', 'exact R', 'exact F1', 'overlap P', 'overlap R', 'overlap F1'],
			[
				['Dramatis', dramatis],
				['double-quote baseline', baseline],
			].map(([name, result]) => [
				name,
				...['quotes_exact', 'quotes_overlap'].flatMap(metric => ['p', 'r', 'f'].map(part => percent(result.micro[metric][part]))),
			]),
		),
	);

	const speakers = speakerAccuracy(documents);
	const nearest = speakerAccuracy(
		documents.map(document => ({ ...document, predicted: { quotes: nearestNameSpeakers(document.gold.text, doubleQuoteBaseline(document.gold.text)) } })),
	);
	console.log(`\nSpeakers on the gold quotes (baseline: "…" pairs, the nearest capitalised name beside the quote)`);
	console.log(
		table(
			['', 'correct', 'quotes', 'accuracy', 'baseline'],
			[
				['all gold quotes', speakers.all, nearest.all],
				['speaker named beside the quote', speakers.named, nearest.named],
			].map(([name, ours, theirs]) => [name, ours.correct, ours.total, percent(ours.correct / ours.total), percent(theirs.correct / theirs.total)]),
		),
	);
	if (verbose) {
		printMisses(documents, speakers.errors);
	}
}

/**
 * Each gold quote's speaker against the speaker of the predicted quote that covers it best.
 * A gold speaker is an entity id like `Mrs_Bennet-7`; the prediction is right when its name matches the
 * id's name or any name gold gives that entity, ignoring honorifics (`Darcy` is `Mr. Darcy`).
 */
function speakerAccuracy(documents) {
	const all = { correct: 0, total: 0 };
	const named = { correct: 0, total: 0 };
	const errors = [];
	for (const { id, gold, predicted } of documents) {
		for (const quote of gold.quotes) {
			const names = speakerNames(gold, quote.speaker);
			const match = bestOverlap(quote, predicted.quotes);
			const guess = match?.speaker ?? null;
			const correct = guess !== null && names.some(name => sameName(name, guess));
			const isNamed = namedBeside(gold, quote, names);
			all.total++;
			all.correct += correct ? 1 : 0;
			if (isNamed) {
				named.total++;
				named.correct += correct ? 1 : 0;
			}
			if (!correct) {
				errors.push({ id, quote, gold: quote.speaker, guess, named: isNamed, found: Boolean(match) });
			}
		}
	}
	return { all, named, errors };
}

function speakerNames(gold, speaker) {
	const fromId = speaker
		.replace(/-\d+$/, '')
		.replace(/[^\p{L}\p{N}'’-]+/gu, ' ')
		.trim();
	const entity = (gold.characters ?? []).find(character => character.id === speaker);
	// LitBank calls the first-person narrator `narrator` (or `I`); Dramatis names that speaker `Narrator`.
	const narrator = /^(?:narrator|I)$/i.test(fromId) ? ['Narrator'] : [];
	return [fromId, ...narrator, ...(entity?.names ?? [])];
}

function bestOverlap(quote, predictions) {
	let best;
	let bestOverlap = 0;
	for (const prediction of predictions) {
		const overlap = Math.min(quote.end, prediction.end) - Math.max(quote.start, prediction.start);
		if (overlap > bestOverlap) {
			best = prediction;
			bestOverlap = overlap;
		}
	}
	return best;
}

/** True when the narration of the quote's paragraph (outside every quote) names the speaker. */
function namedBeside(gold, quote, names) {
	const text = gold.text;
	const before = text.lastIndexOf('\n\n', quote.start);
	const after = text.indexOf('\n\n', quote.end);
	const start = before < 0 ? 0 : before;
	const end = after < 0 ? text.length : after;
	let narration = '';
	let cursor = start;
	for (const other of [...gold.quotes].sort((a, b) => a.start - b.start)) {
		if (other.end <= start || other.start >= end) {
			continue;
		}
		narration += `${text.slice(cursor, Math.max(cursor, other.start))} | `;
		cursor = Math.max(cursor, other.end);
	}
	narration += text.slice(cursor, end);
	const words = tokens(narration);
	return names.some(name => {
		const wanted = coreTokens(name);
		return wanted.length > 0 && /^\p{Lu}/u.test(name.trim()) && !wanted.every(word => PRONOUNS.has(word)) && containsSequence(words, wanted);
	});
}

const PRONOUNS = new Set(['i', 'he', 'she', 'we', 'they', 'you', 'narrator']);
const HONORIFICS = new Set([
	'mr',
	'mrs',
	'ms',
	'miss',
	'master',
	'sir',
	'lady',
	'lord',
	'dr',
	'doctor',
	'captain',
	'capt',
	'colonel',
	'general',
	'major',
	'rev',
	'reverend',
	'father',
	'mother',
	'aunt',
	'uncle',
	'madame',
	'monsieur',
	'mademoiselle',
	'prince',
	'princess',
	'count',
	'countess',
	'king',
	'queen',
	'professor',
	'saint',
	'herr',
	'frau',
	'old',
	'young',
	'little',
	'the',
	'a',
	'an',
	'my',
	'our',
	'his',
	'her',
	'their',
	'your',
]);

function tokens(text) {
	return text
		.normalize('NFC')
		.toLowerCase()
		.replace(/['’]s\b/g, '')
		.split(/[^\p{L}\p{N}-]+/u)
		.filter(Boolean);
}

function coreTokens(name) {
	const all = tokens(name);
	let index = 0;
	while (index < all.length - 1 && HONORIFICS.has(all[index])) {
		index++;
	}
	return all.slice(index);
}

function containsSequence(haystack, needle) {
	outer: for (let index = 0; index + needle.length <= haystack.length; index++) {
		for (let offset = 0; offset < needle.length; offset++) {
			if (haystack[index + offset] !== needle[offset]) {
				continue outer;
			}
		}
		return true;
	}
	return false;
}

function sameName(a, b) {
	const x = coreTokens(a);
	const y = coreTokens(b);
	if (x.length === 0 || y.length === 0) {
		return false;
	}
	return containsSequence(x, y) || containsSequence(y, x);
}

function printMisses(documents, speakerErrors) {
	for (const { id, gold, predicted } of documents) {
		const key = span => `${span.start}:${span.end}`;
		const trimmed = span => trimSpan(gold.text, span);
		const goldKeys = new Set(gold.quotes.map(span => key(trimmed(span))));
		const predictedKeys = new Set(predicted.quotes.map(span => key(trimmed(span))));
		const missed = gold.quotes.filter(span => !predictedKeys.has(key(trimmed(span))));
		const extra = predicted.quotes.filter(span => !goldKeys.has(key(trimmed(span))));
		if (missed.length + extra.length === 0) {
			continue;
		}
		console.log(`\n== ${id}: ${missed.length} missed, ${extra.length} extra`);
		for (const span of missed) {
			console.log(`  - gold ${excerpt(gold.text, span)}`);
		}
		for (const span of extra) {
			console.log(`  + ours ${excerpt(gold.text, span)}`);
		}
	}
	console.log(`\n== speaker errors: ${speakerErrors.length}`);
	for (const error of speakerErrors) {
		console.log(
			`  ${error.id.slice(0, 18)} gold=${error.gold} ours=${error.guess}${error.named ? ' NAMED' : ''}${error.found ? '' : ' (no span)'} ${excerpt(documentText(documents, error.id), error.quote, 50)}`,
		);
	}
}

function documentText(documents, id) {
	return documents.find(document => document.id === id).gold.text;
}

function trimSpan(text, span) {
	let { start, end } = span;
	while (start < end && /\s/.test(text[start])) start++;
	while (end > start && /\s/.test(text[end - 1])) end--;
	return { start, end };
}

function excerpt(text, span, context = 30) {
	const flat = value => JSON.stringify(value).slice(1, -1);
	const inner = text.slice(span.start, span.end);
	const shown = inner.length > 160 ? `${inner.slice(0, 70)}…${inner.slice(-70)}` : inner;
	return `${flat(text.slice(Math.max(0, span.start - context), span.start))}[[${flat(shown)}]]${flat(text.slice(span.end, span.end + context))}`;
}

function percent(value) {
	return Number.isFinite(value) ? `${(100 * value).toFixed(1)}%` : 'n/a';
}

function table(header, rows) {
	const cells = [header, ...rows].map(row => row.map(String));
	const widths = header.map((_, column) => Math.max(...cells.map(row => row[column].length)));
	const line = row => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
	return [line(cells[0]), widths.map(width => '-'.repeat(width)).join('  '), ...cells.slice(1).map(line)].join('\n');
}
