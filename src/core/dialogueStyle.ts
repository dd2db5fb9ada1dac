// Decides a document's dialogue convention from the quote marks it uses. Each paragraph counts its
// own marks (cached with the paragraph); the document sums the counts, which is cheap enough to redo
// on every edit, and the largest family wins.

import { DialogueStyle } from './dialogue';
import { isWordCharAt } from './words';

/** The marks of one paragraph or of a whole document that tell its dialogue convention. */
export interface QuoteMarkCounts {
	/** “, which opens English speech and closes German. */
	readonly leftDouble: number;
	/** ", opening and closing alike. */
	readonly straightDouble: number;
	/** „ */
	readonly lowDouble: number;
	/** ‘ */
	readonly leftSingle: number;
	/** ' at the start of a word: an opening mark, or now and then an elision (’tis). */
	readonly straightSingleOpening: number;
	/** « and » together. */
	readonly guillemets: number;
	/** Paragraphs whose first guillemet is », as in »Komm her«. */
	readonly reversedGuillemetParagraphs: number;
	/** Paragraphs whose first guillemet is «. */
	readonly guillemetParagraphs: number;
	/** 「 and 『 */
	readonly corners: number;
	/** Paragraphs that open with a dash. */
	readonly dashParagraphs: number;
	/** Paragraphs whose every line is indented: in most books an epigraph, a letter or a verse, not speech. */
	readonly indentedParagraphs: number;
}

export const NO_QUOTE_MARKS: QuoteMarkCounts = Object.freeze({
	leftDouble: 0,
	straightDouble: 0,
	lowDouble: 0,
	leftSingle: 0,
	straightSingleOpening: 0,
	guillemets: 0,
	reversedGuillemetParagraphs: 0,
	guillemetParagraphs: 0,
	corners: 0,
	dashParagraphs: 0,
	indentedParagraphs: 0,
});

type MutableCounts = { -readonly [K in keyof QuoteMarkCounts]: number };

export function countQuoteMarks(paragraph: string): QuoteMarkCounts {
	let counts: MutableCounts | undefined;
	let firstGuillemet = 0;
	const length = paragraph.length;
	for (let index = 0; index < length; index++) {
		const code = paragraph.charCodeAt(index);
		// Fast path: everything below « except the two ASCII quotes is prose.
		if (code < 0xab && code !== 0x22 && code !== 0x27) {
			continue;
		}
		switch (code) {
			case 0x201c:
				(counts ??= { ...NO_QUOTE_MARKS }).leftDouble++;
				break;
			case 0x22:
				(counts ??= { ...NO_QUOTE_MARKS }).straightDouble++;
				break;
			case 0x201e:
				(counts ??= { ...NO_QUOTE_MARKS }).lowDouble++;
				break;
			case 0x2018:
				(counts ??= { ...NO_QUOTE_MARKS }).leftSingle++;
				break;
			case 0x27:
				if (!isWordCharAt(paragraph, index - 1) && isWordCharAt(paragraph, index + 1)) {
					(counts ??= { ...NO_QUOTE_MARKS }).straightSingleOpening++;
				}
				break;
			case 0xab:
			case 0xbb:
				(counts ??= { ...NO_QUOTE_MARKS }).guillemets++;
				firstGuillemet ||= code;
				break;
			case 0x300c:
			case 0x300e:
				(counts ??= { ...NO_QUOTE_MARKS }).corners++;
				break;
		}
	}
	const first = /\S/.exec(paragraph.slice(0, 64));
	const opensWithDash = first !== null && (first[0] === '—' || first[0] === '―' || first[0] === '–');
	const indented = isIndented(paragraph);
	if (!counts && !opensWithDash && !indented) {
		return NO_QUOTE_MARKS;
	}
	counts ??= { ...NO_QUOTE_MARKS };
	counts.dashParagraphs = opensWithDash ? 1 : 0;
	counts.indentedParagraphs = indented ? 1 : 0;
	counts.guillemetParagraphs = firstGuillemet === 0xab ? 1 : 0;
	counts.reversedGuillemetParagraphs = firstGuillemet === 0xbb ? 1 : 0;
	return counts;
}

function isIndented(paragraph: string): boolean {
	return (paragraph.startsWith(' ') || paragraph.startsWith('\t')) && !/\n(?![ \t])/.test(paragraph);
}

/** The counts of many paragraphs together. */
export function sumQuoteMarks(all: readonly QuoteMarkCounts[]): QuoteMarkCounts {
	const sum: MutableCounts = { ...NO_QUOTE_MARKS };
	const keys = Object.keys(sum) as (keyof QuoteMarkCounts)[];
	for (const counts of all) {
		if (counts !== NO_QUOTE_MARKS) {
			for (const key of keys) {
				sum[key] += counts[key];
			}
		}
	}
	return sum;
}

/** `total` plus `sign` times each count of `counts`: how a document's sum follows an edit. */
export function addQuoteMarks(total: QuoteMarkCounts, counts: QuoteMarkCounts, sign = 1): QuoteMarkCounts {
	if (counts === NO_QUOTE_MARKS) {
		return total;
	}
	const sum = { ...total };
	for (const key of Object.keys(sum) as (keyof QuoteMarkCounts)[]) {
		sum[key] += sign * counts[key];
	}
	return sum;
}

/** The convention whose opening marks the document uses most; plain double quotes when it has none. */
export function detectDialogueStyle(counts: QuoteMarkCounts): DialogueStyle {
	// In German “ closes what „ opened, so where „ is common the “ are its closings, not English openings.
	const german = counts.lowDouble > 0 && counts.lowDouble * 2 >= counts.leftDouble;
	const englishDouble = counts.straightDouble / 2 + (german ? Math.max(0, counts.leftDouble - counts.lowDouble) : counts.leftDouble);
	const candidates: [number, DialogueStyle][] = [
		[englishDouble, 'double'],
		[german ? counts.lowDouble : 0, 'german'],
		[counts.leftSingle + counts.straightSingleOpening, 'single'],
		[counts.guillemets / 2, counts.reversedGuillemetParagraphs > counts.guillemetParagraphs ? 'guillemetsReversed' : 'guillemets'],
		[counts.corners, 'cjk'],
		[counts.dashParagraphs, 'dash'],
	];
	let best = candidates[0];
	for (const candidate of candidates) {
		if (candidate[0] > best[0]) {
			best = candidate;
		}
	}
	return best[1];
}
