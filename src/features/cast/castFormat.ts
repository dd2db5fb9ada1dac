// How the cast reads to a writer, the same in the Cast view, the pickers and the hover: counts
// (`42 mentions · 12 lines`), where a scene is (`Chapter 1 › Scene 2`), and a line around a name.

import * as vscode from 'vscode';
import { Character, StoryModel, TextRange } from '../../core';
import { formatCount } from '../statistics/wordFormat';

export function describeCounts(character: Character): string {
	const mentions = `${formatCount(character.mentions)} ${character.mentions === 1 ? 'mention' : 'mentions'}`;
	return `${mentions} · ${formatCount(character.lines)} ${character.lines === 1 ? 'line' : 'lines'}`;
}

/**
 * Whether the prose names the character anywhere: a character the book knows only by a role (`said the
 * ferryman`) speaks, but has no name on the page to rename or to go to.
 */
export function isNamedInProse(character: Character): boolean {
	return character.appearances.length > 0;
}

/** `Chapter 1 › Scene 2`, or `Scene 2` outside chapters. */
export function sceneTitle(model: StoryModel, scene: number): string {
	const found = model.scenes[scene];
	if (!found) {
		return 'Outside any scene';
	}
	const chapter = model.chapters[found.chapterIndex];
	return chapter ? `${chapter.title} › ${found.title}` : found.title;
}

/** The file's name in a workspace-relative path's last part: `02-the-teeth.story`. */
export function fileName(uri: vscode.Uri): string {
	return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

const PREVIEW_CHARS = 100;
/** Of the preview, at most this much comes before the name, so a narrow sidebar still shows it. */
const LEAD_CHARS = 24;

/** The line holding `range`, from a few words before the name, with where the name is in it. */
export function linePreview(document: vscode.TextDocument, range: TextRange): { text: string; highlight: [number, number] } {
	const start = document.positionAt(range.start);
	const line = document.lineAt(start.line).text;
	const nameStart = start.character;
	const nameEnd = Math.min(line.length, nameStart + (range.end - range.start));
	let from = Math.max(0, nameStart - LEAD_CHARS);
	// Start at a word, not inside one.
	if (from > 0) {
		const space = line.indexOf(' ', from);
		from = space >= 0 && space < nameStart ? space + 1 : nameStart;
	}
	while (from < nameStart && /\s/.test(line[from])) {
		from++;
	}
	const to = Math.min(line.length, Math.max(nameEnd, from + PREVIEW_CHARS));
	const lead = from > 0 ? '…' : '';
	const text = `${lead}${line.slice(from, to).trimEnd()}${to < line.length ? '…' : ''}`;
	const offset = lead.length - from;
	return { text, highlight: [nameStart + offset, nameEnd + offset] };
}
