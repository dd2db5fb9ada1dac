// Dramatis: Go to Scene… — a quick pick of every scene in the manuscript, grouped by file, each with
// its chapter, words, cast and first line. Moving through the list previews the scene in the editor;
// Escape puts the writer back where they were.

import * as vscode from 'vscode';
import { Commands } from '../commands';
import { Chapter, Scene } from '../../core';
import { sceneListRows } from './sceneListRows';
import { ManuscriptService } from '../services/manuscriptService';
import { SceneCasting } from '../services/sceneCasting';
import { StoryModelService } from '../services/modelService';
import { showSceneAt } from './sceneReveal';
import { formatWords } from '../statistics/wordFormat';

/** How long after the list fills the selection may still be passing over rows on its way to the current scene. */
const SETTLE_MS = 300;

interface SceneItem extends vscode.QuickPickItem {
	readonly uri: vscode.Uri;
	readonly start: number;
}

interface SceneSource {
	readonly uri: vscode.Uri;
	readonly path: string;
	readonly chapters: readonly Chapter[];
	readonly scenes: readonly Scene[];
}

export function registerGoToScene(models: StoryModelService, manuscripts: ManuscriptService, casting: SceneCasting): vscode.Disposable {
	return vscode.commands.registerCommand(Commands.goToScene, async () => {
		const origin = vscode.window.activeTextEditor;
		const picker = vscode.window.createQuickPick<SceneItem | vscode.QuickPickItem>();
		picker.title = 'Go to Scene';
		picker.placeholder = 'Type a scene title, chapter, character or first line';
		picker.matchOnDescription = true;
		picker.matchOnDetail = true;

		// Set once the list is filled, but read before that by onDidChangeActive: a const would throw there.
		// eslint-disable-next-line prefer-const
		let current: SceneItem | undefined;
		let accepted = false;
		let hidden = false;
		let previewing: Promise<unknown> = Promise.resolve();
		// The list opens on the scene at the cursor; previewing that one would only move the cursor.
		let previewed: vscode.QuickPickItem | undefined;
		const disposables: vscode.Disposable[] = [
			picker.onDidChangeActive(([item]) => {
				settled ||= item === current;
				if (settled && isSceneItem(item) && item !== previewed) {
					previewed = item;
					previewing = previewing.then(() => showSceneAt(item.uri, item.start, { preview: true })).catch(() => undefined);
				}
			}),
			picker.onDidAccept(async () => {
				const [item] = picker.selectedItems;
				if (!isSceneItem(item)) {
					return;
				}
				accepted = true;
				picker.hide();
				await previewing;
				await showSceneAt(item.uri, item.start);
			}),
			picker.onDidHide(async () => {
				hidden = true;
				disposables.forEach(disposable => disposable.dispose());
				picker.dispose();
				if (!accepted && origin && previewed) {
					await previewing;
					const editor = await vscode.window.showTextDocument(origin.document, { viewColumn: origin.viewColumn, selection: origin.selection });
					editor.revealRange(origin.visibleRanges[0] ?? origin.selection, vscode.TextEditorRevealType.AtTop);
				}
			}),
		];
		// On a large workspace still being read, or whose scenes' casts are still being found, the list opens
		// at once and the scenes follow; its first rows then pass under the selection before the current
		// scene is chosen, and are not previewed.
		const waiting = !manuscripts.isIndexed || !casting.isCast;
		let settled = !waiting;
		if (waiting) {
			picker.busy = true;
			picker.show();
		}
		await casting.whenCast();
		const listed = itemsOf(await sourcesFor(origin, models, manuscripts, casting), origin);
		const { items } = listed;
		if (hidden) {
			return;
		}
		current = listed.current;
		previewed = current;
		picker.items = items;
		if (current) {
			picker.activeItems = [current];
		}
		if (items.length === 0) {
			picker.placeholder = 'No scenes yet: Dramatis finds scenes in the story files of the workspace';
		}
		picker.busy = false;
		if (waiting) {
			setTimeout(() => (settled = true), SETTLE_MS);
		} else {
			picker.show();
		}
	});
}

/** The manuscript's files, and the active story document first when it is not one of them. */
async function sourcesFor(
	origin: vscode.TextEditor | undefined,
	models: StoryModelService,
	manuscripts: ManuscriptService,
	casting: SceneCasting,
): Promise<SceneSource[]> {
	const manuscript = await manuscripts.whenIndexed();
	const sources: SceneSource[] = manuscript.files.map(file => ({
		uri: vscode.Uri.parse(file.id),
		path: file.path,
		chapters: file.chapters,
		scenes: file.scenes,
	}));
	const originModel = origin && models.modelOf(origin.document);
	// A manuscript file's scenes in the index are current to the last keystroke, with their cast.
	if (origin && originModel && !manuscripts.includes(origin.document.uri)) {
		sources.unshift({
			uri: origin.document.uri,
			path: vscode.workspace.asRelativePath(origin.document.uri),
			chapters: originModel.chapters,
			scenes: casting.scenesOf(origin.document, originModel),
		});
	}
	return sources;
}

function itemsOf(
	sources: readonly SceneSource[],
	origin: vscode.TextEditor | undefined,
): { items: (SceneItem | vscode.QuickPickItem)[]; current: SceneItem | undefined } {
	const listed = sceneListRows(
		sources.map(source => ({ ...source, key: source.uri.toString() })),
		origin && { key: origin.document.uri.toString(), cursor: origin.document.offsetAt(origin.selection.active) },
		formatWords,
	);
	const items = listed.rows.map((row): SceneItem | vscode.QuickPickItem =>
		row.kind === 'file'
			? { label: row.label, kind: vscode.QuickPickItemKind.Separator }
			: { label: row.label, description: row.description, detail: row.detail, uri: sources[row.source].uri, start: row.start },
	);
	return { items, current: listed.current === undefined ? undefined : (items[listed.current] as SceneItem) };
}

function isSceneItem(item: vscode.QuickPickItem | undefined): item is SceneItem {
	return item !== undefined && 'uri' in item;
}
