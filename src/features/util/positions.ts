// The one place core offsets become editor positions and back: through an open document, or through
// the line index the manuscript keeps for files that are not open.

import * as vscode from 'vscode';
import { LineIndex, TextRange } from '../../core';
import { StoryLines } from './storyLines';

export function toRange(document: vscode.TextDocument, range: TextRange): vscode.Range {
	return new vscode.Range(document.positionAt(range.start), document.positionAt(range.end));
}

export function toTextRange(document: vscode.TextDocument, range: vscode.Range): TextRange {
	return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}

/** An open document's lines, for the pure functions that give offsets and line numbers. */
export function documentLines(document: vscode.TextDocument): StoryLines {
	return {
		lineOf: offset => document.positionAt(offset).line,
		lineRange: line => toTextRange(document, document.lineAt(line).range),
	};
}

/** The parts of `range` on each line it covers, without line breaks; empty parts are left out. */
export function lineRanges(document: vscode.TextDocument, range: TextRange): vscode.Range[] {
	const start = document.positionAt(range.start);
	const end = document.positionAt(range.end);
	if (start.line === end.line) {
		return start.isEqual(end) ? [] : [new vscode.Range(start, end)];
	}
	const ranges: vscode.Range[] = [];
	for (let line = start.line; line <= end.line; line++) {
		const text = document.lineAt(line).range;
		const from = line === start.line ? start : text.start;
		const to = line === end.line ? end : text.end;
		if (from.isBefore(to)) {
			ranges.push(new vscode.Range(from, to));
		}
	}
	return ranges;
}

export function toPositionIn(lines: LineIndex, offset: number): vscode.Position {
	const { line, character } = lines.positionAt(offset);
	return new vscode.Position(line, character);
}

export function toRangeIn(lines: LineIndex, range: TextRange): vscode.Range {
	return new vscode.Range(toPositionIn(lines, range.start), toPositionIn(lines, range.end));
}
