// Decides which stretches of a paragraph opening with a dash are speech (—¿Vienes? —preguntó ella), where
// the narrator breaks in, and the speech a colon and a dash lead into inside narration. Quote marks play
// no part here, so the rules stand apart from the scanner's.

import { isReportingVerb, isSpeechVerb } from '../lexicon/speechVerbs';
import { isEnglishFunctionWord, isFunctionWord } from '../lexicon/functionWords';
import { isWordCharAt } from '../text/words';
import { DialogueStyle, QuoteSpan } from './types';
import { isSpaceBesideQuote } from '../text/characters';
import { Mark, MARKS, trimmedEnd } from './quoteMarks';
import { endsWithAbbreviation } from './abbreviations';
import { INVERTED_PRONOUNS, SUBJECT_PRONOUNS } from '../lexicon/pronouns';

/** `— I —`: a numeral between dashes heads a part; it is not speech. */
export function isOrnament(text: string, first: number): boolean {
	const end = trimmedEnd(text, text.length);
	return end - first < 16 && MARKS[text.charCodeAt(end - 1)] === Mark.Dash && !/[\r\n]/.test(text.slice(first, end));
}

/**
 * Dash dialogue: the paragraph opens with a dash and is speech, except its narrator breaks, which open
 * with a dash before a letter (—preguntó ella—) or, in English, with an unmarked `he said` after the
 * speech's own punctuation. A break closed by a dash gives way to speech again after its punctuation.
 */
export function findDashSpeech(text: string, first: number, style: DialogueStyle, spans: QuoteSpan[]): void {
	const end = text.length;
	const reversed = style === 'guillemetsReversed';
	let speechStart = first;
	/** In a break: true when it opened with an unmarked attribution, which a sentence's end closes. */
	let attribution = false;
	let nested = 0;
	const endSpeech = (at: number, closed = true) => {
		const spanEnd = trimmedEnd(text, at);
		if (spanEnd > speechStart) {
			spans.push({ start: speechStart, end: spanEnd, closed, kind: 'dash' });
		}
		speechStart = -1;
	};
	for (let index = first + 1; index < end; index++) {
		const code = text.charCodeAt(index);
		const mark = MARKS[code];
		if (speechStart >= 0) {
			if (mark === Mark.LeftGuillemet || mark === Mark.RightGuillemet) {
				const opens = (mark === Mark.LeftGuillemet) !== reversed;
				if (opens) {
					nested++;
				} else if (nested > 0) {
					nested--;
				} else {
					// The closing mark of a quote opened paragraphs ago: «… ¶ —… ¶ —Sí, señor.»
					endSpeech(index + 1);
				}
			} else if (mark === Mark.Dash && nested === 0 && opensNarratorBreak(text, index)) {
				endSpeech(index);
				attribution = false;
			} else if (nested === 0 && (code === 0x2c || code === 0x21 || code === 0x3f || code === 0x2026) && attributionFollows(text, index + 1)) {
				endSpeech(index + 1);
				attribution = true;
			}
		} else if (mark === Mark.Dash) {
			if (isSpaceBesideQuote(text.charCodeAt(index - 1)) && index + 1 < end && !isSpaceBesideQuote(text.charCodeAt(index + 1))) {
				// —preguntó ella. —Te espero: a new turn of speech.
				speechStart = index;
			} else if (!attribution) {
				speechStart = resumeAfter(text, index + 1);
			}
		} else if (
			attribution &&
			(code === 0x2e || code === 0x2c || code === 0x3b || code === 0x3a || code === 0x21 || code === 0x3f) &&
			index + 1 < end &&
			isSpaceBesideQuote(text.charCodeAt(index + 1)) &&
			!(code === 0x2e && endsWithAbbreviation(text, index))
		) {
			speechStart = resumeAfter(text, index + 1);
			attribution = false;
		}
		if (speechStart >= end) {
			speechStart = -1;
		}
	}
	if (speechStart >= 0) {
		endSpeech(end);
	}
}

const COLON_DASH = /:[ \u00a0]?[\u2014\u2015]/;

/** True when a paragraph with no quote marks may still hold dash speech led into by a colon. */
export function mayHoldSpeechAfterColon(paragraph: string, style: DialogueStyle): boolean {
	return style === 'dash' && COLON_DASH.test(paragraph);
}

/**
 * Speech a narration paragraph leads into with a colon and a dash: `y Eugenia dijo:—¡Mis tíos!—A los
 * pocos momentos…`. It runs as a paragraph opening with the dash would, from the first such dash
 * outside the spans already found; a guillemet after the dash is a quote the scanner has found.
 */
export function withSpeechAfterColon(paragraph: string, style: DialogueStyle, spans: QuoteSpan[]): QuoteSpan[] {
	const colonDash = /:[ \u00a0]?[\u2014\u2015](?=[\p{L}¡¿])/gu;
	for (let found = colonDash.exec(paragraph); found; found = colonDash.exec(paragraph)) {
		const dash = found.index + found[0].length - 1;
		if (!spans.some(span => span.start <= dash && dash < span.end)) {
			const speech: QuoteSpan[] = [];
			findDashSpeech(paragraph, dash, style, speech);
			const kept = spans.filter(span => span.end <= dash);
			return kept.concat(
				speech,
				spans.filter(span => span.start >= dash && !speech.some(said => said.start < span.end && span.start < said.end)),
			);
		}
	}
	return spans;
}

/**
 * A dash inside speech that starts the narrator's words: —¿Vienes? —preguntó ella, Puedes irte—le dijo,
 * or ¡Mis tíos!—A los pocos momentos, a sentence of narration after the speech's own end.
 */
function opensNarratorBreak(text: string, index: number): boolean {
	const next = text.charCodeAt(index + 1);
	if (Number.isNaN(next) || isSpaceBesideQuote(next) || MARKS[next] === Mark.Dash) {
		return false;
	}
	const character = text[index + 1];
	if (isSpaceBesideQuote(text.charCodeAt(index - 1))) {
		return isWordCharAt(text, index + 1);
	}
	const before = text.charCodeAt(index - 1);
	const endsSentence = before === 0x21 || before === 0x3f || before === 0x2e || before === 0x2026;
	return character !== character.toUpperCase() || (endsSentence && /\p{Lu}/u.test(character));
}

/** After the speech's comma or mark: `he said`, `Stephen said quietly`, `said Buck Mulligan`. */
function attributionFollows(text: string, start: number): boolean {
	const words = /^\s+((?:[\p{L}’'-]+\s+){0,3})([\p{L}’'-]+)/u.exec(text.slice(start, start + 60));
	if (!words || !isSpaceBesideQuote(text.charCodeAt(start))) {
		return false;
	}
	const all = `${words[1]}${words[2]}`.split(/\s+/);
	if (isReportingVerb(all[0])) {
		return all.length > 1 && (INVERTED_PRONOUNS.has(all[1].toLowerCase()) || /^\p{Lu}/u.test(all[1]));
	}
	const subject = all[0];
	if (!SUBJECT_PRONOUNS.has(subject.toLowerCase()) && !/^\p{Lu}/u.test(subject)) {
		return false;
	}
	// `C’est superbe! Je rage…`: a French, German or Spanish closed-class word (`Je`, `Et`) opens the speech's
	// next sentence, never an English tag, though `rage` is an English verb.
	if (isFunctionWord(subject) && !isEnglishFunctionWord(subject)) {
		return false;
	}
	for (let position = 1; position < all.length; position++) {
		if (isSpeechVerb(all[position])) {
			return true;
		}
		// Only more of the name or an adverb may come between the subject and its verb.
		if (!/^\p{Lu}/u.test(all[position]) && !/ly$/.test(all[position])) {
			return false;
		}
	}
	return false;
}

/** Where speech resumes after a narrator break's closing dash: past its punctuation and spaces. */
function resumeAfter(text: string, index: number): number {
	while (index < text.length) {
		const code = text.charCodeAt(index);
		if (!isSpaceBesideQuote(code) && code !== 0x2e && code !== 0x2c && code !== 0x3b && code !== 0x3a) {
			break;
		}
		index++;
	}
	return index;
}
