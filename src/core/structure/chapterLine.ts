// Decides, by the built-in rules, whether a line standing alone is a chapter heading, and of what kind:
// `Chapter 12`, `CHAPTER XII.`, `BOOK ONE: 1805`, `Book the First--Recalled to Life`, `DEUXIÈME PARTIE`,
// `ERSTES KAPITEL`, `Prologue`, `FIRST EPILOGUE: 1813 - 20`, `XIV`, `I. The Period`. Written as a small
// reader over the line's words rather than one large regular expression, which took 30 ms to compile.

const BOOK_WORDS = new Set(['book', 'part', 'volume', 'tome', 'teil', 'buch', 'band', 'partie', 'livre', 'parte', 'libro', 'tomo']);
const CHAPTER_WORDS = new Set(['chapter', 'kapitel', 'chapitre', 'capítulo', 'capitulo', 'capitolo']);
const GERMAN_WORDS = new Set(['kapitel', 'teil', 'buch', 'band']);
/** Sections that stand alone without a number. */
const SECTION_WORDS = new Set([
	'prologue',
	'epilogue',
	'interlude',
	'afterword',
	'foreword',
	'preface',
	'introduction',
	'coda',
	'postscript',
	'prólogo',
	'post-prólogo',
	'epílogo',
	'prologo',
	'epilogo',
	'épilogue',
	'préface',
	'postface',
	'avant-propos',
	'prolog',
	'epilog',
	'vorwort',
	'nachwort',
	'einleitung',
]);
/** Ordinals that number a division whether they follow its word or come before it: `Book the First`, `SECOND EPILOGUE`. */
const ORDINALS = [
	'first',
	'second',
	'third',
	'fourth',
	'fifth',
	'sixth',
	'seventh',
	'eighth',
	'ninth',
	'tenth',
	'last',
	'final',
	'premier',
	'première',
	'seconde',
	'dernier',
	'dernière',
	'primero',
	'primera',
	'segundo',
	'segunda',
	'tercero',
	'tercera',
	'cuarto',
	'cuarta',
	'quinto',
	'quinta',
];
/** Number words that follow a division's word: `BOOK ONE`, `Chapter the Twentieth`, `Livre premier`. */
const NUMBER_WORDS = new Set([
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve',
	'thirteen',
	'fourteen',
	'fifteen',
	'sixteen',
	'seventeen',
	'eighteen',
	'nineteen',
	'twenty',
	'thirty',
	'forty',
	'fifty',
	'sixty',
	'seventy',
	'eighty',
	'ninety',
	'hundred',
	'eleventh',
	'twelfth',
	'thirteenth',
	'fourteenth',
	'fifteenth',
	'sixteenth',
	'seventeenth',
	'eighteenth',
	'nineteenth',
	'twentieth',
	'thirtieth',
	'fortieth',
	'fiftieth',
	'un',
	'une',
	'deux',
	'trois',
	'quatre',
	'cinq',
	'sept',
	'huit',
	'neuf',
	'dix',
	'onze',
	'douze',
	'sexto',
	'sexta',
	'séptimo',
	'séptima',
	'octavo',
	'octava',
	'noveno',
	'novena',
	'décimo',
	'décima',
	'uno',
	'dos',
	'tres',
	'cuatro',
	'cinco',
	'seis',
	'siete',
	'ocho',
	'nueve',
	'diez',
	'primo',
	'prima',
	'secondo',
	'eins',
	'zwei',
	'drei',
	'vier',
	'fünf',
	'sechs',
	'sieben',
	'acht',
	'neun',
	'zehn',
	'elf',
	'zwölf',
	...ORDINALS,
]);
/** Ordinals that come before the word they number: `SECOND EPILOGUE`, `Première partie`, `Última parte`. */
const ORDINAL_WORDS = new Set([...ORDINALS, 'último', 'última']);

const WORD = /\p{L}+(?:-\p{L}+)*/uy;
const SPACES = /\s+/y;
const DIGITS = /\d{1,4}(?!\d)/y;
const ROMAN_LOWER = /(?=[ivxlcdm])m{0,4}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})(?!\p{L})/uy;
const THE = /the\s+/y;
/**
 * What may follow a heading's number: nothing, a stop, a separator and a title (`: 1805`, `--Recalled to
 * Life`), or a capitalised title. `Part one of the plan failed.` goes on in lower case: prose, not a heading.
 */
const REST = /^(?:[.:]?|\s*(?:[.:]|[-–—]+)\s*\S.*|\s+[\p{Lu}\p{N}"“‘'«([].*)$/u;
const NUMERAL_ALONE = /^(?:(?=[IVXLCDM])M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})|\d{1,3})\.?$/;
const NUMERAL_WITH_TITLE = /^(?=[IVXLCDM])M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})\.\s+["“‘'«([]?(\S)/;

/** The line is a numeral alone: `XIV`, `7.`. */
export function isNumeralAlone(line: string): boolean {
	return NUMERAL_ALONE.test(line);
}

/** The number a numeral line stands for (`XXIX` 29, `7.` 7), or undefined. */
export function numeralValue(line: string): number | undefined {
	if (!isNumeralAlone(line)) {
		return undefined;
	}
	const digits = line.replace(/\.$/, '');
	if (/^\d+$/.test(digits)) {
		return Number(digits);
	}
	const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
	let total = 0;
	for (let index = 0; index < digits.length; index++) {
		const value = values[digits[index]];
		total += value < (values[digits[index + 1]] ?? 0) ? -value : value;
	}
	return total;
}

/** The built-in rules for a trimmed line standing alone. */
export function isChapterLine(line: string): boolean {
	return isNumeralAlone(line) || isNumeralWithTitle(line) || isWordHeading(line) || isSectionInCapitals(line);
}

export interface ChapterLineKind {
	/** A part or book: `BOOK ONE`, `DEUXIÈME PARTIE`, `Zweiter Teil`. */
	readonly book: boolean;
	/** `Prologue`, `FIRST EPILOGUE`: its level depends on whether the book has parts. */
	readonly section: boolean;
}

/** What kind of division a heading line names, whichever pattern found it. */
export function chapterLineKind(line: string): ChapterLineKind {
	const { lower, first, second } = openingWords(line);
	const book =
		first !== undefined && (BOOK_WORDS.has(first.word) || (second !== undefined && numbersDivision(first.word, second.word) && BOOK_WORDS.has(second.word)));
	return { book, section: !book && lower.split(/[^\p{L}-]+/u).some(word => SECTION_WORDS.has(word)) };
}

/** `I. The Period`, `XII. THE RETURN OF ULYSSES`: a title that starts with a capital and does not trail off. */
function isNumeralWithTitle(line: string): boolean {
	const match = NUMERAL_WITH_TITLE.exec(line);
	return match !== null && isUpperCase(match[1]) && !/[,;:]$/.test(line);
}

/** `Chapter 12`, `Book the First--…`, `DEUXIÈME PARTIE`, `ERSTES KAPITEL`, `SECOND EPILOGUE: …`, `Prologue`. */
function isWordHeading(line: string): boolean {
	const { lower, first, second } = openingWords(line);
	if (!first) {
		return false;
	}
	if (BOOK_WORDS.has(first.word) || CHAPTER_WORDS.has(first.word)) {
		const numberStart = spacesAfter(lower, first.end);
		const numberEnd = numberStart > first.end ? numberAt(lower, numberStart) : -1;
		return numberEnd >= 0 && REST.test(line.slice(numberEnd));
	}
	if (SECTION_WORDS.has(first.word)) {
		return REST.test(line.slice(first.end));
	}
	if (!second) {
		return false;
	}
	const divides = numbersDivision(first.word, second.word) && (BOOK_WORDS.has(second.word) || CHAPTER_WORDS.has(second.word));
	const sections = ORDINAL_WORDS.has(first.word) && SECTION_WORDS.has(second.word);
	return (divides || sections) && REST.test(line.slice(second.end));
}

/** The line in lower case, with its first word and the word after it across spaces, where there are such words. */
function openingWords(line: string): { lower: string; first: WordAt | undefined; second: WordAt | undefined } {
	const lower = lowerCased(line);
	const first = wordAt(lower, 0);
	if (!first) {
		return { lower, first, second: undefined };
	}
	const secondStart = spacesAfter(lower, first.end);
	return { lower, first, second: secondStart > first.end ? wordAt(lower, secondStart) : undefined };
}

/** `first` is an ordinal that can stand before the division word `second`. */
function numbersDivision(first: string, second: string): boolean {
	if (GERMAN_WORDS.has(second)) {
		// German ordinals: erstes, zweiter, dritte, siebentes, letztes.
		return /(?:tes|ter|te)$/.test(first);
	}
	return ORDINAL_WORDS.has(first) || /i[eè]me$/.test(first);
}

/** `POR MODO DE EPÍLOGO`: a line in capitals that names its section. */
function isSectionInCapitals(line: string): boolean {
	if (line.length > 80 || line !== line.toUpperCase()) {
		return false;
	}
	return line
		.toLowerCase()
		.split(/[^\p{L}-]+/u)
		.some(word => SECTION_WORDS.has(word));
}

/** The end of a chapter number starting at `at` (`12`, `xii`, `one`, `twenty-one`, `the first`), or -1. */
function numberAt(lower: string, at: number): number {
	for (const pattern of [DIGITS, ROMAN_LOWER]) {
		pattern.lastIndex = at;
		if (pattern.test(lower) && pattern.lastIndex > at) {
			return pattern.lastIndex;
		}
	}
	THE.lastIndex = at;
	const start = THE.test(lower) ? THE.lastIndex : at;
	const word = wordAt(lower, start);
	if (!word || !word.word.split('-').every(part => NUMBER_WORDS.has(part))) {
		return -1;
	}
	// `Twenty One`: a second number word after a space.
	const next = wordAt(lower, spacesAfter(lower, word.end));
	return next && next.start > word.end && NUMBER_WORDS.has(next.word) ? next.end : word.end;
}

interface WordAt {
	readonly word: string;
	readonly start: number;
	readonly end: number;
}

function wordAt(text: string, at: number): WordAt | undefined {
	WORD.lastIndex = at;
	const match = WORD.exec(text);
	return match ? { word: match[0], start: at, end: WORD.lastIndex } : undefined;
}

function spacesAfter(text: string, at: number): number {
	SPACES.lastIndex = at;
	return SPACES.test(text) ? SPACES.lastIndex : at;
}

/** Lower case with offsets unchanged; the rare letter whose lower case is longer leaves the line as it is. */
function lowerCased(line: string): string {
	const lower = line.toLowerCase();
	return lower.length === line.length ? lower : line;
}

function isUpperCase(character: string): boolean {
	return character !== character.toLowerCase() && character === character.toUpperCase();
}
