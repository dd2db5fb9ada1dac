// A scene as the walk adds its paragraphs to it: its counts so far, and the Scene it makes once a chapter
// heading, a scene break or matter closes it, with its first line and a first guess at its point of view.

import { Block } from './types';
import { Scene } from '../model';
import { guessPointOfView } from '../structure/pointOfView';

export class SceneInProgress {
	private readonly start: number;
	private end: number;
	private words = 0;
	private dialogueWords = 0;
	private narrationWords = 0;
	private firstPersonWords = 0;

	constructor(
		private readonly title: string,
		private readonly chapterIndex: number,
		private readonly firstBlock: Block,
	) {
		this.start = firstBlock.start;
		this.end = firstBlock.end;
	}

	add(block: Block): void {
		this.end = block.end;
		this.words += block.analysis.words;
		this.dialogueWords += block.analysis.dialogueWords;
		this.narrationWords += block.analysis.words - block.analysis.dialogueWords;
		this.firstPersonWords += block.analysis.firstPerson;
	}

	/** The scene, its characters left for the cast to fill in. */
	close(): Scene {
		const { title, chapterIndex, start, end, words, dialogueWords, narrationWords, firstPersonWords } = this;
		return {
			title,
			chapterIndex,
			start,
			end,
			words,
			dialogueWords,
			firstLine: firstLine(this.firstBlock.analysis.text),
			characters: NO_CHARACTERS,
			pointOfView: guessPointOfView({ words: narrationWords, firstPerson: firstPersonWords }),
			narrationWords,
			firstPersonWords,
		};
	}
}

const MAX_FIRST_LINE = 80;
/** Shared by every scene until the cast is known: nothing to allocate on each keystroke. */
const NO_CHARACTERS: readonly string[] = Object.freeze([]);

function firstLine(paragraph: string): string {
	const newline = paragraph.indexOf('\n');
	const carriageReturn = paragraph.indexOf('\r');
	const lineEnd = carriageReturn >= 0 && (newline < 0 || carriageReturn < newline) ? carriageReturn : newline;
	const line = (lineEnd < 0 ? paragraph : paragraph.slice(0, lineEnd)).trim();
	return line.length > MAX_FIRST_LINE ? `${line.slice(0, MAX_FIRST_LINE - 1).trimEnd()}…` : line;
}
