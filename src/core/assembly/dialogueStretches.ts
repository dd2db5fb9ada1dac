// The document's dialogue pass remembered by stretches of paragraphs, so that after an edit only the
// stretch around it is read again. A stretch starts where the pass holds nothing over from before it (no
// speech left open, no subject or lead-in waiting, the next turn starts an exchange): what the pass adds
// for it then depends only on its own paragraphs and their places relative to each other, and copying it
// to where those paragraphs now are gives what reading them again would.

import { Block, DialogueStretch, DialogueStretches } from './types';

/** Paragraphs a stretch gathers before it ends at the next point where the pass holds nothing over. */
export const STRETCH_PARAGRAPHS = 16;

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
