// The dialogue tags as the Statistics panel reads them, for one document or the whole manuscript: the
// table of each speaker's tags and, when the writer picks a cell, the lines behind it. Worked out only
// when the panel is drawn where the writer can see it, from the cast the cast service already has, and
// kept until the story or the cast changes: never on a keystroke.

import * as vscode from 'vscode';
import { Cast, dialogueTags, DialogueTags, dialogueTagTable, DialogueTagTable, StoryModel, TagExample, tagExampleText } from '../../core';
import { CastService, ManuscriptCast } from '../services/castService';
import { ManuscriptStory, storyOfDocument } from '../services/manuscriptStories';

/** A cell of the tags table: which of a speaker's lines it counts. */
export type TagCell = 'saidAsked' | 'other' | 'adverb' | 'untagged';

export function isTagCell(cell: unknown): cell is TagCell {
	return cell === 'saidAsked' || cell === 'other' || cell === 'adverb' || cell === 'untagged';
}

/** A line behind a cell, and where it is. */
export interface TagExamplePlace {
	readonly story: ManuscriptStory;
	readonly quote: TagExample;
	/** Its paragraph, cut around the quote when long. */
	readonly text: string;
}

/** What the panel has of the tags it shows. */
export interface FoundTags {
	readonly table: DialogueTagTable;
	/** The lines behind `cell` of `character`'s row (undefined: the whole book's), in reading order, and how many it counts. */
	examples(character: string | undefined, cell: TagCell): { readonly total: number; readonly places: readonly TagExamplePlace[] };
}

export class StatisticsTags implements vscode.Disposable {
	/** Each document's cast as last found, and the tags of its model under that cast. */
	private readonly documents = new WeakMap<
		vscode.TextDocument,
		{ cast: Cast; generation: number; found?: { model: StoryModel; cast: Cast; tags: FoundTags } }
	>();
	private manuscript: { source: ManuscriptCast; tags: FoundTags } | undefined;
	private generation = 0;
	private readonly listener: vscode.Disposable;

	constructor(private readonly casts: CastService) {
		this.listener = casts.onDidChangeCast(() => this.generation++);
	}

	/**
	 * The tags of `document`; undefined until its cast has first been found. They are worked out again when
	 * its cast is (a moment after the writer stops typing; for a long document once the cast service has
	 * found it again), or for `model` as it is now when `current` (a writer's click, whose places must be right).
	 */
	ofDocument(document: vscode.TextDocument, model: StoryModel, { current = false } = {}): FoundTags | undefined {
		let known = this.documents.get(document);
		// The cast is looked for again only once the cast service says it changed, as the presence grid does;
		// meanwhile the last one names the speakers of the model as it is now.
		if (!known || known.generation !== this.generation) {
			const ready = this.casts.readyCastOf(document);
			if (ready) {
				known = { cast: ready.cast, generation: this.generation, found: known?.found };
				this.documents.set(document, known);
			}
		}
		if (!known) {
			return undefined;
		}
		if (!known.found || known.found.cast !== known.cast || (current && known.found.model !== model)) {
			known.found = { model, cast: known.cast, tags: foundTags([storyOfDocument(document, model)], known.cast) };
		}
		return known.found.tags;
	}

	/** The tags of the whole manuscript, under its cast. */
	async ofManuscript(): Promise<FoundTags> {
		const source = await this.casts.manuscriptCast();
		if (this.manuscript?.source !== source) {
			this.manuscript = { source, tags: foundTags(source.stories, source.cast) };
		}
		return this.manuscript.tags;
	}

	dispose(): void {
		this.listener.dispose();
	}
}

function foundTags(stories: readonly ManuscriptStory[], cast: Cast): FoundTags {
	const tags = dialogueTags(
		stories.map(story => story.model),
		cast,
	);
	return {
		table: dialogueTagTable(tags, cast),
		examples: (character, cell) => {
			const index = character === undefined ? -1 : cast.characters.findIndex(candidate => candidate.name === character);
			const tally = index >= 0 ? tags.characters[index] : character === undefined ? tags.book : undefined;
			if (!tally) {
				return { total: 0, places: [] };
			}
			const quotes = examplesOf(tally, cell).sort((a, b) => a.story - b.story || a.start - b.start);
			return {
				total: countOf(tally, cell),
				places: quotes.map(quote => ({ story: stories[quote.story], quote, text: tagExampleText(stories[quote.story].model, quote) })),
			};
		},
	};
}

function examplesOf(tally: DialogueTags, cell: TagCell): TagExample[] {
	const { examples } = tally;
	switch (cell) {
		case 'saidAsked':
			return [...examples.said, ...examples.asked];
		case 'other':
			return [...examples.other];
		case 'adverb':
			return [...examples.adverb];
		case 'untagged':
			return [...examples.untagged];
	}
}

function countOf(tally: DialogueTags, cell: TagCell): number {
	const sum = (counts: Readonly<Record<string, number>>) => Object.values(counts).reduce((total, count) => total + count, 0);
	switch (cell) {
		case 'saidAsked':
			return tally.said + tally.asked;
		case 'other':
			return sum(tally.otherVerbs);
		case 'adverb':
			return sum(tally.adverbs);
		case 'untagged':
			return tally.untagged;
	}
}
