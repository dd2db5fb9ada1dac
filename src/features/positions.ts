// The one place core offsets become editor positions and back.

import * as vscode from 'vscode';
import { TextRange } from '../core';

export function toRange(document: vscode.TextDocument, range: TextRange): vscode.Range {
	return new vscode.Range(document.positionAt(range.start), document.positionAt(range.end));
}

export function toTextRange(document: vscode.TextDocument, range: vscode.Range): TextRange {
	return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}
