// Assembles paragraph analyses into the story's shape: which text is the book (not licence or
// front matter), its chapters and scenes with their counts, and its dialogue. Runs on every
// edit, so it only walks the paragraph list and never reads the text itself.

import { DialogueStyle } from './dialogue';
import { QuoteMarkCounts } from './dialogueStyle';
import { Block, Chapter, DialogueSpan, Scene, StoryModel } from './model';
import { AnalysisOptions } from './options';
import { TextRange } from './range';
import { takeTurns, TurnSequence, TurnTaking } from './turnTaking';

export function assembleStory(
	length: number,
	blocks: readonly Block[],
	options: AnalysisOptions,
	dialogueStyle: DialogueStyle,
	quoteMarks: QuoteMarkCounts,
	previousTurns?: TurnTaking,
): StoryModel {
	const body = storyBody(blocks, length);
	const chapters: MutableChapter[] = [];
	const scenes: Scene[] = [];
	// Where indented paragraphs are few, they are quotations set off from the text, not speech.
	const dialogue = new DialogueAssembly(quoteMarks.indentedParagraphs * 4 < blocks.length);
	const openChapters: number[] = [];
	let scene: SceneInProgress | undefined;
	let sceneFirstBlock: Block | undefined;
	let pendingSceneTitle: string | undefined;
	let sceneNumber = 0;
	let words = 0;

	const closeScene = () => {
		if (scene) {
			scenes.push({ ...scene, firstLine: firstLine(sceneFirstBlock!.analysis.text) });
			scene = undefined;
		}
	};
	const closeChapters = (level: number, end: number) => {
		while (openChapters.length > 0 && chapters[openChapters[openChapters.length - 1]].level >= level) {
			chapters[openChapters.pop()!].end = end;
		}
	};

	let lastBodyEnd = body.start;
	for (let index = body.firstBlock; index < body.afterLastBlock; index++) {
		const block = blocks[index];
		const { heading } = block.analysis;
		if (heading?.kind === 'chapter') {
			dialogue.addBreak();
			closeScene();
			closeChapters(heading.level, lastBodyEnd);
			openChapters.push(chapters.length);
			chapters.push({ title: heading.title, level: heading.level, start: block.start, end: block.end, headingRange: { start: block.start, end: block.end }, words: 0 });
			sceneNumber = 0;
			pendingSceneTitle = undefined;
		} else if (heading?.kind === 'sceneBreak') {
			dialogue.addBreak();
			closeScene();
			pendingSceneTitle = heading.title;
		} else {
			if (!scene) {
				sceneNumber++;
				const chapterIndex = openChapters.length > 0 ? openChapters[openChapters.length - 1] : -1;
				scene = { title: pendingSceneTitle ?? `Scene ${sceneNumber}`, chapterIndex, start: block.start, end: block.end, words: 0, dialogueWords: 0 };
				pendingSceneTitle = undefined;
				sceneFirstBlock = block;
			}
			scene.end = block.end;
			scene.words += block.analysis.words;
			scene.dialogueWords += block.analysis.dialogueWords;
			dialogue.addParagraph(block);
		}
		words += block.analysis.words;
		for (const chapterIndex of openChapters) {
			chapters[chapterIndex].words += block.analysis.words;
		}
		lastBodyEnd = block.end;
	}
	closeScene();
	closeChapters(0, lastBodyEnd);

	const { spans, turnTaking } = dialogue.finish(previousTurns);
	return { options, length, blocks, words, body: { start: body.start, end: body.end }, chapters, scenes, dialogueStyle, quoteMarks, dialogue: spans, turnTaking };
}

type MutableChapter = { -readonly [K in keyof Chapter]: Chapter[K] };
type SceneInProgress = { -readonly [K in keyof Omit<Scene, 'firstLine'>]: Scene[K] };

interface BodyBlocks extends TextRange {
	readonly firstBlock: number;
	readonly afterLastBlock: number;
}

/** The blocks between Gutenberg's START and END markers, and after any front matter. */
function storyBody(blocks: readonly Block[], length: number): BodyBlocks {
	let firstBlock = 0;
	let afterLastBlock = blocks.length;
	for (let index = 0; index < blocks.length; index++) {
		const kind = blocks[index].analysis.heading?.kind;
		if ((kind === 'gutenbergStart' || kind === 'frontMatter') && afterLastBlock === blocks.length) {
			firstBlock = index + 1;
		} else if (kind === 'gutenbergEnd' && index >= firstBlock) {
			afterLastBlock = index;
			break;
		}
	}
	const start = firstBlock > 0 ? blocks[firstBlock - 1].end : 0;
	const end = afterLastBlock < blocks.length ? blocks[afterLastBlock].start : length;
	return { start, end: Math.max(start, end), firstBlock, afterLastBlock };
}

type MutableDialogueSpan = { -readonly [K in keyof DialogueSpan]: DialogueSpan[K] };

/** A narration paragraph this short between two lines is a beat: its subject likely speaks next. */
const BEAT_WORDS = 60;

/** Narration longer than this between two turns ends an exchange: turn-taking starts over. */
const EXCHANGE_GAP_WORDS = 120;

/**
 * Gathers the paragraphs' quotes into the document's dialogue. Speech left open at a paragraph's end
 * carries on when the next paragraph opens with a quote: with the same mark it is one span across
 * both; with another (French «… then —…) the open quote counts as closed there.
 */
class DialogueAssembly {
	private readonly spans: MutableDialogueSpan[] = [];
	private readonly turns = new TurnSequence();
	/** For each turn, its spans in `spans`: from where, and how many. */
	private readonly turnSpans: number[] = [];
	private open: { span: MutableDialogueSpan; kind: string } | undefined;
	private narrationWords = 0;
	private broken = true;
	/** The person the narration paragraph just before opened on, if it was short. */
	private subject: string | undefined;

	constructor(private readonly indentedIsQuotation: boolean) {}

	addBreak(): void {
		this.open = undefined;
		this.broken = true;
		this.subject = undefined;
		this.turns.forgetMentions();
	}

	addParagraph(block: Block): void {
		const { quotes, speakers, opensWithQuote } = block.analysis;
		const open = this.open;
		this.open = undefined;
		if (quotes.length === 0 || (this.indentedIsQuotation && block.analysis.quoteMarks.indentedParagraphs > 0)) {
			this.narrationWords += block.analysis.words;
			const { openingSubject } = block.analysis;
			this.subject = block.analysis.words <= BEAT_WORDS ? openingSubject : undefined;
			if (openingSubject !== undefined) {
				this.turns.mentioned.push(openingSubject);
			}
			return;
		}
		for (const reading of speakers.turns) {
			const firstSpan = this.spans.length;
			for (let index = reading.firstQuote; index < reading.endQuote; index++) {
				const quote = quotes[index];
				const start = block.start + quote.start;
				const end = block.start + quote.end;
				if (index === 0 && open && opensWithQuote) {
					open.span.closed = true;
					if (open.kind === quote.kind) {
						open.span.end = end;
						open.span.closed = quote.closed;
						open.span.lastOpening = start;
						if (!quote.closed) {
							this.open = open;
						}
						continue;
					}
				}
				const span: MutableDialogueSpan = { start, end, closed: quote.closed, lastOpening: start };
				const own = speakers.quoteSpeakers?.[index];
				if (own !== undefined) {
					span.speaker = own;
				}
				this.spans.push(span);
				if (!quote.closed && index === quotes.length - 1) {
					this.open = { span, kind: quote.kind };
				}
			}
			if (this.spans.length > firstSpan) {
				this.turns.add(reading, this.broken || this.narrationWords > EXCHANGE_GAP_WORDS, this.subject);
				this.turnSpans.push(firstSpan, this.spans.length - firstSpan);
				this.broken = false;
				this.narrationWords = 0;
				this.subject = undefined;
			}
		}
	}

	finish(previous: TurnTaking | undefined): { spans: DialogueSpan[]; turnTaking: TurnTaking } {
		const turnTaking = takeTurns(this.turns, previous);
		turnTaking.speakers.forEach((speaker, turn) => {
			if (speaker === undefined) {
				return;
			}
			const first = this.turnSpans[2 * turn];
			const end = first + this.turnSpans[2 * turn + 1];
			for (let index = first; index < end; index++) {
				this.spans[index].speaker ??= speaker;
			}
		});
		return { spans: this.spans, turnTaking };
	}
}

const MAX_FIRST_LINE = 80;

function firstLine(paragraph: string): string {
	const lineEnd = paragraph.search(/[\r\n]/);
	const line = (lineEnd < 0 ? paragraph : paragraph.slice(0, lineEnd)).trim();
	return line.length > MAX_FIRST_LINE ? `${line.slice(0, MAX_FIRST_LINE - 1).trimEnd()}…` : line;
}
