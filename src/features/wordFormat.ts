// How counts read to a writer: grouped digits in the editor's language.

import * as vscode from 'vscode';

export function formatCount(count: number): string {
	return count.toLocaleString(vscode.env.language || 'en');
}

export function formatWords(count: number): string {
	return `${formatCount(count)} ${count === 1 ? 'word' : 'words'}`;
}
