// Work done a slice at a time: a generator that yields whenever the caller's `shouldYield` says stop and
// returns its result at the end. The same code runs in one go after an edit and in slices while a big
// file is read in the background, so both give the same model.

import { ShouldYield, Steps } from './types';

/** For work that runs in one go. */
export const NEVER_YIELD: ShouldYield = () => false;

/** Items a loop handles between two looks at the clock (a power of two, for a cheap mask). */
export const ITEMS_PER_CHECK = 256;

/** Runs `steps` to the end in one go. */
export function runSteps<T>(steps: Steps<T>): T {
	for (;;) {
		const next = steps.next();
		if (next.done) {
			return next.value;
		}
	}
}
