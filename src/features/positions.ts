// The one place core offsets become editor positions and back: through an open document, or through
// the line index the manuscript keeps for files that are not open.

import * as vscode from 'vscode';
import { LineIndex, TextRange } from '../core';

export function toRange(document: vscode.TextDocument, range: TextRange): vscode.Range {
	return new vscode.Range(document.positionAt(range.start), document.positionAt(range.end));
}

export function toTextRange(document: vscode.TextDocument, range: vscode.Range): TextRange {
	return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}

export function toPositionIn(lines: LineIndex, offset: number): vscode.Position {
	const { line, character } = lines.positionAt(offset);
	return new vscode.Position(line, character);
}

export function toRangeIn(lines: LineIndex, range: TextRange): vscode.Range {
	return new vscode.Range(toPositionIn(lines, range.start), toPositionIn(lines, range.end));
}
