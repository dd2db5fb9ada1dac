// Decides a document's dialogue convention from the quote marks it uses. Each paragraph counts its
// own marks (cached with the paragraph); the document sums the counts, which is cheap enough to redo
// on every edit, and the largest family wins.

import { DialogueStyle, QuoteMarkCounts } from './types';
import { isWordCharAt } from '../text/words';

export const NO_QUOTE_MARKS: QuoteMarkCounts = Object.freeze({
	leftDouble: 0,
	rightDouble: 0,
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

// Every mark that tells a dialogue style; each is one UTF-16 unit.
const TELLING_MARKS = /["“”„‘«»「『']/g;

/** The paragraph's marks; NO_QUOTE_MARKS itself when it has none, so it holds no speech in any style. */
export function countQuoteMarks(paragraph: string): QuoteMarkCounts {
	let counts: MutableCounts | undefined;
	let firstGuillemet = '';
	// The regular expression engine finds the few marks faster than a loop over every character; test()
	// rather than exec(): no match object for each of a novel's hundred thousand marks.
	const telling = TELLING_MARKS;
	telling.lastIndex = 0;
	while (telling.test(paragraph)) {
		const index = telling.lastIndex - 1;
		const mark = paragraph.charCodeAt(index);
		if (mark === 0x27 && (isWordCharAt(paragraph, index - 1) || !isWordCharAt(paragraph, index + 1))) {
			// don't, the boys': an apostrophe, not an opening mark.
			continue;
		}
		counts ??= { ...NO_QUOTE_MARKS };
		switch (mark) {
			case 0x201c: // “
				counts.leftDouble++;
				break;
			case 0x201d: // ”
				counts.rightDouble++;
				break;
			case 0x22: // "
				counts.straightDouble++;
				break;
			case 0x201e: // „
				counts.lowDouble++;
				break;
			case 0x2018: // ‘
				counts.leftSingle++;
				break;
			case 0x27: // '
				counts.straightSingleOpening++;
				break;
			case 0xab: // «
				counts.guillemets++;
				firstGuillemet ||= '«';
				break;
			case 0xbb: // »
				counts.guillemets++;
				firstGuillemet ||= '»';
				break;
			default:
				counts.corners++;
		}
	}
	const first = paragraph[firstVisible(paragraph)];
	const opensWithDash = first === '—' || first === '―' || first === '–';
	const indented = isIndented(paragraph);
	if (!counts && !opensWithDash && !indented) {
		return NO_QUOTE_MARKS;
	}
	counts ??= { ...NO_QUOTE_MARKS };
	counts.dashParagraphs = opensWithDash ? 1 : 0;
	counts.indentedParagraphs = indented ? 1 : 0;
	counts.guillemetParagraphs = firstGuillemet === '«' ? 1 : 0;
	counts.reversedGuillemetParagraphs = firstGuillemet === '»' ? 1 : 0;
	return counts;
}

function firstVisible(text: string): number {
	let index = 0;
	while (
		index < text.length &&
		(text[index] === ' ' || text[index] === '\t' || text[index] === '\n' || text[index] === '\r' || text[index] === '\u00a0' || text[index] === '\ufeff')
	) {
		index++;
	}
	return index;
}

function isIndented(paragraph: string): boolean {
	return (paragraph.startsWith(' ') || paragraph.startsWith('\t')) && !/\n(?![ \t])/.test(paragraph);
}

/** The counts of many paragraphs together. */
export function sumQuoteMarks(all: readonly QuoteMarkCounts[]): QuoteMarkCounts {
	const sum: MutableCounts = { ...NO_QUOTE_MARKS };
	for (const counts of all) {
		if (counts !== NO_QUOTE_MARKS) {
			sum.leftDouble += counts.leftDouble;
			sum.rightDouble += counts.rightDouble;
			sum.straightDouble += counts.straightDouble;
			sum.lowDouble += counts.lowDouble;
			sum.leftSingle += counts.leftSingle;
			sum.straightSingleOpening += counts.straightSingleOpening;
			sum.guillemets += counts.guillemets;
			sum.reversedGuillemetParagraphs += counts.reversedGuillemetParagraphs;
			sum.guillemetParagraphs += counts.guillemetParagraphs;
			sum.corners += counts.corners;
			sum.dashParagraphs += counts.dashParagraphs;
			sum.indentedParagraphs += counts.indentedParagraphs;
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
