// Decides what a single paragraph (block) is when it divides the story rather than telling it:
// a chapter heading (Markdown `#`/`##`, or a plain line such as `CHAPTER XII.` standing alone), a scene
// break (`* * *`, `#`, `⁂`, Markdown `###`), a table of contents, or Project Gutenberg's fences and credits.
// Only the block's own text is read; what the document around it makes of it is the assembly's to decide
// (assembly/chapterHeadings.ts, assembly/bookMatter.ts).

import { chapterLineKind, isChapterLine, isNumeralAlone } from './chapterLine';
import { ChapterHeading, Heading, HeadingPatterns, LineMatcher } from './types';

/** An empty chapter pattern means the built-in rules (chapterLine.ts). */
export const DEFAULT_CHAPTER_PATTERN = '';

const BUILT_IN_CHAPTER_LINE: LineMatcher = { source: DEFAULT_CHAPTER_PATTERN, test: isChapterLine };

export const DEFAULT_SCENE_BREAK_PATTERN = '(?:[*#~=_+•·§⁂◆◇❖✦✧♦❧❦✻✽✱※◊○●—–⸺⸻-][ \\t]*){1,12}|[oO0][oO0][oO0]|[xX]{3}';

export const DEFAULT_HEADING_PATTERNS: HeadingPatterns = compileHeadingPatterns(DEFAULT_CHAPTER_PATTERN, DEFAULT_SCENE_BREAK_PATTERN);

/**
 * Compiles writer-supplied pattern sources, an empty chapter pattern standing for the built-in rules;
 * throws SyntaxError with the pattern named when one is invalid.
 */
export function compileHeadingPatterns(chapterSource: string, sceneBreakSource: string): HeadingPatterns {
	return {
		chapter: chapterSource.trim() === '' ? BUILT_IN_CHAPTER_LINE : compileWhole(chapterSource, 'chapter'),
		sceneBreak: compileWhole(sceneBreakSource, 'scene break'),
	};
}

function compileWhole(source: string, what: string): RegExp {
	let pattern: RegExp;
	try {
		pattern = new RegExp(`^(?:${source})$`, 'u');
	} catch (error) {
		throw new SyntaxError(`The ${what} pattern is not a valid regular expression: ${(error as Error).message}`, { cause: error });
	}
	// A pattern that matches a blank line would turn every paragraph gap into a heading.
	if (pattern.test('')) {
		throw new SyntaxError(`The ${what} pattern matches an empty line, so it would match everywhere`);
	}
	return pattern;
}

const MARKDOWN_HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const GUTENBERG_MARKER = /^\s*\*{3}\s*(START|END) OF (?:THE|THIS) PROJECT GUTENBERG/i;
const GUTENBERG_END_LINE = /^\s*End of (?:the |this )?Project Gutenberg/i;
const CREDITS = /^\s*(?:Produced by|E-?text prepared by|Transcribed (?:from|by)|Transcriber[’']s Notes?\b|Note de transcription|Nota de transcripción)/i;
const ILLUSTRATION = /^\s*\[(?:Illustration|Ilustración|Illustración|Abbildung|Image|Picture)\b/i;
const CONTENTS = /^(?:table of contents|contents|table des matières|sommaire|inhalt|inhaltsverzeichnis|índice|indice)[.:]?$/i;
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
	const { book, section } = chapterLineKind(line);
	return {
		kind: 'chapter',
		title,
		level: book ? 1 : 2,
		section,
		indented: /^[ \t\u00a0\u3000]/.test(text),
		numeral: isNumeralAlone(line),
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
