// French books keep the narrator's words inside the speech they interrupt: «Monsieur, dit le capitaine,
// je vous attends.» and —Oui, répondit-elle. These incises are narration, so a span is cut around them.
// Only French verbs of speech open one: English and German close their quotes around the narrator's
// words, and Spanish sets them off with dashes, which the dash reader already follows.

import type { QuoteSpan } from './types';

/** Verbs that open an incise, as a narrator writes them: the passé simple, and `dit`. */
export const INCISE_VERBS = [
	'dit',
	'répondit',
	'demanda',
	'reprit',
	'répliqua',
	'ajouta',
	'écria',
	'exclama',
	'cria',
	'murmura',
	'continua',
	'fit',
	'observa',
	'repartit',
	'riposta',
	'déclara',
	'objecta',
	'interrompit',
	'poursuivit',
	'insista',
	'expliqua',
	'affirma',
	'avoua',
	'balbutia',
	'hurla',
	'soupira',
	'songea',
	'pensa',
	'conclut',
	'proposa',
	'répéta',
	'rétorqua',
	'gémit',
	'ricana',
	'grogna',
	'lança',
	'souffla',
	'dirent',
	'répondirent',
	'demandèrent',
	'crièrent',
	'firent',
];
/**
 * The first person, only ever inverted (`dis-je`): alone, `dis` is an order (`Oui, dis la vérité`).
 * The story grammar ends its colour at the same verbs; a unit test keeps the two lists one.
 */
export const FIRST_PERSON_INCISE_VERBS = [
	'dis',
	'répondis',
	'demandai',
	'repris',
	'répliquai',
	'ajoutai',
	'écriai',
	'exclamai',
	'criai',
	'murmurai',
	'continuai',
	'fis',
	'observai',
	'repartis',
	'ripostai',
	'objectai',
	'interrompis',
	'poursuivis',
	'insistai',
	'balbutiai',
	'pensai',
	'songeai',
	'conclus',
	'répétai',
];

/**
 * The mark that ends the speech before an incise, then the verb: `, dit`, `? s’écria`, `, me dit`,
 * `, fit observer`, `, demanda-t-il`, `, repris-je`. Group 1 is the mark; group 2 or 3 the pronoun
 * joined to the verb, if any.
 */
const INCISE = new RegExp(
	`([,!?…])\\s+(?:(?:me|te|lui|nous|vous|leur)\\s+|[mts][’'])?` +
		`(?:(?:${INCISE_VERBS.join('|')})(?:\\s+(?:observer|remarquer))?(-t-(?:il|elle|ils|elles|on)|-(?:il|elle|ils|elles|on))?|(?:${FIRST_PERSON_INCISE_VERBS.join('|')})(-je))` +
		`(?=[\\s,.;!?…»])`,
	'gu',
);

/** An incise is short: `répondit le capitaine en haussant les épaules` at most. */
const LONGEST_INCISE = 80;

/** Marks that end an incise; speech resumes after the mark, if more is said. */
function endsIncise(code: number): boolean {
	return code === 0x2c || code === 0x2e || code === 0x3b || code === 0x21 || code === 0x3f || code === 0x2026;
}

/** Closing guillemets and dashes end the span itself, and so the incise. */
function closesSpan(code: number): boolean {
	return code === 0xbb || code === 0xab || code === 0x2014 || code === 0x2013;
}

function isSpace(code: number): boolean {
	return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0 || code === 0x202f;
}

/** `spans` of `paragraph` with each French incise cut out of the speech around it, in any dialogue style. */
export function withoutIncises(paragraph: string, spans: QuoteSpan[]): QuoteSpan[] {
	let result: QuoteSpan[] | undefined;
	for (let index = 0; index < spans.length; index++) {
		const parts = cutIncises(paragraph, spans[index]);
		if (parts !== undefined) {
			result ??= spans.slice(0, index);
			result.push(...parts);
		} else {
			result?.push(spans[index]);
		}
	}
	return result ?? spans;
}

/** The speech of `span` either side of its incises, or undefined when it has none. */
function cutIncises(paragraph: string, span: QuoteSpan): QuoteSpan[] | undefined {
	// Only guillemets and dashes hold an incise; quotes in other marks close around the narrator's words.
	if (span.kind !== 'guillemet' && span.kind !== 'dash') {
		return undefined;
	}
	const text = paragraph.slice(span.start, span.end);
	INCISE.lastIndex = 0;
	let parts: QuoteSpan[] | undefined;
	let start = 0;
	for (let match = INCISE.exec(text); match; match = INCISE.exec(text)) {
		const end = inciseEnd(text, match.index + match[0].length, match[2] !== undefined || match[3] !== undefined);
		if (end < 0) {
			continue;
		}
		parts ??= [];
		// The speech keeps its own mark: `—Oui,` then `dit-il`.
		parts.push({ start: span.start + start, end: span.start + match.index + 1, closed: true, kind: span.kind });
		start = resumption(text, end);
		INCISE.lastIndex = start;
	}
	if (!parts) {
		return undefined;
	}
	if (start < text.length && /[\p{L}\p{N}]/u.test(text.slice(start))) {
		parts.push({ start: span.start + start, end: span.end, closed: span.closed, kind: span.kind });
	}
	return parts;
}

/**
 * Where the incise after its verb ends: at the first mark that ends it, past the subject (`le capitaine`)
 * or the pronoun already read. -1 when nothing ends it soon, or a verb with neither subject nor pronoun
 * (`Je pense, dit, que…` is not an incise).
 */
function inciseEnd(text: string, afterVerb: number, hasPronoun: boolean): number {
	let index = afterVerb;
	let subject = false;
	for (; index < text.length && index - afterVerb <= LONGEST_INCISE; index++) {
		const code = text.charCodeAt(index);
		if (endsIncise(code) || closesSpan(code)) {
			return hasPronoun || subject ? index : -1;
		}
		subject ||= !isSpace(code);
	}
	return index === text.length && (hasPronoun || subject) ? index : -1;
}

/** Where speech resumes after the incise that ends at `end`: past its mark and the spaces after it. */
function resumption(text: string, end: number): number {
	let index = end;
	if (index < text.length && endsIncise(text.charCodeAt(index))) {
		index++;
	}
	while (index < text.length && isSpace(text.charCodeAt(index))) {
		index++;
	}
	return index;
}
