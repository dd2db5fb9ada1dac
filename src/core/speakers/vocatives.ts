// Decides whom a quote calls out to: `“Karen, wait.”` at its start, `“Come here, Mole!”` at its end, after
// words of address (`my dear Rose`, `oh, Karen`). Whoever is called out is not the one speaking.

import { endsWithAbbreviation } from '../dialogue/abbreviations';
import { nameAt } from '../lexicon/speakerNames';
import { ADDRESS_WORDS } from '../lexicon/addressWords';
import { isSpace, isNameCharacter } from '../text/characters';
import { isCapitalised } from '../lexicon/speakerNames';
import { TurnWindow } from './types';
import { wordsAfter } from './wordWindows';
import { endsInPlaceHead } from '../lexicon/placeWords';
import { LOWER_CASE_TITLES } from '../lexicon/foreignTagWords';

/** Names the turn's quotes call out to: `“Karen, wait.”` at a quote's start, `“Come here, Mole!”` at its end. */
export function vocatives({ paragraph, spans, first, end }: TurnWindow): string[] {
	const names: string[] = [];
	for (let index = first; index < end; index++) {
		const span = spans[index];
		addCalledOut(paragraph, span.start + 1, span.end, ',', names);
		// The comma before the last words, past the quote's own closing punctuation: `"Have one, Pip,"`.
		let words = span.end - 1;
		while (words > span.start && ',.!?…'.includes(paragraph[words - 1])) {
			words--;
		}
		const lastComma = paragraph.lastIndexOf(',', words - 1);
		if (lastComma > span.start) {
			addCalledOut(paragraph, lastComma + 1, span.end, ',!?.…', names);
		}
	}
	return names;
}

/** Adds to `names` the name called out at `start` of a quote ending at `quoteEnd`, when `followedBy` holds the mark after it. */
export function addCalledOut(paragraph: string, from: number, quoteEnd: number, followedBy: string, names: string[]): void {
	let start = from;
	while (start < quoteEnd && isSpace(paragraph.charCodeAt(start))) {
		start++;
	}
	// `my dear Rose,`, `Oh, Karen!`: words of address before the name; and a title in lower case, as French and
	// Spanish write it (`don Miguel`, `capitaine`).
	for (let skipped = 0; skipped < 3; skipped++) {
		let wordEnd = start;
		while (wordEnd < quoteEnd && isNameCharacter(paragraph.charCodeAt(wordEnd))) {
			wordEnd++;
		}
		if (wordEnd === start || wordEnd - start > LONGEST_ADDRESS_WORD) {
			break;
		}
		const word = paragraph.slice(start, wordEnd);
		if (!ADDRESS_WORDS.has(word.toLowerCase()) && !LOWER_CASE_TITLES.has(word)) {
			break;
		}
		start = wordEnd;
		while (start < quoteEnd && (isSpace(paragraph.charCodeAt(start)) || paragraph.charCodeAt(start) === 0x2c)) {
			start++;
		}
	}
	// A name called out is capitalised, and its words run up to the comma or mark after it:
	// most quotes fail one test or the other before any word is read.
	const code = paragraph.charCodeAt(start);
	if (!(code >= 0x41 && code <= 0x5a) && !(code > 0x7f && isCapitalised(paragraph[start] ?? 'a'))) {
		return;
	}
	let nameEnd = start;
	for (let spaces = 0; nameEnd < quoteEnd && spaces < 3 && nameEnd - start < 40; nameEnd++) {
		const character = paragraph.charCodeAt(nameEnd);
		if (character === 0x20) {
			spaces++;
		} else if (!isNameCharacter(character) && !(character === 0x2e && endsWithAbbreviation(paragraph, nameEnd))) {
			break;
		}
	}
	// A line of dash dialogue has no closing mark: the name may run to the end of it (`—Bien, don Miguel —dijo`),
	// here and below.
	if (!followedBy.includes(paragraph[nameEnd] ?? '') && nameEnd < quoteEnd) {
		return;
	}
	const words = wordsAfter(paragraph, start, quoteEnd, 3);
	const name = nameAt(words, 0);
	// `One Hundred and Five, North Tower?`: a place is no one called out.
	if (!name || name.next !== words.length || endsInPlaceHead(name.name)) {
		return;
	}
	let after = paragraph.indexOf(words[words.length - 1], start) + words[words.length - 1].length;
	// `Morning, Mrs Ogle ... a letter for you!`: a space may stand before the mark.
	while (after < quoteEnd && paragraph.charCodeAt(after) === 0x20) {
		after++;
	}
	if ((followedBy.includes(paragraph[after] ?? '') || after >= quoteEnd) && !names.includes(name.name)) {
		names.push(name.name);
	}
}

/** Longer words are not read out of the quote to be looked up. */
export const LONGEST_ADDRESS_WORD = Math.max(...[...ADDRESS_WORDS, ...LOWER_CASE_TITLES].map(word => word.length));
