// Assembles paragraph analyses into the story's shape: which text is the book (not licence or
// front matter), its chapters and scenes with their counts, and its dialogue. Runs on every
// edit, so it only walks the paragraph list and never reads the text itself.

import { Block, Chapter, DialogueSpan, Scene, StoryModel } from './model';
import { AnalysisOptions } from './options';
import { TextRange } from './range';

export function assembleStory(length: number, blocks: readonly Block[], options: AnalysisOptions): StoryModel {
	const body = storyBody(blocks, length);
	const chapters: MutableChapter[] = [];
	const scenes: Scene[] = [];
	const dialogue: DialogueSpan[] = [];
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
			closeScene();
			closeChapters(heading.level, lastBodyEnd);
			openChapters.push(chapters.length);
			chapters.push({ title: heading.title, level: heading.level, start: block.start, end: block.end, headingRange: { start: block.start, end: block.end }, words: 0 });
			sceneNumber = 0;
			pendingSceneTitle = undefined;
		} else if (heading?.kind === 'sceneBreak') {
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
			addDialogue(dialogue, block, blocks[index + 1]);
		}
		words += block.analysis.words;
		for (const chapterIndex of openChapters) {
			chapters[chapterIndex].words += block.analysis.words;
		}
		lastBodyEnd = block.end;
	}
	closeScene();
	closeChapters(0, lastBodyEnd);

	return { options, length, blocks, words, body: { start: body.start, end: body.end }, chapters, scenes, dialogue };
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

/** Speech left open at a paragraph's end carries on when the next paragraph opens with a quote. */
function addDialogue(dialogue: DialogueSpan[], block: Block, next: Block | undefined): void {
	const spans = block.analysis.quotes;
	for (let index = 0; index < spans.length; index++) {
		const span = spans[index];
		const continued = !span.closed && index === spans.length - 1 && next !== undefined && next.analysis.opensWithQuote;
		dialogue.push({ start: block.start + span.start, end: block.start + span.end, closed: span.closed || continued });
	}
}

const MAX_FIRST_LINE = 80;

function firstLine(paragraph: string): string {
	const lineEnd = paragraph.search(/[\r\n]/);
	const line = (lineEnd < 0 ? paragraph : paragraph.slice(0, lineEnd)).trim();
	return line.length > MAX_FIRST_LINE ? `${line.slice(0, MAX_FIRST_LINE - 1).trimEnd()}…` : line;
}
