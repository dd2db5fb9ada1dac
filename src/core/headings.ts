// Decides which lines divide the story: chapter headings (Markdown `#`/`##` or a plain line such as
// `CHAPTER XII.` standing alone), scene breaks (`* * *`, `#`, `⁂`, Markdown `###`) and the markers
// that fence Project Gutenberg's licence text off from the book.

export interface HeadingPatterns {
	/** Matches a trimmed, stand-alone line that opens a chapter, part or book. */
	readonly chapter: RegExp;
	/** Matches a trimmed, stand-alone line that ends a scene. */
	readonly sceneBreak: RegExp;
}

export const DEFAULT_CHAPTER_PATTERN = [
	'(?:BOOK|Book|PART|Part|VOLUME|Volume|CHAPTER|Chapter)\\s+(?:\\d+|[IVXLCDMivxlcdm]+\\b|[A-Za-z]+(?:[- ][A-Za-z]+)?\\b)[^a-z]{0,2}.*',
	'(?:(?:FIRST|SECOND|THIRD|FINAL|First|Second|Third|Final)\\s+)?(?:PROLOGUE|Prologue|EPILOGUE|Epilogue|INTERLUDE|Interlude)\\b.*',
	'[IVXLCDM]+\\.?',
	'[IVXLCDM]+\\.\\s+\\S.*',
].map(branch => `(?:${branch})`).join('|');

export const DEFAULT_SCENE_BREAK_PATTERN = '(?:[*#~=_+•·§⁂◆◇❖✦✧♦-][ \\t]*){1,12}|[oO0][oO0][oO0]|[xX]{3}';

export const DEFAULT_HEADING_PATTERNS: HeadingPatterns = compileHeadingPatterns(DEFAULT_CHAPTER_PATTERN, DEFAULT_SCENE_BREAK_PATTERN);

/** Compiles writer-supplied pattern sources; throws SyntaxError with the pattern named when one is invalid. */
export function compileHeadingPatterns(chapterSource: string, sceneBreakSource: string): HeadingPatterns {
	return {
		chapter: compileWhole(chapterSource, 'chapter'),
		sceneBreak: compileWhole(sceneBreakSource, 'scene break'),
	};
}

function compileWhole(source: string, what: string): RegExp {
	try {
		return new RegExp(`^(?:${source})$`, 'u');
	} catch (error) {
		throw new SyntaxError(`The ${what} pattern is not a valid regular expression: ${(error as Error).message}`);
	}
}

export type Heading =
	| { readonly kind: 'chapter'; readonly title: string; readonly level: 1 | 2 }
	| { readonly kind: 'sceneBreak'; readonly title?: string }
	| { readonly kind: 'gutenbergStart' }
	| { readonly kind: 'gutenbergEnd' }
	| { readonly kind: 'frontMatter' };

const MARKDOWN_HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$/;
const GUTENBERG_MARKER = /^\s*\*{3}\s*(START|END) OF (?:THE|THIS) PROJECT GUTENBERG/i;
const BOOK_LEVEL = /^(?:book|part|volume)\b|^\S+\s+epilogue\b/i;
/** A heading is a short line; a long one is prose that happens to match. */
const MAX_HEADING_LENGTH = 100;

/** What the block `text` is, if it divides the story rather than telling it. */
export function classifyBlock(text: string, patterns: HeadingPatterns, isFirstBlock: boolean): Heading | undefined {
	if (text.includes('PROJECT GUTENBERG') || text.includes('Project Gutenberg')) {
		const marker = firstMatchingLine(text, GUTENBERG_MARKER);
		if (marker) {
			return { kind: marker[1].toUpperCase() === 'START' ? 'gutenbergStart' : 'gutenbergEnd' };
		}
	}
	if (isFirstBlock && isFrontMatter(text)) {
		return { kind: 'frontMatter' };
	}
	if (text.length > MAX_HEADING_LENGTH || text.includes('\n') || text.includes('\r')) {
		return undefined;
	}
	const markdown = MARKDOWN_HEADING.exec(text);
	if (markdown) {
		const depth = markdown[1].length;
		return depth <= 2 ? { kind: 'chapter', title: markdown[2], level: depth as 1 | 2 } : { kind: 'sceneBreak', title: markdown[2] };
	}
	// An indented line is a table-of-contents entry or a quotation, not a heading.
	if (/^(?:\t| {4})/.test(text)) {
		return undefined;
	}
	const line = text.trim();
	if (patterns.sceneBreak.test(line)) {
		return { kind: 'sceneBreak' };
	}
	if (patterns.chapter.test(line)) {
		return { kind: 'chapter', title: line, level: BOOK_LEVEL.test(line) ? 1 : 2 };
	}
	return undefined;
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
