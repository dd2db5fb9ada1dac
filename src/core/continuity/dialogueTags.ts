// How the prose tags each character's speech: `said` and `asked`, the other verbs (`hissed`, `ejaculated`),
// an adverb after the tag (`said softly`), or no tag at all; and the same over the whole book. Reads the
// quotes the speakers pass gave each character and the few words beside each quote in its paragraph.

import type { Cast } from '../cast/types';
import { DialogueSpan, StoryModel } from '../model';
import { nameKey } from '../lexicon/nameSpellings';
import { isReportingVerb } from '../lexicon/speechVerbs';
import { indexAtOrBefore } from '../text/range';
import { DialogueTags, TagExample, TagKind } from './types';

/** Examples kept of each kind for each character. */
const MAX_EXAMPLES = 20;
/** Words looked at beside a quote for its verb: `said Mr. Lorry`, `Karen had said`. */
const WORDS_BESIDE = 4;
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;

/** Each character's tags, by index into the cast's characters, and the whole book's. */
export function dialogueTags(stories: readonly StoryModel[], cast: Cast): { characters: DialogueTags[]; book: DialogueTags } {
	const characterOfKey = new Map<string, number>();
	cast.characters.forEach((character, index) => {
		for (const name of [character.name, ...character.aliases]) {
			const key = nameKey(name);
			if (!characterOfKey.has(key)) {
				characterOfKey.set(key, index);
			}
		}
	});
	const tallies = cast.characters.map(newTally);
	const book = newTally();
	stories.forEach((model, story) => {
		const characterOfSpeaker = new Map<string, number>();
		let previous: { span: DialogueSpan; tag: Tag } | undefined;
		for (const span of model.dialogue) {
			if (span.speaker === undefined || span.kind !== 'speech') {
				previous = undefined;
				continue;
			}
			let character = characterOfSpeaker.get(span.speaker);
			if (character === undefined) {
				character = characterOfKey.get(nameKey(span.speaker)) ?? -1;
				characterOfSpeaker.set(span.speaker, character);
			}
			let tag = tagOf(model, span);
			if (!tag.verb && previous && continuesAfterTag(model, previous.span, previous.tag, span)) {
				// `"…," Tobias said. "…"`: one tag for both quotes; its adverb was counted with the first.
				tag = { verb: previous.tag.verb, adverb: undefined, after: false };
			}
			previous = { span, tag };
			const example = { story, start: span.start, end: span.end };
			count(book, tag, example);
			if (character >= 0) {
				count(tallies[character], tag, example);
			}
		}
	});
	return { characters: tallies, book };
}

interface Tag {
	readonly verb: string | undefined;
	readonly adverb: string | undefined;
	/** The verb follows the quote (`"…," Tobias said`), so a quote after it may go on under it. */
	readonly after: boolean;
}

/** `span` is the same speech going on after `previous`'s tag, in the same paragraph: `"…," Tobias said. "…"`. */
function continuesAfterTag(model: StoryModel, previous: DialogueSpan, tag: Tag, span: DialogueSpan): boolean {
	if (!tag.verb || !tag.after || previous.speaker !== span.speaker) {
		return false;
	}
	const block = model.blocks[indexAtOrBefore(model.blocks, span.start)];
	if (!block || previous.start < block.start) {
		return false;
	}
	// Only the tag's own sentence lies between: `Mara looked away.` after it is narration, and the next quote is new.
	const between = block.analysis.text.slice(previous.end - block.start, span.start - block.start);
	const tagEnd = nextStop(between, 0);
	return between.slice(tagEnd).trim() === '';
}

/** The verb of speech beside a quote in its paragraph (after it first, else before), and an adverb after it. */
function tagOf(model: StoryModel, span: DialogueSpan): Tag {
	const block = model.blocks[indexAtOrBefore(model.blocks, span.end - 1)];
	if (!block) {
		return { verb: undefined, adverb: undefined, after: false };
	}
	const text = block.analysis.text;
	const quoteEnd = span.end - block.start;
	const quoteStart = Math.max(0, span.start - block.start);
	// After the quote, up to the next quote or the sentence's end.
	const after = text.slice(quoteEnd, nextStop(text, quoteEnd));
	const words = [...after.matchAll(WORD)].slice(0, WORDS_BESIDE).map(match => match[0]);
	let found = verbIn(words, true);
	// Before the quote, a tag leads into it (`Ida said, "…"`, `Ida said:`); `Felix pointed. "…"` is no tag.
	if (!found && /[,:]\s*$/.test(text.slice(Math.max(0, quoteStart - 4), quoteStart))) {
		const before = text.slice(Math.max(0, previousStop(text, quoteStart)), quoteStart);
		found = verbIn(
			[...before.matchAll(WORD)].slice(-WORDS_BESIDE).map(match => match[0]),
			false,
		);
	}
	return found ?? { verb: undefined, adverb: undefined, after: false };
}

function verbIn(words: readonly string[], after: boolean): Tag | undefined {
	for (let index = 0; index < words.length; index++) {
		const word = words[index].toLowerCase();
		if (isReportingVerb(word)) {
			// `said softly`, `said Karen softly`.
			const adverb = words
				.slice(index + 1, index + 3)
				.map(next => next.toLowerCase())
				.find(next => next.length > 3 && next.endsWith('ly') && !isReportingVerb(next));
			return { verb: word, adverb, after };
		}
	}
	return undefined;
}

/** The end of the narration after a quote: another quote mark or the sentence's end. */
function nextStop(text: string, from: number): number {
	// Single marks are left out: `Karen's` would end the narration at its apostrophe.
	const stop = text.slice(from).search(/["“”„«»—]|[.!?;](?:\s|$)/u);
	return stop < 0 ? text.length : from + stop + 1;
}

/** The start of the narration before a quote: the sentence's start or the last quote mark. */
function previousStop(text: string, to: number): number {
	const before = text.slice(0, to);
	const marks = [...before.matchAll(/["“”„«»—]|[.!?;]\s/gu)];
	// The quote's own opening mark is the last one; the one before it bounds the narration.
	const bound = marks.length >= 2 ? marks[marks.length - 2] : undefined;
	return bound ? bound.index + bound[0].length : 0;
}

function newTally(): DialogueTags {
	return { lines: 0, said: 0, asked: 0, otherVerbs: {}, adverbs: {}, untagged: 0, examples: { said: [], asked: [], other: [], adverb: [], untagged: [] } };
}

function count(tally: DialogueTags, tag: Tag, example: TagExample): void {
	const mutable = tally as { -readonly [key in keyof DialogueTags]: DialogueTags[key] };
	const examples = tally.examples as Record<TagKind, TagExample[]>;
	const keep = (kind: TagKind) => examples[kind].length < MAX_EXAMPLES && examples[kind].push(example);
	mutable.lines++;
	if (!tag.verb) {
		mutable.untagged++;
		keep('untagged');
	} else if (tag.verb === 'said' || tag.verb === 'says' || tag.verb === 'say') {
		mutable.said++;
		keep('said');
	} else if (tag.verb === 'asked' || tag.verb === 'asks' || tag.verb === 'ask') {
		mutable.asked++;
		keep('asked');
	} else {
		const others = tally.otherVerbs as Record<string, number>;
		others[tag.verb] = (others[tag.verb] ?? 0) + 1;
		keep('other');
	}
	if (tag.adverb) {
		const adverbs = tally.adverbs as Record<string, number>;
		adverbs[tag.adverb] = (adverbs[tag.adverb] ?? 0) + 1;
		keep('adverb');
	}
}
