// Go to Symbol in Workspace (Ctrl+T) across the manuscript: chapters by title, scenes by title, by their
// first line or by who is in them. VS Code filters what it shows by the symbol's name, so a scene's name
// carries its first line and its characters after its title; its point of view goes with its chapter.

import * as vscode from 'vscode';
import { ManuscriptChapter, ManuscriptFile, ManuscriptScene } from '../../core';
import { ManuscriptService } from '../services/manuscriptService';
import { SceneCasting } from '../services/sceneCasting';
import { toRangeIn } from '../util/positions';

/** Enough for any search a writer types; VS Code narrows further as they type. */
const MAX_SYMBOLS = 500;

export function registerWorkspaceSymbols(manuscripts: ManuscriptService, casting: SceneCasting): vscode.Disposable {
	return vscode.languages.registerWorkspaceSymbolProvider({
		async provideWorkspaceSymbols(query, token) {
			await casting.whenCast();
			const manuscript = await manuscripts.whenIndexed();
			if (token.isCancellationRequested) {
				return [];
			}
			const chapters = manuscript.findChapters(query, MAX_SYMBOLS).map(chapterSymbol);
			const scenes = manuscript.findScenes(query, MAX_SYMBOLS - chapters.length).map(sceneSymbol);
			return [...chapters, ...scenes];
		},
	});
}

function chapterSymbol({ file, chapter }: ManuscriptChapter): vscode.SymbolInformation {
	// Headings, as in the Outline: not code’s namespaces and classes.
	const kind = vscode.SymbolKind.String;
	return new vscode.SymbolInformation(chapter.title, kind, file.path, locationOf(file, chapter.headingRange));
}

function sceneSymbol({ file, scene, chapter }: ManuscriptScene): vscode.SymbolInformation {
	const name = [
		scene.firstLine ? `${scene.title} — ${scene.firstLine}` : scene.title,
		...(scene.characters.length > 0 ? [scene.characters.join(', ')] : []),
	].join(' · ');
	const container = [scene.pointOfView && `POV ${scene.pointOfView}`, chapter?.title, file.path].filter(Boolean).join(' · ');
	return new vscode.SymbolInformation(name, vscode.SymbolKind.Event, container, locationOf(file, { start: scene.start, end: scene.start }));
}

function locationOf(file: ManuscriptFile, range: { start: number; end: number }): vscode.Location {
	return new vscode.Location(vscode.Uri.parse(file.id), toRangeIn(file.lines, range));
}
