// Pairs a paragraph's quote marks into spans: a stack of open quotes, the outermost of which makes a
// span, with the style's rules for which mark opens and which closes (German “ closes, reversed
// guillemets open with »). Kept apart from the passes that later judge whether a span is speech.

import { isWordCharAt } from '../text/words';
import { DialogueStyle, QuoteKind, QuoteSpan } from './types';
import { isSpaceBesideQuote } from '../text/characters';
import { isDigit, isOpeningPunctuation, Mark, MARKS, trimmedEnd } from './quoteMarks';
import { singleRole, SingleRole } from './apostrophes';

interface OpenQuote {
	readonly kind: QuoteKind;
	readonly start: number;
	/** A guillemet pair that faces inwards, »…«, in text whose guillemets otherwise face out. */
	readonly inwards?: boolean;
}

// The engine finds the marks; apostrophes matter only in single-quote text, dashes only at a paragraph's
// start. Made once, not per paragraph: scan() runs to the last mark, where test() sets lastIndex back to 0.
const MARKS_PATTERN = /["“”„«»「」『』]/g;
const SINGLE_STYLE_MARKS = /["“”„«»「」『』'‘’]/g;

/** Walks a paragraph's marks with a stack of open quotes; the outermost open quote makes a span. */
export class QuoteScanner {
	private readonly open: OpenQuote[] = [];
	/** The next opening or sure closing single mark the lookahead found, and which it was. */
	private decisiveAt = -1;
	private decisiveRole = SingleRole.None;
	/** Closing double marks that found no quote open. */
	readonly strays: number[] = [];

	constructor(
		private readonly text: string,
		private readonly style: DialogueStyle,
		private readonly spans: QuoteSpan[],
	) {
		this.end = text.length;
	}

	private readonly end: number;

	scan(): void {
		const { text, style, end } = this;
		const german = style === 'german';
		const reversed = style === 'guillemetsReversed';
		const single = style === 'single';
		const marks = single ? SINGLE_STYLE_MARKS : MARKS_PATTERN;
		marks.lastIndex = 0;
		// test() rather than exec(): no match object for each mark. Every mark is one UTF-16 unit.
		while (marks.test(text)) {
			const index = marks.lastIndex - 1;
			const mark = MARKS[text.charCodeAt(index)];
			switch (mark) {
				case Mark.StraightDouble:
					if (this.has('double')) {
						this.close('double', index);
					} else if (this.has('low') && this.closerShaped(index)) {
						this.close('low', index);
					} else if (index + 1 < end && (!isSpaceBesideQuote(text.charCodeAt(index + 1)) || index === 0 || isSpaceBesideQuote(text.charCodeAt(index - 1)))) {
						this.push('double', index);
					} else if (this.open.length === 0 && !(index > 0 && isDigit(text.charCodeAt(index - 1)))) {
						// `Hello" she said` with nothing open: a stray closing mark, not an opening one (`6" long` is inches).
						this.strays.push(index);
					}
					break;
				case Mark.LeftDouble:
					if (this.has('low') && this.closerShaped(index)) {
						this.close('low', index);
					} else if (this.has('double') && this.closerShaped(index)) {
						// “ typed for ”: autocorrect facing the wrong way.
						this.close('double', index);
					} else if (german) {
						// In German “ closes; it opens only an English-style quote standing alone.
						if (this.open.length === 0 && this.openerShaped(index)) {
							this.push('double', index);
						}
					} else if (this.top()?.kind === 'double') {
						// A new “ while one is open: the earlier quote was never closed.
						this.restart('double', index);
					} else {
						this.push('double', index);
					}
					break;
				case Mark.RightDouble:
					if (this.has('double')) {
						this.close('double', index);
					} else if (this.has('low')) {
						this.close('low', index);
					} else if (this.open.length === 0 && this.openerShaped(index)) {
						this.push('double', index);
					} else if (this.open.length === 0 && !german) {
						this.strays.push(index);
					}
					break;
				case Mark.LowDouble:
					this.push('low', index);
					break;
				case Mark.StraightSingle:
				case Mark.LeftSingle:
				case Mark.RightSingle:
					if (single) {
						this.single(index, mark);
					}
					break;
				case Mark.LeftGuillemet:
					if (reversed || this.top()?.inwards) {
						this.close('guillemet', index);
					} else {
						this.push('guillemet', index);
					}
					break;
				case Mark.RightGuillemet:
					if (reversed) {
						this.push('guillemet', index);
					} else if (this.has('guillemet')) {
						this.close('guillemet', index);
					} else if (index + 1 < end && isWordCharAt(text, index + 1)) {
						// »Komm her«: a » right before a word opens, whatever the document's guillemets do.
						this.open.push({ kind: 'guillemet', start: index, inwards: true });
					} else if (this.open.length === 0) {
						this.strays.push(index);
					}
					break;
				case Mark.LeftCorner:
				case Mark.LeftWhiteCorner:
					this.push('corner', index);
					break;
				case Mark.RightCorner:
				case Mark.RightWhiteCorner:
					this.close('corner', index);
					break;
			}
		}
		if (this.open.length > 0) {
			this.spans.push({ start: this.open[0].start, end: trimmedEnd(text, end), closed: false, kind: this.open[0].kind });
			this.open.length = 0;
		}
	}

	private top(): OpenQuote | undefined {
		return this.open[this.open.length - 1];
	}

	private has(kind: QuoteKind): boolean {
		for (let index = this.open.length - 1; index >= 0; index--) {
			if (this.open[index].kind === kind) {
				return true;
			}
		}
		return false;
	}

	private push(kind: QuoteKind, index: number): void {
		this.open.push({ kind, start: index });
	}

	/** Closes the innermost open quote of `kind` and anything opened inside it. */
	private close(kind: QuoteKind, index: number): void {
		for (let depth = this.open.length - 1; depth >= 0; depth--) {
			if (this.open[depth].kind === kind) {
				if (depth === 0) {
					this.spans.push({ start: this.open[0].start, end: index + 1, closed: true, kind: this.open[0].kind });
				}
				this.open.length = depth;
				return;
			}
		}
	}

	/** Ends the outermost quote unclosed just before `index` and opens a new one there. */
	private restart(kind: QuoteKind, index: number): void {
		if (this.open.length === 1) {
			this.spans.push({ start: this.open[0].start, end: trimmedEnd(this.text, index), closed: false, kind: this.open[0].kind });
			this.open.length = 0;
		}
		this.push(kind, index);
	}

	private openerShaped(index: number): boolean {
		const next = index + 1 < this.end ? this.text.charCodeAt(index + 1) : -1;
		return (
			next >= 0 &&
			!isSpaceBesideQuote(next) &&
			(index === 0 || isSpaceBesideQuote(this.text.charCodeAt(index - 1)) || isOpeningPunctuation(this.text.charCodeAt(index - 1)))
		);
	}

	private closerShaped(index: number): boolean {
		return index > 0 && !isSpaceBesideQuote(this.text.charCodeAt(index - 1)) && (index + 1 >= this.end || !isWordCharAt(this.text, index + 1));
	}

	/** A single mark in single-quote text: an opening, a closing, or an apostrophe. */
	private single(index: number, mark: Mark): void {
		const role = singleRole(this.text, index, mark, this.end);
		if (role === SingleRole.Opener) {
			// British text nests “…” inside ‘…’, so a second opening is an elision: ‘I got ’im,’ he said.
			if (!this.has('single')) {
				this.push('single', index);
			}
		} else if (role === SingleRole.ProbableCloser) {
			this.close('single', index);
		} else if (role === SingleRole.AmbiguousCloser && this.has('single') && !this.probableCloserFollows(index)) {
			this.close('single', index);
		}
	}

	/**
	 * After `boys’` or `goin’`: true when a surer closing mark follows before the next opening one, so
	 * this mark is an apostrophe. Each stretch of text is looked through once, so a paragraph costs linear time.
	 */
	private probableCloserFollows(index: number): boolean {
		if (this.decisiveAt <= index) {
			this.decisiveAt = this.end;
			this.decisiveRole = SingleRole.None;
			for (let ahead = index + 1; ahead < this.end; ahead++) {
				const mark = MARKS[this.text.charCodeAt(ahead)];
				if (mark !== Mark.StraightSingle && mark !== Mark.LeftSingle && mark !== Mark.RightSingle) {
					continue;
				}
				const role = singleRole(this.text, ahead, mark, this.end);
				if (role === SingleRole.Opener || role === SingleRole.ProbableCloser) {
					this.decisiveAt = ahead;
					this.decisiveRole = role;
					break;
				}
			}
		}
		return this.decisiveRole === SingleRole.ProbableCloser;
	}
}
