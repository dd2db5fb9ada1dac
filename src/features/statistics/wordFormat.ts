// How counts read to a writer: grouped digits in the editor's language.

import * as vscode from 'vscode';

export function formatCount(count: number): string {
	return count.toLocaleString(vscode.env.language || 'en');
}

export function formatWords(count: number): string {
	return `${formatCount(count)} ${count === 1 ? 'word' : 'words'}`;
}

/** A formatter made once, for counts shown on every keystroke (toLocaleString builds one per call). */
export function countFormatter(): (count: number) => string {
	const format = new Intl.NumberFormat(vscode.env.language || 'en');
	return count => format.format(count);
}
