// The dialogue tags as the Statistics panel shows them: a row per character who speaks, the main ones
// (most lines) first, and the whole book's row; each with its lines split into said or asked, other verbs
// and no tag (shares that add up to the whole), the few verbs and adverbs used most, and the line an
// example of a kind stands in, to show a writer the words behind a number.

import type { Cast } from '../cast/types';
import { StoryModel } from '../model';
import { indexAtOrBefore } from '../text/range';
import { TextRange } from '../text/types';
import { DialogueTags } from './types';

/** Verbs and adverbs named in a row: the most used, the rest left to the examples. */
const NAMED_WORDS = 3;
/** Characters of a paragraph shown with an example, around its quote. */
const EXAMPLE_LENGTH = 240;

export interface WordCount {
	readonly word: string;
	readonly count: number;
}

export interface TagRow {
	/** The character's name; undefined for the whole book's row. */
	readonly name: string | undefined;
	readonly lines: number;
	readonly said: number;
	readonly asked: number;
	/** Lines tagged with any other verb of speech. */
	readonly other: number;
	readonly untagged: number;
	/** Tags with an adverb right after them. */
	readonly adverbs: number;
	/** The other verbs used most, most first. */
	readonly verbs: readonly WordCount[];
	/** The adverbs used most, most first. */
	readonly adverbWords: readonly WordCount[];
}

export interface DialogueTagTable {
	/** Characters who speak, most lines first (then by name). */
	readonly characters: readonly TagRow[];
	readonly book: TagRow;
}

/** `tags` (by index into `cast.characters`, as dialogueTags gives them) as rows of the table. */
export function dialogueTagTable(tags: { characters: readonly DialogueTags[]; book: DialogueTags }, cast: Cast): DialogueTagTable {
	const characters = tags.characters
		.map((tally, index) => rowOf(cast.characters[index]?.name, tally))
		.filter(row => row.lines > 0)
		.sort((a, b) => b.lines - a.lines || a.name!.localeCompare(b.name!));
	return { characters, book: rowOf(undefined, tags.book) };
}

function rowOf(name: string | undefined, tally: DialogueTags): TagRow {
	const verbs = mostUsed(tally.otherVerbs);
	const adverbWords = mostUsed(tally.adverbs);
	return {
		name,
		lines: tally.lines,
		said: tally.said,
		asked: tally.asked,
		other: Object.values(tally.otherVerbs).reduce((total, count) => total + count, 0),
		untagged: tally.untagged,
		adverbs: Object.values(tally.adverbs).reduce((total, count) => total + count, 0),
		verbs,
		adverbWords,
	};
}

function mostUsed(counts: Readonly<Record<string, number>>): WordCount[] {
	return Object.entries(counts)
		.map(([word, count]) => ({ word, count }))
		.sort((a, b) => b.count - a.count || a.word.localeCompare(b.word))
		.slice(0, NAMED_WORDS);
}

/**
 * The paragraph holding `quote`, as an example reads: whole when short, else cut around the quote (which
 * shows whole, up to the length) with … where it was cut, so the tag beside the quote stays in sight.
 */
export function tagExampleText(model: StoryModel, quote: TextRange): string {
	const block = model.blocks[indexAtOrBefore(model.blocks, quote.start)];
	if (!block) {
		return '';
	}
	const text = block.analysis.text;
	const start = Math.max(0, quote.start - block.start);
	const end = Math.min(text.length, quote.end - block.start);
	if (text.length <= EXAMPLE_LENGTH) {
		return oneLine(text);
	}
	// The quote first, then narration on each side: more after it, where the tag usually is.
	const room = Math.max(0, EXAMPLE_LENGTH - (end - start));
	const from = Math.max(0, start - Math.floor(room / 3));
	const to = Math.min(text.length, Math.max(end, from + EXAMPLE_LENGTH));
	const cutStart = from > 0 ? wordStart(text, from) : 0;
	const cutEnd = Math.min(to, text.length);
	return `${cutStart > 0 ? '…' : ''}${oneLine(text.slice(cutStart, cutEnd))}${cutEnd < text.length ? '…' : ''}`;
}

function wordStart(text: string, at: number): number {
	const space = text.indexOf(' ', at);
	return space >= 0 && space < at + 20 ? space + 1 : at;
}

function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}
