// Which character is which quote mark (“ ” „ ‘ ’ « » 「 」 and the dashes), read from one table, with
// the few questions about the characters around a mark that every quote pass asks: what may stand
// before an opening mark, where a paragraph's visible text starts and ends.

import { isSpaceBesideQuote } from '../text/characters';

/** Every quote mark the passes tell apart; `None` for any other character. */
export const enum Mark {
	None = 0,
	StraightDouble,
	LeftDouble,
	RightDouble,
	LowDouble,
	StraightSingle,
	LeftSingle,
	RightSingle,
	LeftGuillemet,
	RightGuillemet,
	LeftCorner,
	RightCorner,
	LeftWhiteCorner,
	RightWhiteCorner,
	Dash,
}

export const MARKS = new Uint8Array(0x10000);
MARKS[0x22] = Mark.StraightDouble;
MARKS[0x201c] = Mark.LeftDouble;
MARKS[0x201d] = Mark.RightDouble;
MARKS[0x201e] = Mark.LowDouble;
MARKS[0x27] = Mark.StraightSingle;
MARKS[0x2018] = Mark.LeftSingle;
MARKS[0x2019] = Mark.RightSingle;
MARKS[0xab] = Mark.LeftGuillemet;
MARKS[0xbb] = Mark.RightGuillemet;
MARKS[0x300c] = Mark.LeftCorner;
MARKS[0x300d] = Mark.RightCorner;
MARKS[0x300e] = Mark.LeftWhiteCorner;
MARKS[0x300f] = Mark.RightWhiteCorner;
MARKS[0x2014] = Mark.Dash; // —
MARKS[0x2015] = Mark.Dash; // ―
MARKS[0x2013] = Mark.Dash; // –

/** What may stand right before an opening mark: ( [ { / a dash, or another opening mark. */
export function isOpeningPunctuation(code: number): boolean {
	return (
		code === 0x28 ||
		code === 0x5b ||
		code === 0x7b ||
		code === 0x2f ||
		code === 0x2d ||
		MARKS[code] === Mark.Dash ||
		code === 0x201c ||
		code === 0x2018 ||
		code === 0x22 ||
		code === 0xab ||
		code === 0x201e ||
		code === 0x300c ||
		code === 0x300e ||
		code === 0x5f ||
		code === 0x2a
	);
}

export function firstVisible(text: string): number {
	let index = 0;
	while (index < text.length && isSpaceBesideQuote(text.charCodeAt(index))) {
		index++;
	}
	return index;
}

export function trimmedEnd(text: string, end: number): number {
	while (end > 0 && isSpaceBesideQuote(text.charCodeAt(end - 1))) {
		end--;
	}
	return end;
}

export function isDigit(code: number): boolean {
	return code >= 0x30 && code <= 0x39;
}
