// Renaming a character: which words of which appearances change, so that every alias form follows
// (`Karen` → `Kara` turns `Karen's` into `Kara's` and `Karen Cartwright` into `Kara Cartwright`) and no
// other word is touched. The edits come back as offsets; applying them is the editor's business.

import { Character } from './types';
import { TextRange } from '../text/types';

export interface NameEdit extends TextRange {
	/** Index of the story the edit is in, as in the cast. */
	readonly story: number;
	readonly text: string;
}

/**
 * The word swaps that turn `from` into `to`: `Karen Cartwright` → `Kara Cartwright` swaps Karen for Kara.
 * Names of different lengths swap whole: `Karen` → `Kara Jane` swaps Karen for Kara Jane.
 */
export function wordSwaps(from: string, to: string): Map<string, string> {
	const oldWords = from.trim().split(/\s+/);
	const newWords = to.trim().split(/\s+/);
	const swaps = new Map<string, string>();
	if (oldWords.length !== newWords.length) {
		swaps.set(oldWords.join(' '), newWords.join(' '));
		return swaps;
	}
	oldWords.forEach((word, index) => {
		if (word !== newWords[index]) {
			swaps.set(word, newWords[index]);
		}
	});
	return swaps;
}

/** The edits that apply `swaps` to every appearance of `character`, whole words only, capitals kept. */
export function renameEdits(character: Character, swaps: ReadonlyMap<string, string>): NameEdit[] {
	const edits: NameEdit[] = [];
	const patterns = [...swaps].map(([from, to]) => ({ pattern: wholeWords(from), to }));
	for (const appearance of character.appearances) {
		for (const { pattern, to } of patterns) {
			for (const match of appearance.text.matchAll(pattern)) {
				const start = appearance.start + match.index!;
				edits.push({ story: appearance.story, start, end: start + match[0].length, text: inCaseOf(match[0], to) });
			}
		}
	}
	return edits;
}

/** Every name in `names` after the swaps, paired with the old one, for names that change. */
export function renamedNames(names: readonly string[], swaps: ReadonlyMap<string, string>): [string, string][] {
	const renamed: [string, string][] = [];
	for (const name of names) {
		let next = name;
		for (const [from, to] of swaps) {
			next = next.replace(wholeWords(from), written => inCaseOf(written, to));
		}
		if (next !== name) {
			renamed.push([name, next]);
		}
	}
	return renamed;
}

/** `KAREN` → `KARA` when the prose shouts; otherwise the new name as the writer typed it. */
function inCaseOf(written: string, replacement: string): string {
	return written.length > 1 && written === written.toUpperCase() && written !== written.toLowerCase() ? replacement.toUpperCase() : replacement;
}

/** `Karen` as a whole word, in any case, across any line break inside a name. */
function wholeWords(name: string): RegExp {
	return new RegExp(`(?<![\\p{L}\\p{M}'’])${name.split(' ').map(escape).join('\\s+')}(?![\\p{L}\\p{M}])`, 'giu');
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
