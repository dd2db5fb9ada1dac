// How the cast reads to a writer, the same in the Cast view, the pickers and the hover: counts
// (`42 mentions · 12 lines`), where a scene is (`Chapter 1 › Scene 2`), and a line around a name.

import * as vscode from 'vscode';
import { Character, StoryModel, TextRange } from '../core';
import { formatCount } from './wordFormat';

export function describeCounts(character: Character): string {
	const mentions = `${formatCount(character.mentions)} ${character.mentions === 1 ? 'mention' : 'mentions'}`;
	return `${mentions} · ${formatCount(character.lines)} ${character.lines === 1 ? 'line' : 'lines'}`;
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

const PREVIEW_CHARS = 90;

/** The line holding `range`, cut to about ninety characters around it, with where the name is in it. */
export function linePreview(document: vscode.TextDocument, range: TextRange): { text: string; highlight: [number, number] } {
	const start = document.positionAt(range.start);
	const line = document.lineAt(start.line).text;
	const nameStart = start.character;
	const nameEnd = Math.min(line.length, nameStart + (range.end - range.start));
	let from = Math.max(0, nameStart - Math.floor((PREVIEW_CHARS - (nameEnd - nameStart)) / 2));
	const to = Math.min(line.length, from + PREVIEW_CHARS);
	from = Math.max(0, Math.min(from, to - PREVIEW_CHARS));
	const lead = from > 0 ? '…' : '';
	const raw = line.slice(from, to);
	const trimmed = raw.trimStart();
	const cut = raw.length - trimmed.length;
	const text = `${lead}${trimmed.trimEnd()}${to < line.length ? '…' : ''}`;
	const offset = lead.length - from - cut;
	return { text, highlight: [Math.max(0, nameStart + offset), Math.max(0, nameEnd + offset)] };
}
