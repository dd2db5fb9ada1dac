// Decides what the layout of a text's lines says about its paragraphs, where no blank line tells: a line
// longer than hard-wrapped prose runs is a paragraph of its own, a chapter line stands apart from the prose
// beside it, and a quote opening the line after a short one, or in unwrapped text, opens a new paragraph.

import { isBlank } from '../text/characters';

/**
 * Longer lines are paragraphs of their own. Hard-wrapped books keep their lines under 80 characters or so
 * (War and Peace's longest is 141), and a paragraph-to-a-line story's narration runs well past this.
 */
export const LONG_LINE = 150;

/** The longest line tried as a chapter line after a line of prose. */
export const SHORT_LINE = 50;

/** Marks a line of prose ends on, where a chapter's title line would not: `.`, `?`, `,`, a closing quote. */
export const PROSE_ENDINGS = new Set([...'.,;:!?…"”’»)'].map(mark => mark.charCodeAt(0)));

/** True when the last visible character of `[start, end)` is one of PROSE_ENDINGS. */
export function endsLikeProse(text: string, start: number, end: number): boolean {
	let index = end - 1;
	while (index >= start && (text.charCodeAt(index) === 0x20 || text.charCodeAt(index) === 0x09)) {
		index--;
	}
	return index >= start && PROSE_ENDINGS.has(text.charCodeAt(index));
}

/**
 * Inside one block, a longest line past this was not wrapped by hand, so each line is a paragraph (the
 * speakers read each as a turn). The splitter already sets lines past LONG_LINE apart, so this matters only
 * where a block holds such lines anyway (an HTML comment's, a paragraph read on its own); the ten characters
 * between the two are kept as they were tuned, so that no output changes.
 */
export const UNWRAPPED_LINE = 160;

/** Hard-wrapped prose fills its lines to at least this many characters. */
export const SHORTEST_WRAP = 50;

/**
 * True when one quote closes its line and the next opens the line after: in text with no blank lines that
 * is a new paragraph however long the lines run, since hard-wrapped prose breaks its lines between words,
 * not between two quotes with nothing between them.
 */
export function followsOnNextLine(text: string, previousEnd: number, start: number): boolean {
	let newlines = 0;
	for (let index = previousEnd; index < start; index++) {
		const code = text.charCodeAt(index);
		if (code === 0x0a) {
			newlines++;
		} else if (!isBlank(code)) {
			return false;
		}
	}
	return newlines === 1;
}

/** The length of the paragraph's longest line, a `\r\n` counted as the end of its line. */
export function longestLineOf(paragraph: string): number {
	let longest = 0;
	let start = 0;
	while (start <= paragraph.length) {
		let end = paragraph.indexOf('\n', start);
		if (end < 0) {
			end = paragraph.length;
		}
		longest = Math.max(longest, end - start - (paragraph[end - 1] === '\r' ? 1 : 0));
		start = end + 1;
	}
	return longest;
}

/**
 * True when the quote at `index` opens a new paragraph inside a block with no blank lines: it opens its
 * line, and the text is unwrapped (a line too long to be hard-wrapped) or the line before ends short.
 */
export function opensParagraph(text: string, index: number, longestLine: number): boolean {
	let lineStart = index;
	while (lineStart > 0 && (text[lineStart - 1] === ' ' || text[lineStart - 1] === '\t')) {
		lineStart--;
	}
	if (lineStart === 0 || (text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r')) {
		return false;
	}
	// Lines too long, or all too short, to be hard-wrapped prose: each line is a paragraph.
	if (longestLine > UNWRAPPED_LINE || longestLine < SHORTEST_WRAP) {
		return true;
	}
	let previousEnd = lineStart - 1;
	if (text[previousEnd] === '\n' && text[previousEnd - 1] === '\r') {
		previousEnd--;
	}
	const previousStart = Math.max(text.lastIndexOf('\n', previousEnd - 1), text.lastIndexOf('\r', previousEnd - 1)) + 1;
	return previousEnd - previousStart < longestLine * 0.7;
}
