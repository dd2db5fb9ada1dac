// Decides what a single paragraph (block) is when it divides the story rather than telling it:
// a chapter heading (Markdown `#`/`##`, or a plain line such as `CHAPTER XII.` standing alone), a scene
// break (`* * *`, `#`, `⁂`, Markdown `###`), a table of contents, or Project Gutenberg's fences and credits.
// Only the block's own text is read; what the document around it makes of it is decided in assemble.ts.

export interface HeadingPatterns {
	/** Matches a trimmed, stand-alone line that opens a chapter, part or book. */
	readonly chapter: RegExp;
	/** Matches a trimmed, stand-alone line that ends a scene. */
	readonly sceneBreak: RegExp;
}

/** Each spelling as written, Capitalised and UPPER-CASE: headings come in all three. */
function cased(words: readonly string[]): string {
	const forms = new Set<string>();
	for (const word of words) {
		forms.add(word);
		forms.add(word[0].toUpperCase() + word.slice(1));
		forms.add(word.toUpperCase());
	}
	// Longest first, so that `SEVENTEEN` is not cut short at `SEVEN`.
	return [...forms].sort((a, b) => b.length - a.length).join('|');
}

// A part or book: `BOOK ONE`, `Part Two`, `DEUXIÈME PARTIE`, `Zweites Buch`.
const BOOK_WORDS = ['book', 'part', 'volume', 'tome', 'teil', 'buch', 'band', 'partie', 'livre', 'parte', 'libro', 'tomo'];
const CHAPTER_WORDS = ['chapter', 'kapitel', 'chapitre', 'capítulo', 'capitulo', 'capitolo'];
// Sections that stand alone without a number: `Prologue`, `FIRST EPILOGUE: 1813 - 20`, `POST-PRÓLOGO`.
const SECTION_WORDS = [
	'prologue', 'epilogue', 'interlude', 'afterword', 'foreword', 'preface', 'introduction', 'coda', 'postscript',
	'prólogo', 'post-prólogo', 'epílogo', 'prologo', 'epilogo', 'épilogue', 'préface', 'postface', 'avant-propos',
	'prolog', 'epilog', 'vorwort', 'nachwort', 'einleitung',
];
const NUMBER_WORDS = [
	// English
	'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
	'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty',
	'sixty', 'seventy', 'eighty', 'ninety', 'hundred',
	'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh',
	'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth',
	'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'last', 'final',
	// French, Spanish, Italian, German
	'premier', 'première', 'un', 'une', 'deux', 'trois', 'quatre', 'cinq', 'sept', 'huit', 'neuf', 'dix', 'onze',
	'douze', 'seconde', 'dernier', 'dernière',
	'primero', 'primera', 'segundo', 'segunda', 'tercero', 'tercera', 'cuarto', 'cuarta', 'quinto', 'quinta',
	'sexto', 'sexta', 'séptimo', 'séptima', 'octavo', 'octava', 'noveno', 'novena', 'décimo', 'décima', 'uno',
	'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'primo', 'prima', 'secondo',
	'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf',
];
const ORDINAL_WORDS = [
	'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'last', 'final',
	'premier', 'première', 'seconde', 'dernier', 'dernière',
	'primero', 'primera', 'segundo', 'segunda', 'tercero', 'tercera', 'cuarto', 'cuarta', 'quinto', 'quinta', 'último', 'última',
];
const GERMAN_DIVISION_WORDS = ['kapitel', 'teil', 'buch', 'band'];

const ROMAN = '(?=[IVXLCDM])M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})';
const NUMBER = `(?:\\d{1,4}|[IVXLCDM]+|[ivxlcdm]+|(?:the\\s+|The\\s+|THE\\s+)?(?:${cased(NUMBER_WORDS)})(?:[- ](?:${cased(NUMBER_WORDS)}))?)`;
/** `SECOND EPILOGUE`, French `DEUXIÈME PARTIE`. */
const ORDINAL = `(?:${cased(ORDINAL_WORDS)}|\\p{L}+(?:ième|IÈME|ieme|IEME))`;
/** German `ZWEITES KAPITEL`, `Dritter Teil`: any ordinal, before a German word only. */
const GERMAN_ORDINAL_DIVISION = `\\p{Lu}\\p{L}*(?:tes|TES|ter|TER|te|TE)\\s+(?:${cased(GERMAN_DIVISION_WORDS)})`;
const DIVISION = `(?:${cased([...BOOK_WORDS, ...CHAPTER_WORDS])})`;
const SECTION = `(?:${cased(SECTION_WORDS)})`;
const SECTION_IN_CAPITALS = `(?:${SECTION_WORDS.map(word => word.toUpperCase()).join('|')})`;
/**
 * What may follow a heading's number: nothing, a stop, a separator and a title (`: 1805`, `--Recalled to
 * Life`), or a capitalised title. `Part one of the plan failed.` goes on in lower case: prose, not a heading.
 */
const REST = '(?:[.:]?|\\s*(?:[.:]|[-–—]+)\\s*\\S.*|\\s+[\\p{Lu}\\p{N}"“‘\'«(\\[].*)';

export const DEFAULT_CHAPTER_PATTERN = [
	// Chapter 12 · CHAPTER XII. · BOOK ONE: 1805 · Book the First--Recalled to Life · CHAPITRE PREMIER
	`${DIVISION}\\s+${NUMBER}${REST}`,
	// DEUXIÈME PARTIE · Second Book · ERSTES KAPITEL
	`(?:${ORDINAL}\\s+${DIVISION}|${GERMAN_ORDINAL_DIVISION})${REST}`,
	// Prologue · FIRST EPILOGUE: 1813 - 20 · Epilogue — Ten Years Later
	`(?:${ORDINAL}\\s+)?${SECTION}${REST}`,
	// POR MODO DE EPÍLOGO: a line in capitals that names its section
	`[^\\p{Ll}]{0,40}(?<!\\p{L})${SECTION_IN_CAPITALS}(?!\\p{L})[^\\p{Ll}]{0,40}`,
	// XII · 7. · a numeral alone
	`${ROMAN}\\.?|\\d{1,3}\\.?`,
	// I. The Period · XII. THE RETURN OF ULYSSES · XI. ‘LIKE SUMMER TEMPESTS CAME HIS TEARS’
	`${ROMAN}\\.\\s+[\\p{Lu}"“‘'«(\\[].*[^,;:]`,
].map(branch => `(?:${branch})`).join('|');

export const DEFAULT_SCENE_BREAK_PATTERN = '(?:[*#~=_+•·§⁂◆◇❖✦✧♦❧❦✻✽✱※◊○●—–⸺⸻-][ \\t]*){1,12}|[oO0][oO0][oO0]|[xX]{3}';

export const DEFAULT_HEADING_PATTERNS: HeadingPatterns = compileHeadingPatterns(DEFAULT_CHAPTER_PATTERN, DEFAULT_SCENE_BREAK_PATTERN);

/** Compiles writer-supplied pattern sources; throws SyntaxError with the pattern named when one is invalid. */
export function compileHeadingPatterns(chapterSource: string, sceneBreakSource: string): HeadingPatterns {
	return {
		chapter: compileWhole(chapterSource, 'chapter'),
		sceneBreak: compileWhole(sceneBreakSource, 'scene break'),
	};
}

function compileWhole(source: string, what: string): RegExp {
	let pattern: RegExp;
	try {
		pattern = new RegExp(`^(?:${source})$`, 'u');
	} catch (error) {
		throw new SyntaxError(`The ${what} pattern is not a valid regular expression: ${(error as Error).message}`);
	}
	// A pattern that matches a blank line would turn every paragraph gap into a heading.
	if (pattern.test('')) {
		throw new SyntaxError(`The ${what} pattern matches an empty line, so it would match everywhere`);
	}
	return pattern;
}

export interface ChapterHeading {
	readonly kind: 'chapter';
	readonly title: string;
	/** 1 for a part or book, 2 for a chapter; sections (`Prologue`) take their level from the document. */
	readonly level: 1 | 2;
	/** `Prologue`, `Epilogue`, `Afterword`: a chapter in a book of chapters, a part in a book of parts. */
	readonly section: boolean;
	/** Set off from the margin: a table-of-contents entry, unless every heading of the document is. */
	readonly indented: boolean;
	/** The line is a numeral alone (`XII`, `7.`), so a neighbouring `XXX` is a numeral too. */
	readonly numeral: boolean;
	readonly markdown: boolean;
}

export interface SceneBreak {
	readonly kind: 'sceneBreak';
	/** A `###` heading titles the scene it opens. */
	readonly title?: string;
	/** `XXX` is a scene break and also the numeral thirty: read as a chapter among numbered chapters. */
	readonly chapter?: ChapterHeading;
}

export type Heading =
	| ChapterHeading
	| SceneBreak
	/** `Contents`, `TABLE DES MATIÈRES`: what follows lists the chapters rather than being them. */
	| { readonly kind: 'contents' }
	/** `Produced by …`, a transcriber's note: the edition's credits, not the book. */
	| { readonly kind: 'credits' }
	/** `[Illustration: …]`, a transcriber's placeholder; its caption may run on into the next blocks. */
	| { readonly kind: 'illustration'; readonly closed: boolean }
	| { readonly kind: 'gutenbergStart' }
	| { readonly kind: 'gutenbergEnd' }
	| { readonly kind: 'frontMatter' };

const MARKDOWN_HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const GUTENBERG_MARKER = /^\s*\*{3}\s*(START|END) OF (?:THE|THIS) PROJECT GUTENBERG/i;
const GUTENBERG_END_LINE = /^\s*End of (?:the |this )?Project Gutenberg/i;
const CREDITS = /^\s*(?:Produced by|E-?text prepared by|Transcribed (?:from|by)|Transcriber[’']s Notes?\b|Note de transcription|Nota de transcripción)/i;
const ILLUSTRATION = /^\s*\[(?:Illustration|Ilustración|Illustración|Abbildung|Image|Picture)\b/i;
const CONTENTS = /^(?:table of contents|contents|table des matières|sommaire|inhalt|inhaltsverzeichnis|índice|indice)[.:]?$/i;
const BOOK_LEVEL = new RegExp(`^(?:${ORDINAL}\\s+)?(?:${cased(BOOK_WORDS)})(?!\\p{L})|^\\p{Lu}\\p{L}*(?:tes|TES|ter|TER|te|TE)\\s+(?:${cased(['teil', 'buch', 'band'])})(?!\\p{L})`, 'u');
const SECTION_LINE = new RegExp(`(?<!\\p{L})${SECTION}(?!\\p{L})`, 'u');
const NUMERAL_LINE = new RegExp(`^(?:${ROMAN}|\\d{1,3})\\.?$`);
/** A heading is a short line; a long one is prose that happens to match. */
const MAX_HEADING_LENGTH = 100;
/** The title line under a chapter line in the same block (`CHAPTER I` / `The Period`) is short. */
const MAX_TITLE_LINE_LENGTH = 80;
const MAX_TITLE_LINE_WORDS = 12;

/** What the block `text` is, if it divides the story rather than telling it. */
export function classifyBlock(text: string, patterns: HeadingPatterns, isFirstBlock: boolean): Heading | undefined {
	if (text.includes('PROJECT GUTENBERG') || text.includes('Project Gutenberg')) {
		const marker = firstMatchingLine(text, GUTENBERG_MARKER);
		if (marker) {
			return { kind: marker[1].toUpperCase() === 'START' ? 'gutenbergStart' : 'gutenbergEnd' };
		}
		if (GUTENBERG_END_LINE.test(text)) {
			return { kind: 'gutenbergEnd' };
		}
	}
	if (isFirstBlock && isFrontMatter(text)) {
		return { kind: 'frontMatter' };
	}
	if (CREDITS.test(text)) {
		return { kind: 'credits' };
	}
	if (ILLUSTRATION.test(text)) {
		return { kind: 'illustration', closed: /\]\s*$/.test(text) };
	}
	if (text.length > 2 * MAX_HEADING_LENGTH) {
		return undefined;
	}
	const lineBreak = text.search(/[\r\n]/);
	if (lineBreak >= 0) {
		return twoLineHeading(text, lineBreak, patterns);
	}
	if (text.length > MAX_HEADING_LENGTH) {
		return undefined;
	}
	const markdown = MARKDOWN_HEADING.exec(text);
	if (markdown) {
		const depth = markdown[1].length;
		const title = markdown[2];
		if (CONTENTS.test(title)) {
			return { kind: 'contents' };
		}
		return depth <= 2
			? { kind: 'chapter', title, level: depth as 1 | 2, section: false, indented: false, numeral: false, markdown: true }
			: { kind: 'sceneBreak', title };
	}
	const line = text.trim();
	if (CONTENTS.test(line)) {
		return { kind: 'contents' };
	}
	const chapter = patterns.chapter.test(line) ? chapterHeading(line, text) : undefined;
	// Scene breaks are often centred with spaces, so indentation does not matter for them.
	if (patterns.sceneBreak.test(line)) {
		return chapter ? { kind: 'sceneBreak', chapter } : { kind: 'sceneBreak' };
	}
	return chapter;
}

function chapterHeading(line: string, text: string, title = line): ChapterHeading {
	const section = !BOOK_LEVEL.test(line) && SECTION_LINE.test(line);
	return {
		kind: 'chapter',
		title,
		level: BOOK_LEVEL.test(line) ? 1 : 2,
		section,
		indented: /^[ \t\u00a0\u3000]/.test(text),
		numeral: NUMERAL_LINE.test(line),
		markdown: false,
	};
}

/** `CHAPTER I.` over `THE PERIOD.` in one block: a heading with its title beneath it. */
function twoLineHeading(text: string, lineBreak: number, patterns: HeadingPatterns): ChapterHeading | undefined {
	const first = text.slice(0, lineBreak).trim();
	const second = text.slice(lineBreak).trim();
	if (second.length === 0 || second.length > MAX_TITLE_LINE_LENGTH || /[\r\n]/.test(second) || /[,;:]$/.test(second)) {
		return undefined;
	}
	if (!/^["“‘'«(]?\p{Lu}/u.test(second) || second.split(/\s+/).length > MAX_TITLE_LINE_WORDS) {
		return undefined;
	}
	if (first.length > MAX_HEADING_LENGTH || MARKDOWN_HEADING.test(first) || !patterns.chapter.test(first) || patterns.sceneBreak.test(first)) {
		return undefined;
	}
	const heading = chapterHeading(first, text, `${first.replace(/[.:]$/, '')} — ${second}`);
	return heading.numeral ? undefined : heading;
}

function firstMatchingLine(text: string, pattern: RegExp): RegExpExecArray | undefined {
	for (const line of text.split(/\r\n|\r|\n/)) {
		const match = pattern.exec(line);
		if (match) {
			return match;
		}
	}
	return undefined;
}

function isFrontMatter(text: string): boolean {
	const lines = text.split(/\r\n|\r|\n/);
	return lines.length >= 3 && lines[0].trim() === '---' && /^(?:---|\.\.\.)$/.test(lines[lines.length - 1].trim()) && /^[\w-]+\s*:/.test(lines[1]);
}
