// Name slips: misspellings of major characters' names (a letter dropped, doubled, or two swapped) are put
// into the six PDNC novels and the LitBank texts, and `dramatis analyze --json` must note them; the same
// texts left as they are show the false notes, per novel and per 100,000 words. Which names get slips
// comes from the gold characters, not from Dramatis's cast, so the cast's mistakes cannot hide misses.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const HONORIFICS = new Set(
	'mr mrs miss ms dr sir lady lord madam madame mme mlle monsieur captain colonel general major lieutenant uncle aunt father mother brother sister saint st prince princess count countess duke duchess king queen professor doctor reverend master mistress judge the a an of'.split(
		' ',
	),
);
const OPERATIONS = ['drop', 'double', 'swap'];
/** Slips put into each PDNC novel per major character, and into each LitBank text per main character. */
const SLIPS_PER_NOVEL_CHARACTER = 4;
const SLIPS_PER_EXCERPT_CHARACTER = 2;
const MIN_NAME_USES = 10;

export function reportNameVariants({ pdnc, litbank, workDir, cli, verbose }) {
	const texts = [
		...pdnc.map(novel => ({
			id: novel.id,
			corpus: 'PDNC',
			text: novel.text,
			majors: novel.characters.filter(c => c.category === 'major'),
			slips: SLIPS_PER_NOVEL_CHARACTER,
		})),
		...litbank.map(document => ({
			id: document.id,
			corpus: 'LitBank',
			text: document.gold.text,
			majors: document.gold.characters ?? [],
			slips: SLIPS_PER_EXCERPT_CHARACTER,
			top: 2,
		})),
	];
	const directory = join(workDir, 'name-variants');
	mkdirSync(join(directory, 'clean'), { recursive: true });
	mkdirSync(join(directory, 'slips'), { recursive: true });
	for (const entry of texts) {
		entry.cleanPath = join(directory, 'clean', `${entry.id}.txt`);
		writeFileSync(entry.cleanPath, entry.text);
		const { text, slips } = injectSlips(entry);
		entry.injected = slips;
		entry.slipText = text;
		entry.slipPath = join(directory, 'slips', `${entry.id}.txt`);
		writeFileSync(entry.slipPath, text);
	}
	const clean = cli(texts.map(entry => entry.cleanPath));
	const slipped = cli(texts.map(entry => entry.slipPath));
	for (const entry of texts) {
		const cleanReport = clean.get(entry.cleanPath);
		entry.words = cleanReport?.words ?? 0;
		const slipNotes = report => (report?.notes ?? []).filter(note => note.kind === 'nameVariant');
		entry.falseNotes = slipNotes(cleanReport);
		const notes = slipNotes(slipped.get(entry.slipPath));
		entry.found = entry.injected.filter(slip => notes.some(note => note.start === slip.start && note.end === slip.end));
	}

	console.log('Name slips: injected misspellings of major characters (drop, double, swap a letter) noted, and false notes on the untouched texts');
	const rows = [['text', 'words', 'slips', 'noted', 'recall', 'false notes', 'per 100k words']];
	const row = (label, group) => {
		const words = sum(group, entry => entry.words);
		const injected = sum(group, entry => entry.injected.length);
		const found = sum(group, entry => entry.found.length);
		const falseNotes = sum(group, entry => entry.falseNotes.length);
		rows.push([
			label,
			String(words),
			String(injected),
			String(found),
			percent(found, injected),
			String(falseNotes),
			((falseNotes * 100000) / Math.max(1, words)).toFixed(2),
		]);
	};
	for (const entry of texts.filter(entry => entry.corpus === 'PDNC')) {
		row(entry.id, [entry]);
	}
	row(
		'PDNC (6 novels)',
		texts.filter(entry => entry.corpus === 'PDNC'),
	);
	row(
		`LitBank (${litbank.length} texts)`,
		texts.filter(entry => entry.corpus === 'LitBank'),
	);
	row('all', texts);
	const widths = rows[0].map((_, column) => Math.max(...rows.map(line => line[column].length)));
	for (const line of rows) {
		console.log(line.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('   '));
	}
	const novels = texts.filter(entry => entry.corpus === 'PDNC');
	console.log(`most false notes in one novel: ${Math.max(...novels.map(entry => entry.falseNotes.length))} (aim: at most 2); recall aim: 90%`);
	if (verbose) {
		for (const entry of texts) {
			for (const note of entry.falseNotes) {
				console.log(`  false note ${entry.id}: ${note.name} → ${note.character}`);
			}
			for (const slip of entry.injected.filter(slip => !entry.found.includes(slip))) {
				console.log(
					`  missed ${entry.id}: ${slip.slip} for ${slip.word} (${slip.operation}): ${JSON.stringify(entry.slipText.slice(slip.start - 40, slip.end + 20))}`,
				);
			}
		}
	}
}

/** The text with slips put into the names of its main characters, and where each slip ends up. */
function injectSlips(entry) {
	const random = seeded(entry.id);
	const edits = [];
	const taken = new Set();
	const characters = entry.majors
		.map(character => nameWordOf(character, entry.text))
		.filter(found => found && found.offsets.length >= MIN_NAME_USES)
		.sort((a, b) => b.offsets.length - a.offsets.length)
		.slice(0, entry.top ?? Infinity);
	const usedWords = new Set();
	for (const { word, offsets } of characters) {
		if (usedWords.has(word)) {
			continue;
		}
		usedWords.add(word);
		for (let slip = 0; slip < entry.slips; slip++) {
			const operation = OPERATIONS[(slip + Math.floor(random() * 3)) % 3];
			const offset = offsets[Math.floor(((slip + random()) * offsets.length) / entry.slips)];
			const misspelt = misspell(word, operation, random);
			if (taken.has(offset) || !misspelt || taken.has(misspelt) || new RegExp(`\\b${misspelt}\\b`, 'i').test(entry.text)) {
				continue;
			}
			taken.add(offset);
			taken.add(misspelt);
			edits.push({ offset, word, slip: misspelt, operation });
		}
	}
	edits.sort((a, b) => a.offset - b.offset);
	let text = '';
	let last = 0;
	const slips = [];
	for (const edit of edits) {
		text += entry.text.slice(last, edit.offset);
		slips.push({ start: text.length, end: text.length + edit.slip.length, word: edit.word, slip: edit.slip, operation: edit.operation });
		text += edit.slip;
		last = edit.offset + edit.word.length;
	}
	return { text: text + entry.text.slice(last), slips };
}

/** The word of a character's names the text uses most, capitalised, with where each use is. */
function nameWordOf(character, text) {
	const names = [
		character.main ?? character.name,
		...(character.names ?? []),
		...(character.all_aliases ?? []),
		...(Array.isArray(character) ? character : []),
	];
	const words = new Set(
		names
			.filter(name => typeof name === 'string')
			.flatMap(name => name.split(/[\s,]+/))
			.map(word => word.replace(/[.'’]+$/u, ''))
			.filter(word => /^[A-Z][a-z]{3,}$/.test(word) && !HONORIFICS.has(word.toLowerCase())),
	);
	let best;
	for (const word of words) {
		const offsets = [...text.matchAll(new RegExp(`\\b${word}\\b`, 'g'))].map(match => match.index);
		if (!best || offsets.length > best.offsets.length) {
			best = { word, offsets };
		}
	}
	return best;
}

/** `word` with one slip, never touching its capital: drop a letter, double one, or swap two neighbours. */
function misspell(word, operation, random) {
	const at = 1 + Math.floor(random() * (word.length - 1));
	if (operation === 'drop') {
		return word.slice(0, at) + word.slice(at + 1);
	}
	if (operation === 'double') {
		return word.slice(0, at + 1) + word[at] + word.slice(at + 1);
	}
	if (at + 1 >= word.length || word[at] === word[at + 1]) {
		return at >= 2 && word[at - 1] !== word[at] ? word.slice(0, at - 1) + word[at] + word[at - 1] + word.slice(at + 1) : undefined;
	}
	return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
}

/** A small deterministic generator, seeded by the text's id, so every run injects the same slips. */
function seeded(id) {
	let state = 2166136261;
	for (const character of id) {
		state = Math.imul(state ^ character.charCodeAt(0), 16777619) >>> 0;
	}
	return () => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

function sum(list, value) {
	return list.reduce((total, item) => total + value(item), 0);
}

function percent(part, whole) {
	return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`;
}
