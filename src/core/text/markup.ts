// Decides which characters of a paragraph are markup rather than prose, so they are not counted:
// HTML comments (a writer's notes) everywhere, and in Markdown link targets, reference
// definitions and inline HTML tags.

import { TextRange } from './types';

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const MARKDOWN_MARKUP = /<!--[\s\S]*?(?:-->|$)|\]\([^)\s]*(?:\s+"[^"]*")?\)|^ {0,3}\[[^\]]+\]:.*$|<\/?[A-Za-z][\w-]*(?:\s[^<>]*)?\/?>/gm;

/** Sorted, disjoint ranges of markup within `paragraph`. */
export function findMarkup(paragraph: string, markdown: boolean): TextRange[] {
	if (!paragraph.includes('<') && !(markdown && (paragraph.includes('](') || paragraph.includes(']:')))) {
		return [];
	}
	const pattern = markdown ? MARKDOWN_MARKUP : COMMENT;
	const ranges: TextRange[] = [];
	for (const match of paragraph.matchAll(pattern)) {
		// A link target keeps its `]` visible to nobody: only the part after it is markup.
		const start = match[0].startsWith('](') ? match.index + 1 : match.index;
		ranges.push({ start, end: match.index + match[0].length });
	}
	return ranges;
}
