// What `npm start` opens: a copy of samples/ the writer may edit freely (the repository's tracked samples stay
// as they are), with the Dramatis sidebar set to show as the window opens, and the address that opens it with its
// first chapter in the editor.
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheRoot, repoRoot } from './paths.mjs';

/**
 * The copy of samples/ under .vscode-test/, made on the first start and kept afterwards, so a writer's
 * edits last from one try to the next; delete it to start again from the samples.
 */
export function startWorkspace(root = join(cacheRoot, 'start-samples')) {
	if (!existsSync(root)) {
		cpSync(join(repoRoot, 'samples'), root, { recursive: true });
	}
	// The Dramatis sidebar shown from the start, beside the first chapter (unless the writer has settings of their own there).
	const settings = join(root, '.vscode', 'settings.json');
	if (!existsSync(settings)) {
		mkdirSync(join(root, '.vscode'), { recursive: true });
		writeFileSync(settings, `${JSON.stringify({ 'dramatis.sidebar.showOnOpen': true }, null, '\t')}\n`);
	}
	const first = readdirSync(root)
		.filter(name => /\.(story|txt|md)$/i.test(name))
		.sort()[0];
	return { folder: root, firstFile: first && join(root, first) };
}

/** The workbench's address for `folder`, opening `file` in the editor (VS Code for the web's `openFile` payload). */
export function startUrl(baseUrl, folder, file) {
	const url = new URL(baseUrl);
	url.searchParams.set('folder', folder);
	if (file) {
		url.searchParams.set('payload', JSON.stringify([['openFile', `vscode-remote://${url.host}${file}`]]));
	}
	return url.toString();
}
