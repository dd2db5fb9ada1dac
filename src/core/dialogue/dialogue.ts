// Decides which stretches of one paragraph are quoted speech, under one dialogue style: the marks
// that open and close it (“…”, ‘…’, «…», „…“, 「…」), dash dialogue with its narrator breaks, and which
// ’ are apostrophes (don’t, ’tis, the boys’). A quote left open is closed at the paragraph's end, so
// one stray mark never colours the rest of the book; the document pass decides whether it continues.
// This file runs the passes in order; each rule lives in the file named for what it decides.

import { withoutIncises } from './incises';
import { ParagraphQuotes, QuoteSpan, DialogueStyle } from './types';
import { firstVisible, Mark, MARKS } from './quoteMarks';
import { QuoteScanner } from './quoteScanner';
import { isHeldUpWord, isMention, listedPhrases } from './scareQuotes';
import { mayHoldItalicSpeech, withItalicUtterances } from './italicSpeech';
import { findDashSpeech, isOrnament, withSpeechAfterColon } from './dashDialogue';
import { isSetAsVerse } from './verse';

const NO_QUOTES: ParagraphQuotes = { spans: [], opensWithQuote: false };

/** Styles in which a paragraph opening with a dash is speech. */
function hasDashDialogue(style: DialogueStyle): boolean {
	return style === 'dash' || style === 'guillemets' || style === 'guillemetsReversed';
}

/** The quoted stretches of one paragraph under `style`, with any closing marks that found nothing open. */
export function findQuotes(paragraph: string, style: DialogueStyle): ParagraphQuotes {
	const first = firstVisible(paragraph);
	if (first >= paragraph.length) {
		return NO_QUOTES;
	}
	let spans: QuoteSpan[] = [];
	let strays: readonly number[] = [];
	if (hasDashDialogue(style) && MARKS[paragraph.charCodeAt(first)] === Mark.Dash) {
		if (!isOrnament(paragraph, first)) {
			findDashSpeech(paragraph, first, style, spans);
		}
	} else {
		const scanner = new QuoteScanner(paragraph, style, spans);
		scanner.scan();
		strays = scanner.strays;
		if (style === 'dash') {
			spans = withSpeechAfterColon(paragraph, style, spans);
		}
		if (style === 'double' || style === 'single') {
			const listed = listedPhrases(paragraph, spans);
			spans = withoutNonSpeech(paragraph, spans, listed);
			if (mayHoldItalicSpeech(paragraph)) {
				spans = withItalicUtterances(paragraph, spans);
			}
		}
	}
	spans = withoutIncises(paragraph, spans);
	if (spans.some(span => crossesLine(paragraph, span)) && isSetAsVerse(paragraph)) {
		return NO_QUOTES;
	}
	if (strays.length > 0) {
		return { spans, opensWithQuote: spans.length > 0 && spans[0].start === first, strayClosings: strays };
	}
	if (spans.length === 0) {
		return NO_QUOTES;
	}
	return { spans, opensWithQuote: spans[0].start === first };
}

/**
 * `spans` less the closed ones that are listed phrases, mentions or held-up words; `spans` itself when none
 * is, as in most paragraphs, so that no copy is made for them.
 */
function withoutNonSpeech(paragraph: string, spans: QuoteSpan[], listed: readonly boolean[]): QuoteSpan[] {
	let kept: QuoteSpan[] | undefined;
	for (let index = 0; index < spans.length; index++) {
		const span = spans[index];
		if (!span.closed || (!listed[index] && !isMention(paragraph, span) && !isHeldUpWord(paragraph, span))) {
			kept?.push(span);
		} else {
			kept ??= spans.slice(0, index);
		}
	}
	return kept ?? spans;
}

/**
 * A quote running on past a line break: verse quoted whole does; a story with no blank lines, one paragraph
 * to a line, closes each line's quotes on that line.
 */
function crossesLine(paragraph: string, span: QuoteSpan): boolean {
	const newline = paragraph.indexOf('\n', span.start);
	return newline >= 0 && newline < span.end;
}
