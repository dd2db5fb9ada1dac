// The Scenes view in the Dramatis sidebar: the manuscript's files ▸ parts ▸ chapters ▸ scenes, each with
// its words (and, once the cast is known, who is in it). It follows the cursor, selecting the scene being
// written, and a click jumps to a scene. With no manuscript in the workspace it shows the story being edited.

import * as vscode from 'vscode';
import { Chapter, indexAtOrBefore, LineIndex, Scene } from '../../core';
import { ManuscriptService } from '../services/manuscriptService';
import { SceneCasting } from '../services/sceneCasting';
import { Delayer } from '../util/delayer';
import { escapeMarkdown } from '../util/markdownText';
import { StoryModelService } from '../services/modelService';
import { toPositionIn } from '../util/positions';
import { formatWords } from '../statistics/wordFormat';

/** One story file as the view shows it. */
interface ViewFile {
	readonly uri: vscode.Uri;
	readonly path: string;
	readonly words: number;
	readonly chapters: readonly Chapter[];
	readonly scenes: readonly Scene[];
	readonly positionAt: (offset: number) => vscode.Position;
}

type SceneTreeNode =
	| { readonly kind: 'file'; readonly id: string; readonly file: ViewFile }
	| { readonly kind: 'chapter'; readonly id: string; readonly file: ViewFile; readonly chapter: Chapter; readonly parent: SceneTreeNode | undefined }
	| { readonly kind: 'scene'; readonly id: string; readonly file: ViewFile; readonly scene: Scene; readonly parent: SceneTreeNode | undefined };

/** A file's nodes, built once per refresh so that reveal and getChildren hand VS Code the same objects. */
interface FileNodes {
	readonly top: SceneTreeNode[];
	readonly children: Map<SceneTreeNode, SceneTreeNode[]>;
	readonly chapters: SceneTreeNode[];
	readonly scenes: SceneTreeNode[];
}

const REFRESH_DELAY_MS = 200;
const FOLLOW_DELAY_MS = 120;
/** Reveals of the scene at the cursor tried before the view gives up until the cursor or the view next changes. */
const MAX_FOLLOW_TRIES = 5;

export function registerScenesView(models: StoryModelService, manuscripts: ManuscriptService, casting: SceneCasting): vscode.Disposable {
	const tree = new ScenesTree(models, manuscripts, casting);
	const view = vscode.window.createTreeView('dramatis.scenes', { treeDataProvider: tree, showCollapseAll: true });
	// A reveal can end without the row selected: refused, or made while the workbench was still fetching the
	// tree's rows after a refresh. Nothing else may come to move the cursor or refresh the view, so the
	// follow is tried again, a few times, until the row is selected.
	let followTries = 0;
	const followAgain = () => ++followTries < MAX_FOLLOW_TRIES && following.debounce();
	const following = new Delayer(FOLLOW_DELAY_MS, () => {
		const editor = vscode.window.activeTextEditor;
		const node = editor && view.visible ? tree.nodeAt(editor.document.uri, editor.document.offsetAt(editor.selection.active)) : undefined;
		if (node && view.selection[0]?.id !== node.id) {
			view.reveal(node, { select: true, focus: false, expand: true }).then(
				() => view.selection[0]?.id !== node.id && followAgain(),
				() => followAgain(),
			);
		}
	});
	const follow = () => {
		followTries = 0;
		following.debounce();
	};
	const refreshing = new Delayer(REFRESH_DELAY_MS, () => {
		tree.refresh();
		view.description = tree.words > 0 ? formatWords(tree.words) : undefined;
		follow();
	});
	const refresh = () => refreshing.debounce();

	// Who is in each scene is worked out once the writer looks at the scenes.
	const castWhenSeen = () => view.visible && void casting.whenCast();
	refresh();
	castWhenSeen();
	return vscode.Disposable.from(
		view,
		tree,
		manuscripts.onDidChange(refresh),
		casting.onDidChange(refresh),
		models.onDidChangeModel(change => tree.showsDocumentOnly && change.document === vscode.window.activeTextEditor?.document && refresh()),
		vscode.window.onDidChangeActiveTextEditor(() => (tree.showsDocumentOnly ? refresh() : follow())),
		vscode.window.onDidChangeTextEditorSelection(event => event.textEditor === vscode.window.activeTextEditor && follow()),
		view.onDidChangeVisibility(event => event.visible && (castWhenSeen(), follow())),
		refreshing,
		following,
	);
}

class ScenesTree implements vscode.TreeDataProvider<SceneTreeNode>, vscode.Disposable {
	private readonly changeEmitter = new vscode.EventEmitter<void>();
	readonly onDidChangeTreeData = this.changeEmitter.event;
	private files: ViewFile[] = [];
	private readonly nodes = new Map<string, FileNodes>();
	private roots: SceneTreeNode[] = [];
	/** No manuscript in the workspace: the view shows the active story document alone. */
	showsDocumentOnly = false;

	constructor(
		private readonly models: StoryModelService,
		private readonly manuscripts: ManuscriptService,
		private readonly casting: SceneCasting,
	) {}

	get words(): number {
		return this.files.reduce((total, file) => total + file.words, 0);
	}

	refresh(): void {
		const manuscript = this.manuscripts.manuscript;
		this.showsDocumentOnly = manuscript.files.length === 0;
		this.files = this.showsDocumentOnly
			? this.activeDocument()
			: manuscript.files.map(file => ({ ...file, uri: vscode.Uri.parse(file.id), positionAt: linePositions(file.lines) }));
		this.nodes.clear();
		if (this.files.length === 1) {
			this.roots = this.nodesOf(this.files[0], undefined).top;
		} else {
			this.roots = this.files.map(file => ({ kind: 'file', id: `file:${file.uri.toString()}`, file }));
		}
		this.changeEmitter.fire();
	}

	/** The deepest node at `offset` in `uri`: the scene being written, or the chapter whose heading the cursor is on. */
	nodeAt(uri: vscode.Uri, offset: number): SceneTreeNode | undefined {
		const file = this.files.find(candidate => candidate.uri.toString() === uri.toString());
		if (!file) {
			return undefined;
		}
		const nodes = this.nodesOf(
			file,
			this.roots.find(root => root.kind === 'file' && root.file === file),
		);
		const scene = indexAtOrBefore(file.scenes, offset);
		const chapter = indexAtOrBefore(file.chapters, offset);
		if (chapter >= 0 && (scene < 0 || file.chapters[chapter].start > file.scenes[scene].start)) {
			return nodes.chapters[chapter];
		}
		return scene >= 0 ? nodes.scenes[scene] : undefined;
	}

	getChildren(node?: SceneTreeNode): SceneTreeNode[] {
		if (!node) {
			return this.roots;
		}
		if (node.kind === 'file') {
			return this.nodesOf(node.file, node).top;
		}
		return this.nodesOf(node.file, undefined).children.get(node) ?? [];
	}

	getParent(node: SceneTreeNode): SceneTreeNode | undefined {
		return node.kind === 'file' ? undefined : node.parent;
	}

	getTreeItem(node: SceneTreeNode): vscode.TreeItem {
		switch (node.kind) {
			case 'file': {
				const item = new vscode.TreeItem(node.file.path, vscode.TreeItemCollapsibleState.Collapsed);
				item.id = node.id;
				item.resourceUri = node.file.uri;
				item.iconPath = vscode.ThemeIcon.File;
				item.description = formatWords(node.file.words);
				item.contextValue = 'dramatis.manuscriptFile';
				return item;
			}
			case 'chapter': {
				const { chapter, file } = node;
				const item = new vscode.TreeItem(
					chapter.title,
					chapter.level === 1 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed,
				);
				item.id = node.id;
				item.iconPath = new vscode.ThemeIcon(chapter.level === 1 ? 'book' : 'bookmark');
				item.description = formatWords(chapter.words);
				item.command = openCommand(file, chapter.start);
				item.contextValue = 'dramatis.chapter';
				if ((this.nodesOf(file, undefined).children.get(node) ?? []).length === 0) {
					item.collapsibleState = vscode.TreeItemCollapsibleState.None;
				}
				return item;
			}
			case 'scene': {
				const { scene, file } = node;
				const item = new vscode.TreeItem(scene.title, vscode.TreeItemCollapsibleState.None);
				item.id = node.id;
				item.iconPath = new vscode.ThemeIcon('symbol-event');
				item.description = sceneDescription(scene);
				item.tooltip = sceneTooltip(scene);
				item.command = openCommand(file, scene.start);
				item.contextValue = 'dramatis.scene';
				return item;
			}
		}
	}

	private activeDocument(): ViewFile[] {
		const document = vscode.window.activeTextEditor?.document;
		const model = document && this.models.modelOf(document);
		if (!document || !model) {
			return [];
		}
		return [
			{
				uri: document.uri,
				path: vscode.workspace.asRelativePath(document.uri),
				words: model.words,
				chapters: model.chapters,
				scenes: this.casting.scenesOf(document, model),
				positionAt: offset => document.positionAt(offset),
			},
		];
	}

	/** Parts hold their chapters, chapters their scenes; what no chapter holds sits at the top. */
	private nodesOf(file: ViewFile, fileNode: SceneTreeNode | undefined): FileNodes {
		const key = file.uri.toString();
		const known = this.nodes.get(key);
		if (known) {
			return known;
		}
		const children = new Map<SceneTreeNode, SceneTreeNode[]>();
		const top: SceneTreeNode[] = [];
		const place = (node: SceneTreeNode, parent: SceneTreeNode | undefined) => {
			if (parent) {
				const siblings = children.get(parent) ?? [];
				siblings.push(node);
				children.set(parent, siblings);
			} else {
				top.push(node);
			}
		};
		const chapters: SceneTreeNode[] = [];
		let part: { chapter: Chapter; node: SceneTreeNode } | undefined;
		file.chapters.forEach((chapter, index) => {
			const inPart = part && chapter.level > part.chapter.level && chapter.end <= part.chapter.end ? part.node : undefined;
			const node: SceneTreeNode = { kind: 'chapter', id: `${key}#chapter${index}`, file, chapter, parent: inPart ?? fileNode };
			chapters.push(node);
			place(node, inPart);
			if (chapter.level === 1) {
				part = { chapter, node };
			}
		});
		const scenes = file.scenes.map((scene, index) => {
			const parent = scene.chapterIndex >= 0 ? chapters[scene.chapterIndex] : undefined;
			const node: SceneTreeNode = { kind: 'scene', id: `${key}#scene${index}`, file, scene, parent: parent ?? fileNode };
			place(node, parent);
			return node;
		});
		// Scenes before a part's first chapter sit with the chapters: keep each list in reading order.
		const start = (node: SceneTreeNode) => (node.kind === 'chapter' ? node.chapter.start : node.kind === 'scene' ? node.scene.start : 0);
		for (const list of [top, ...children.values()]) {
			list.sort((a, b) => start(a) - start(b));
		}
		const built = { top, children, chapters, scenes };
		this.nodes.set(key, built);
		return built;
	}

	dispose(): void {
		this.changeEmitter.dispose();
	}
}

function linePositions(lines: LineIndex): (offset: number) => vscode.Position {
	return offset => toPositionIn(lines, offset);
}

function openCommand(file: ViewFile, offset: number): vscode.Command {
	const position = file.positionAt(offset);
	return { command: 'vscode.open', title: 'Go to Scene', arguments: [file.uri, { selection: new vscode.Range(position, position) }] };
}

/** Words, whose eyes the scene is told through, and who else is in it. */
function sceneDescription(scene: Scene): string {
	const others = scene.characters.filter(name => name !== scene.pointOfView).slice(0, 3);
	return [formatWords(scene.words), ...(scene.pointOfView ? [`POV ${scene.pointOfView}`] : []), ...(others.length > 0 ? [others.join(', ')] : [])].join(' · ');
}

function sceneTooltip(scene: Scene): vscode.MarkdownString {
	const tooltip = new vscode.MarkdownString();
	tooltip.appendMarkdown(`**${escapeMarkdown(scene.title)}** · ${formatWords(scene.words)}`);
	if (scene.words > 0) {
		tooltip.appendMarkdown(` · ${Math.round((100 * scene.dialogueWords) / scene.words)}% dialogue`);
	}
	if (scene.pointOfView) {
		tooltip.appendMarkdown(`\n\nPoint of view: ${escapeMarkdown(scene.pointOfView)}`);
	}
	if (scene.characters.length > 0) {
		tooltip.appendMarkdown(`\n\nIn the scene: ${escapeMarkdown(scene.characters.join(', '))}`);
	}
	tooltip.appendMarkdown(`\n\n*${escapeMarkdown(scene.firstLine)}*`);
	return tooltip;
}
