// The document's dialogue pass remembered by stretches of paragraphs, so that after an edit only the
// stretch around it is read again. A stretch starts where the pass holds nothing over from before it (no
// speech left open, no subject or lead-in waiting, the next turn starts an exchange): what the pass adds
// for it then depends only on its own paragraphs and their places relative to each other, and copying it
// to where those paragraphs now are gives what reading them again would.

import { Block, BlockAnalysis, DialogueSpan } from '../model';
import { LeadIn, ParagraphTurn } from '../speakers/speakers';
import { DialogueKind } from '../speakers/quoteKinds';

/** Paragraphs a stretch gathers before it ends at the next point where the pass holds nothing over. */
export const STRETCH_PARAGRAPHS = 16;

/** A dialogue span with offsets relative to its stretch's first paragraph, as the pass made it. */
export interface StretchSpan {
	readonly start: number;
	readonly end: number;
	readonly closed: boolean;
	readonly lastOpening: number;
	readonly speaker: string | undefined;
	readonly kind: DialogueKind;
}

/** What the dialogue pass added for one stretch, and the state it left. */
export interface DialogueStretch {
	/** The paragraphs read, and their starts relative to the first one's. */
	readonly analyses: readonly BlockAnalysis[];
	readonly offsets: readonly number[];
	/** True when the pass held nothing over at its end; else it ended at a break or the end of the text. */
	readonly endsFresh: boolean;
	readonly spans: readonly StretchSpan[];
	/** For each turn, where its spans start among the stretch's spans, and how many. */
	readonly turnSpans: readonly number[];
	readonly readings: readonly ParagraphTurn[];
	readonly startsExchange: readonly boolean[];
	readonly precedingSubjects: readonly (string | undefined)[];
	readonly mentioned: readonly string[];
	/** For each turn, how many of the stretch's mentions come before its end. */
	readonly mentionedEnd: readonly number[];
	/** The pass's state after the stretch; `narrationWords` counts from its last turn, or from its start when it has none. */
	readonly hasTurns: boolean;
	readonly narrationWords: number;
	readonly subject: string | undefined;
	readonly leadIn: LeadIn | undefined;
}

/** One pass's stretches, in order, kept with the model for the next edit's pass. */
export interface DialogueStretches {
	readonly indentedIsQuotation: boolean;
	readonly blockCount: number;
	readonly stretches: readonly DialogueStretch[];
	/** For each stretch: the index among the blocks of its first paragraph, that paragraph's start, and its first span's index in `spans`. */
	readonly firstBlocks: readonly number[];
	readonly origins: readonly number[];
	readonly firstSpans: readonly number[];
	/** The pass's dialogue, speakers and all: a stretch copied with the same turns keeps its spans, moved by as much as its paragraphs. */
	readonly spans: readonly DialogueSpan[];
}

/**
 * The index among the previous pass's stretches of one that starts at `paragraphs[from]` and reads the same
 * paragraphs at the same distances from each other, or -1. Edits leave the blocks before them at their
 * index and shift the ones after by how many blocks the edit added, so those are the two places to look.
 */
export function findStretch(
	previous: DialogueStretches,
	indentedIsQuotation: boolean,
	blocks: readonly Block[],
	paragraphs: readonly number[],
	from: number,
): number {
	if (previous.indentedIsQuotation !== indentedIsQuotation) {
		return -1;
	}
	const index = paragraphs[from];
	const shift = blocks.length - previous.blockCount;
	const found = matching(previous, index, blocks, paragraphs, from);
	return found < 0 && shift !== 0 ? matching(previous, index - shift, blocks, paragraphs, from) : found;
}

function matching(previous: DialogueStretches, oldIndex: number, blocks: readonly Block[], paragraphs: readonly number[], from: number): number {
	const { firstBlocks } = previous;
	let low = 0;
	let high = firstBlocks.length - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		if (firstBlocks[middle] < oldIndex) {
			low = middle + 1;
		} else if (firstBlocks[middle] > oldIndex) {
			high = middle - 1;
		} else {
			return readsTheSame(previous.stretches[middle], blocks, paragraphs, from) ? middle : -1;
		}
	}
	return -1;
}

function readsTheSame(stretch: DialogueStretch, blocks: readonly Block[], paragraphs: readonly number[], from: number): boolean {
	const count = stretch.analyses.length;
	if (from + count > paragraphs.length || (!stretch.endsFresh && from + count !== paragraphs.length)) {
		// A stretch that ended at a break is only whole where a break still ends it.
		return false;
	}
	const origin = blocks[paragraphs[from]].start;
	for (let offset = 0; offset < count; offset++) {
		const block = blocks[paragraphs[from + offset]];
		if (block.analysis !== stretch.analyses[offset] || block.start - origin !== stretch.offsets[offset]) {
			return false;
		}
	}
	return true;
}
