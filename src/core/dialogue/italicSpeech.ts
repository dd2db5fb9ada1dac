// Decides when an italic run is an utterance rather than emphasis: older books set a cry in a foreign
// or invented tongue in italics (`he cried out, _Langro dehul san_`) where other speech takes quote marks.

import { isWordCharAt } from '../text/words';
import { CRYING_OUT_FORMS } from '../lexicon/speechVerbs';
import { QuoteSpan } from './types';
import { isSpaceBesideQuote } from '../text/characters';

/** True when the paragraph has an italic run that could be an utterance set in italics, so it needs reading even without quote marks. */
export function mayHoldItalicSpeech(paragraph: string): boolean {
	return paragraph.includes('_') || paragraph.includes('*');
}

/** An italic run that opens on a capital, a few words with no full stop: `_Hekinah degul_`, `*Langro dehul san!*`. */
const ITALIC_RUN = /([_*])(\p{Lu}[\p{L}\p{M}’', \t\r\n-]{0,60}?[\p{L}!?])\1/gu;

/**
 * Older books set an utterance in a foreign or invented tongue in italics rather than quote marks:
 * `he cried out three times, _Langro dehul san_`, `a universal shout of _Hekinah degul_`. Such a run is
 * speech when a verb of crying out in its own clause hands it in (after a comma or colon, after `aloud`
 * or `out`, or as `a shout of`), when it opens on a capital as a sentence does, and when the clause ends
 * with it. Emphasis inside a sentence has none of these: `He said _nothing_ about it`.
 */
export function withItalicUtterances(text: string, spans: QuoteSpan[]): QuoteSpan[] {
	const found: QuoteSpan[] = [];
	for (const match of text.matchAll(ITALIC_RUN)) {
		const start = match.index;
		const end = start + match[0].length;
		const marker = match[1];
		const edgeBefore = start === 0 ? '' : text[start - 1];
		const edgeAfter = end < text.length ? text[end] : '';
		if (edgeBefore === marker || edgeAfter === marker || isWordCharAt(text, start - 1) || isWordCharAt(text, end) || match[2].split(/\s+/).length > 6) {
			continue;
		}
		let next = end;
		while (next < text.length && isSpaceBesideQuote(text.charCodeAt(next))) {
			next++;
		}
		// The clause ends with the utterance: punctuation, a bracket, a dash or the paragraph's end.
		if (!(next === text.length || /^(?:[.;:!?(—]|--)/.test(text.slice(next, next + 2))) || !isUtteranceIntroduced(text, start)) {
			continue;
		}
		if (!spans.some(span => span.start < end && start < span.end)) {
			found.push({ start, end, closed: true, kind: 'italic' });
		}
	}
	return found.length === 0 ? spans : [...spans, ...found].sort((a, b) => a.start - b.start);
}

/** `cried out in a shrill voice, ` `cry aloud ` `a shout of `: a verb of crying out in the clause before `start` hands the utterance in. */
function isUtteranceIntroduced(text: string, start: number): boolean {
	let clauseStart = start;
	while (clauseStart > 0 && start - clauseStart < 120 && !'.;:!?"“”‘’«»'.includes(text[clauseStart - 1])) {
		clauseStart--;
	}
	// The colon of `cried:` belongs to the clause that hands the utterance in.
	if (text[clauseStart - 1] === ':' && /^\s*$/.test(text.slice(clauseStart, start))) {
		clauseStart--;
		while (clauseStart > 0 && start - clauseStart < 120 && !'.;!?"“”‘’«»'.includes(text[clauseStart - 1])) {
			clauseStart--;
		}
	}
	const clause = text.slice(clauseStart, start);
	if (/\b(?:shouts?|cry|cries)\s+of\s+$/i.test(clause)) {
		return true;
	}
	if (!/(?:[,:]|\b(?:aloud|out))\s+$/i.test(clause)) {
		return false;
	}
	return (clause.match(/\p{L}+/gu) ?? []).some(word => CRYING_OUT_FORMS.has(word.toLowerCase()));
}
