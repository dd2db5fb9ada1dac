// Reads one paragraph on its own: its heading or its words, its quotes under the document's dialogue
// style, what its prose says of who speaks them, its first-person words and the names it mentions. An
// analysis depends on nothing but the paragraph's text, so the document keeps it across edits elsewhere.

import { DialogueStyle, ParagraphQuotes } from '../dialogue/types';
import { findQuotes } from '../dialogue/dialogue';
import { mayHoldItalicSpeech } from '../dialogue/italicSpeech';
import { mayHoldSpeechAfterColon } from '../dialogue/dashDialogue';
import { countQuoteMarks, NO_QUOTE_MARKS } from '../dialogue/dialogueStyle';
import { QuoteMarkCounts } from '../dialogue/types';
import { classifyBlock } from '../structure/headings';
import { Heading } from '../structure/types';
import { findMarkup } from '../text/markup';
import { BlockAnalysis } from './types';
import { findNameMentions } from '../structure/nameMentions';
import { NameMention } from '../structure/types';
import { AnalysisOptions } from './types';
import { countFirstPerson } from '../structure/pointOfView';
import { TextRange } from '../text/types';
import { findSpeakers } from '../speakers/speakers';
import { leadInSpeakers, NO_SPEAKERS } from '../speakers/leadInSpeakers';
import { openingSubject } from '../speakers/narration';
import { ParagraphSpeakers } from '../speakers/types';
import { countWordsExcluding, countWordsWithin } from '../text/words';

/** Analysis of one paragraph on its own under `style`; `isFirst` because only the first can be front matter. */
export function analyzeBlock(
	text: string,
	options: AnalysisOptions,
	isFirst: boolean,
	style: DialogueStyle,
	quoteMarks = countQuoteMarks(text),
): BlockAnalysis {
	const heading = classifyBlock(text, options.headings, isFirst);
	const markup = findMarkup(text, options.markdown);
	if (heading) {
		return headingAnalysis(text, countWordsExcluding(text, 0, text.length, markup), heading, quoteMarks, style);
	}
	// The words are counted with the dialogue's, once the quotes are known.
	return withQuotes(text, undefined, quoteMarks, openingSubject(text), style, markup);
}

/** A heading's analysis: its words, and no quotes, speakers or names under any dialogue style. */
function headingAnalysis(text: string, words: number, heading: Heading, quoteMarks: QuoteMarkCounts, style: DialogueStyle): BlockAnalysis {
	return blockAnalysis({
		text,
		words,
		heading,
		quoteMarks,
		openingSubject: undefined,
		dialogueStyle: style,
		quotes: NO_QUOTES,
		speakers: NO_SPEAKERS,
		dialogueWords: 0,
		firstPerson: 0,
		names: NO_NAMES,
	});
}

/** The paragraph's analysis under another dialogue style: only its quotes and speakers change. */
export function withDialogue(analysis: BlockAnalysis, style: DialogueStyle, options: AnalysisOptions): BlockAnalysis {
	if (analysis.dialogueStyle === style) {
		return analysis;
	}
	const { text, words, heading, quoteMarks, openingSubject } = analysis;
	if (heading) {
		return headingAnalysis(text, words, heading, quoteMarks, style);
	}
	return withQuotes(text, words, quoteMarks, openingSubject, style, findMarkup(text, options.markdown));
}

/** `known` is the paragraph's word count when already known (the same paragraph under another style). */
function withQuotes(
	text: string,
	known: number | undefined,
	quoteMarks: QuoteMarkCounts,
	subject: string | undefined,
	style: DialogueStyle,
	markup: readonly TextRange[],
): BlockAnalysis {
	if (quoteMarks === NO_QUOTE_MARKS && !mayHoldItalicSpeech(text) && !mayHoldSpeechAfterColon(text, style)) {
		const words = known ?? countWordsExcluding(text, 0, text.length, markup);
		return blockAnalysis({
			text,
			words,
			heading: undefined,
			quoteMarks,
			openingSubject: subject,
			dialogueStyle: style,
			quotes: NO_QUOTES,
			speakers: leadInSpeakers(text),
			dialogueWords: 0,
			firstPerson: countFirstPerson(text, NO_QUOTES.spans),
			names: findNameMentions(text, NO_QUOTES.spans),
		});
	}
	const quotes = findQuotes(markup.length > 0 ? blankOut(text, markup) : text, style);
	let words: number;
	let dialogueWords = 0;
	if (known === undefined && markup.length === 0) {
		// One scan counts the paragraph's words and its dialogue's.
		const counted = countWordsWithin(text, quotes.spans);
		words = counted.words;
		dialogueWords = counted.within;
	} else {
		words = known ?? countWordsExcluding(text, 0, text.length, markup);
		for (const span of quotes.spans) {
			dialogueWords += countWordsExcluding(text, span.start, span.end, markup);
		}
	}
	const speakers = quotes.spans.length > 0 ? findSpeakers(text, quotes.spans) : leadInSpeakers(text);
	return blockAnalysis({
		text,
		words,
		heading: undefined,
		quoteMarks,
		openingSubject: subject,
		dialogueStyle: style,
		quotes,
		speakers,
		dialogueWords,
		firstPerson: countFirstPerson(text, quotes.spans),
		names: findNameMentions(text, quotes.spans),
	});
}

const NO_QUOTES: ParagraphQuotes = { spans: [], opensWithQuote: false };
const NO_NAMES: readonly NameMention[] = [];
const NO_STRAYS: readonly number[] = [];

/** What one paragraph's analysis is made of, by name: the quotes as the dialogue pass found them. */
interface BlockParts {
	readonly text: string;
	readonly words: number;
	readonly heading: Heading | undefined;
	readonly quoteMarks: QuoteMarkCounts;
	readonly openingSubject: string | undefined;
	readonly dialogueStyle: DialogueStyle;
	readonly quotes: ParagraphQuotes;
	readonly speakers: ParagraphSpeakers;
	readonly dialogueWords: number;
	readonly firstPerson: number;
	readonly names: readonly NameMention[];
}

/** Every paragraph's analysis has the same shape, so the document pass reads them all the fast way. */
function blockAnalysis(parts: BlockParts): BlockAnalysis {
	const { text, words, heading, quoteMarks, openingSubject, dialogueStyle, quotes, speakers, dialogueWords, firstPerson, names } = parts;
	return {
		text,
		words,
		heading,
		quoteMarks,
		dialogueStyle,
		quotes: quotes.spans,
		speakers,
		opensWithQuote: quotes.opensWithQuote,
		strayClosings: quotes.strayClosings ?? NO_STRAYS,
		dialogueWords,
		openingSubject,
		firstPerson,
		names,
	};
}

/** `text` with its markup replaced by spaces, so a quote in an HTML attribute or a comment is no speech. */
function blankOut(text: string, markup: readonly TextRange[]): string {
	let result = '';
	let cursor = 0;
	for (const range of markup) {
		result += text.slice(cursor, range.start) + ' '.repeat(range.end - range.start);
		cursor = range.end;
	}
	return result + text.slice(cursor);
}
