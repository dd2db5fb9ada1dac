// Where dialogue is coloured within the range VS Code shows: each span of speech cut at line ends, since
// a semantic token lies on one line. dialogue/dialogueSemanticTokens.ts hands the pieces to VS Code.
// Only the range shown is read, never the whole book: a novel has tens of thousands of quotes, and VS Code
// asks again after every keystroke.

import { indexAtOrBefore, StoryModel, TextRange } from '../../core';
import { StoryLines } from '../util/storyLines';

/** A one-line piece of a quote; a thought's pieces are told apart, since they are coloured apart. */
export interface DialogueToken extends TextRange {
	readonly thought: boolean;
}

/** The one-line pieces of dialogue that touch `shown`, in order; stops early once `isCancelled` says so. */
export function dialogueTokens(model: StoryModel, shown: TextRange, lines: StoryLines, isCancelled: () => boolean = () => false): DialogueToken[] {
	const tokens: DialogueToken[] = [];
	// A span may start before the range and run into it, so look back one span.
	for (let index = Math.max(0, indexAtOrBefore(model.dialogue, shown.start)); index < model.dialogue.length; index++) {
		const span = model.dialogue[index];
		if (span.start >= shown.end || isCancelled()) {
			break;
		}
		const thought = span.kind === 'thought';
		for (const piece of linePieces(span, lines)) {
			if (piece.start <= shown.end && piece.end >= shown.start) {
				tokens.push({ ...piece, thought });
			}
		}
	}
	return tokens;
}

/** The parts of `range` on each line it covers, without line breaks; empty parts are left out. */
function linePieces(range: TextRange, lines: StoryLines): TextRange[] {
	const first = lines.lineOf(range.start);
	const last = lines.lineOf(range.end);
	const pieces: TextRange[] = [];
	for (let line = first; line <= last; line++) {
		const text = first === last ? range : lines.lineRange(line);
		const start = line === first ? range.start : text.start;
		const end = line === last ? range.end : text.end;
		if (start < end) {
			pieces.push({ start, end });
		}
	}
	return pieces;
}
