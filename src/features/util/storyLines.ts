// Lines as the pure feature functions see them: which line an offset is on, and where a line's text
// runs. The providers hand in an open document's lines (util/positions.ts); the unit tests, a text's.

import { TextRange } from '../../core';

export interface StoryLines {
	/** The line, from 0, that holds `offset`. */
	lineOf(offset: number): number;
	/** Where the text of `line` starts and ends, without its line break. */
	lineRange(line: number): TextRange;
}
