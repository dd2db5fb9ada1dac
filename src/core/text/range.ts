// Offsets in the core are UTF-16 code-unit offsets into the exact text analysed, the same
// numbers `TextDocument.offsetAt` gives, so features convert them without re-reading text.

import { TextRange } from './types';

/** Index of the last range starting at or before `offset` in ranges sorted by start, or -1. */
export function indexAtOrBefore(ranges: readonly TextRange[], offset: number): number {
	let low = 0;
	let high = ranges.length - 1;
	let found = -1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		if (ranges[middle].start <= offset) {
			found = middle;
			low = middle + 1;
		} else {
			high = middle - 1;
		}
	}
	return found;
}
