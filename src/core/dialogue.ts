// Decides which stretches of a paragraph are quoted speech. This first cut knows double quotes,
// straight and curly. A quote left open at a paragraph's end is closed there, so one stray mark
// can never colour the rest of the book.

import { TextRange } from './range';

/** A quoted stretch of one paragraph, marks included; offsets relative to the paragraph. */
export interface QuoteSpan extends TextRange {
	/** False when the paragraph ended before a closing mark. */
	readonly closed: boolean;
}

export interface ParagraphQuotes {
	readonly spans: readonly QuoteSpan[];
	/** The paragraph's first visible character opens a quote: how multi-paragraph speech continues. */
	readonly opensWithQuote: boolean;
}

const STRAIGHT = 0x22; // "
const CURLY_OPEN = 0x201c; // “
const CURLY_CLOSE = 0x201d; // ”

export function findQuotes(paragraph: string): ParagraphQuotes {
	const spans: QuoteSpan[] = [];
	let openAt = -1;
	for (let index = 0; index < paragraph.length; index++) {
		const code = paragraph.charCodeAt(index);
		if (code !== STRAIGHT && code !== CURLY_OPEN && code !== CURLY_CLOSE) {
			continue;
		}
		if (openAt < 0) {
			// A closing mark with nothing open is a typo or an apostrophe-like stray: leave it.
			if (code !== CURLY_CLOSE) {
				openAt = index;
			}
		} else if (code !== CURLY_OPEN) {
			spans.push({ start: openAt, end: index + 1, closed: true });
			openAt = -1;
		}
	}
	if (openAt >= 0) {
		spans.push({ start: openAt, end: trimmedEnd(paragraph), closed: false });
	}
	return { spans, opensWithQuote: spans.length > 0 && spans[0].start === firstVisible(paragraph) };
}

function firstVisible(text: string): number {
	const match = /\S/.exec(text);
	return match ? match.index : text.length;
}

function trimmedEnd(text: string): number {
	let end = text.length;
	while (end > 0 && /\s/.test(text[end - 1])) {
		end--;
	}
	return end;
}
