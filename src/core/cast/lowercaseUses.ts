// How often a word the cast doubts is written in lower case in the prose, counted over an even sample of
// the stories' paragraphs: `ducks` in lower case says `Ducks` at a verse line's head is no name.

import { isBody } from './sightings';
import { StoryModel } from '../model';

/** How often each of `words` (lower case) appears so in the prose, read from an even sample of the stories. */
export function lowercaseUses(stories: readonly StoryModel[], words: ReadonlySet<string>, sampleChars: number): Map<string, number> {
	const counts = new Map<string, number>();
	if (words.size === 0) {
		return counts;
	}
	const total = stories.reduce((sum, model) => sum + (model.body.end - model.body.start), 0);
	const stride = Math.max(1, Math.ceil(total / sampleChars));
	let index = 0;
	for (const model of stories) {
		for (const block of model.blocks) {
			if (index++ % stride !== 0 || !isBody(model, block) || block.analysis.heading) {
				continue;
			}
			// Each run of a lower-case letter and the letters, apostrophes and hyphens after it, read by char
			// code: no match object for each of the sample's words.
			const text = block.analysis.text;
			for (let start = 0; start < text.length; start++) {
				if (!isLowerLetter(text.charCodeAt(start))) {
					continue;
				}
				let end = start + 1;
				while (end < text.length && isLowerWordCode(text.charCodeAt(end))) {
					end++;
				}
				const word = text.slice(start, end);
				if (words.has(word)) {
					counts.set(word, (counts.get(word) ?? 0) + 1);
				}
				start = end;
			}
		}
	}
	return counts;
}

/** a to z, or ß to ÿ. */
function isLowerLetter(code: number): boolean {
	return (code >= 0x61 && code <= 0x7a) || (code >= 0xdf && code <= 0xff);
}

/** What a lower-case word goes on with: a letter, ' ’ or -. */
function isLowerWordCode(code: number): boolean {
	return isLowerLetter(code) || code === 0x27 || code === 0x2019 || code === 0x2d;
}
