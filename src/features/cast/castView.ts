// The Cast view in the Dramatis sidebar: the characters of this document or of the whole manuscript, each
// `42 mentions · 12 lines`, sorted by mentions, name or first appearance; a character opens into the scenes
// they are in, a scene into each appearance with its line; a click reveals and selects the name.

import * as vscode from 'vscode';
import { Commands, InternalCommands } from '../commands';
import { Disposable } from '../util/dispose';
import { Appearance, Cast, Character } from '../../core';
import { describeCounts, fileName, isNamedInProse, linePreview, sceneTitle } from './castFormat';
import { CastService } from '../services/castService';
import { ManuscriptStory, storyOfDocument } from '../services/manuscriptStories';
import { escapeMarkdown } from '../util/markdownText';
import { StoryModelService } from '../services/modelService';
import { toRange } from '../util/positions';

export type CastScope = 'document' | 'manuscript';
export type CastOrder = 'mentions' | 'name' | 'first';

interface Shown {
	readonly stories: readonly ManuscriptStory[];
	readonly cast: Cast;
}

type CastNode =
	| { readonly kind: 'character'; readonly character: Character; readonly shown: Shown; readonly id: string }
	| { readonly kind: 'scene'; readonly character: Character; readonly story: number; readonly scene: number; readonly mentions: number; readonly shown: Shown }
	| { readonly kind: 'appearance'; readonly appearance: Appearance; readonly shown: Shown };

/** A tree row as the writer sees it, for tests and other extensions. */
export interface CastViewRow {
	readonly label: string;
	readonly description: string;
	/** What the row's context menu is chosen by: `character`, or `unnamedCharacter` for one known only by a role. */
	readonly contextValue?: string;
	readonly children?: readonly CastViewRow[];
}

export class CastView extends Disposable implements vscode.TreeDataProvider<CastNode> {
	private readonly changeEmitter = this.register(new vscode.EventEmitter<CastNode | undefined>());
	private readonly treeView: vscode.TreeView<CastNode>;
	private scope: CastScope = 'document';
	private order: CastOrder = 'mentions';
	/** The story editor the view follows, kept while focus is in the sidebar. */
	private document: vscode.TextDocument | undefined;
	private stale = false;

	readonly onDidChangeTreeData = this.changeEmitter.event;

	constructor(
		private readonly casts: CastService,
		private readonly models: StoryModelService,
	) {
		super();
		this.treeView = vscode.window.createTreeView('dramatis.cast', { treeDataProvider: this, showCollapseAll: true });
		this.followEditor(vscode.window.activeTextEditor);
		void this.setContext();
		this.registerAll(
			this.treeView,
			this.treeView.onDidChangeVisibility(() => this.stale && this.refresh()),
			vscode.window.onDidChangeActiveTextEditor(editor => this.followEditor(editor) && this.scope === 'document' && this.refresh()),
			casts.onDidChangeCast(() => this.refresh()),
			vscode.commands.registerCommand(Commands.castShowDocument, () => this.setScope('document')),
			vscode.commands.registerCommand(Commands.castShowManuscript, () => this.setScope('manuscript')),
			vscode.commands.registerCommand(Commands.castSortByMentions, () => this.setOrder('mentions')),
			vscode.commands.registerCommand(Commands.castSortByName, () => this.setOrder('name')),
			vscode.commands.registerCommand(Commands.castSortByFirstAppearance, () => this.setOrder('first')),
			vscode.commands.registerCommand(InternalCommands.revealAppearance, (uri: vscode.Uri, range: vscode.Range) => revealAppearance(uri, range)),
		);
	}

	getTreeItem(node: CastNode): vscode.TreeItem | Thenable<vscode.TreeItem> {
		if (node.kind === 'character') {
			const named = isNamedInProse(node.character);
			// One known only by a role has no appearances to list under it.
			const item = new vscode.TreeItem(node.character.name, named ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
			item.id = node.id;
			item.description = describeCounts(node.character);
			item.iconPath = new vscode.ThemeIcon(node.character.declared ? 'person-add' : 'person');
			// A character known only by a role has nothing to rename or go to: its menu leaves those out.
			item.contextValue = named ? 'character' : 'unnamedCharacter';
			item.tooltip = characterTooltip(node.character, node.shown);
			return item;
		}
		if (node.kind === 'scene') {
			const { model, uri } = node.shown.stories[node.story];
			const title = sceneTitle(model, node.scene);
			const item = new vscode.TreeItem(this.scope === 'manuscript' ? `${fileName(uri)} › ${title}` : title, vscode.TreeItemCollapsibleState.Collapsed);
			item.description = `${node.mentions} ${node.mentions === 1 ? 'mention' : 'mentions'}`;
			item.iconPath = new vscode.ThemeIcon('symbol-event');
			return item;
		}
		return this.appearanceItem(node);
	}

	async getChildren(node?: CastNode): Promise<CastNode[]> {
		if (!node) {
			this.stale = false;
			const shown = await this.shown();
			this.treeView.message = this.emptyMessage(shown);
			// Ids by name keep a character open across refreshes; a name shown twice gets a number.
			const seen = new Map<string, number>();
			return shown
				? this.sorted(shown.cast.characters).map(character => {
						const times = (seen.get(character.name) ?? 0) + 1;
						seen.set(character.name, times);
						return { kind: 'character', character, shown, id: `character:${this.scope}:${character.name}${times > 1 ? `#${times}` : ''}` };
					})
				: [];
		}
		if (node.kind === 'character') {
			return node.character.scenes.map(({ story, scene, mentions }) => ({
				kind: 'scene',
				character: node.character,
				story,
				scene,
				mentions,
				shown: node.shown,
			}));
		}
		if (node.kind === 'scene') {
			return node.character.appearances
				.filter(appearance => appearance.story === node.story && appearance.scene === node.scene)
				.map(appearance => ({ kind: 'appearance', appearance, shown: node.shown }));
		}
		return [];
	}

	/** The rows as shown, characters and (to `depth` levels) what they open into. */
	async rows(depth = 1, node?: CastNode): Promise<CastViewRow[]> {
		const children = await this.getChildren(node);
		return Promise.all(
			children.map(async child => {
				const item = await this.getTreeItem(child);
				const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
				const row: CastViewRow = { label, description: String(item.description ?? ''), ...(item.contextValue ? { contextValue: item.contextValue } : {}) };
				return depth > 1 ? { ...row, children: await this.rows(depth - 1, child) } : row;
			}),
		);
	}

	get currentScope(): CastScope {
		return this.scope;
	}

	/** The view's title and, beside it, what it shows: the story's file name or the whole manuscript. */
	get heading(): { title: string; description: string } {
		return { title: this.treeView.title ?? '', description: this.treeView.description ?? '' };
	}

	private async appearanceItem(node: Extract<CastNode, { kind: 'appearance' }>): Promise<vscode.TreeItem> {
		const { uri } = node.shown.stories[node.appearance.story];
		const document = await vscode.workspace.openTextDocument(uri);
		const preview = linePreview(document, node.appearance);
		const range = toRange(document, node.appearance);
		const item = new vscode.TreeItem({ label: preview.text, highlights: [preview.highlight] });
		item.description = `line ${range.start.line + 1}`;
		item.iconPath = new vscode.ThemeIcon(node.appearance.inDialogue ? 'comment' : 'symbol-text');
		item.tooltip = node.appearance.inDialogue ? 'In dialogue' : 'In narration';
		item.command = { command: InternalCommands.revealAppearance, title: 'Reveal', arguments: [uri, range] };
		return item;
	}

	private async shown(): Promise<Shown | undefined> {
		if (this.scope === 'manuscript') {
			return vscode.workspace.workspaceFolders?.length ? this.casts.manuscriptCast() : undefined;
		}
		const documentCast = this.document && (await this.casts.documentCast(this.document));
		return documentCast && { stories: [storyOfDocument(documentCast.document, documentCast.model)], cast: documentCast.cast };
	}

	private emptyMessage(shown: Shown | undefined): string | undefined {
		if (!shown) {
			return this.scope === 'manuscript' ? 'Open a folder to see the cast of its whole manuscript.' : 'Open a story to see its cast.';
		}
		return shown.cast.characters.length === 0 ? 'No characters found yet. Add them in .dramatis/cast.json.' : undefined;
	}

	private sorted(characters: readonly Character[]): Character[] {
		const list = [...characters];
		if (this.order === 'name') {
			list.sort((a, b) => a.name.localeCompare(b.name));
		} else if (this.order === 'first') {
			const place = (character: Character) => (character.first ? character.first.story * 1e12 + character.first.start : Infinity);
			list.sort((a, b) => place(a) - place(b));
		}
		return list;
	}

	/** True when the view now follows a different story. */
	private followEditor(editor: vscode.TextEditor | undefined): boolean {
		if (!editor || !this.models.isStory(editor.document) || editor.document === this.document) {
			return false;
		}
		this.document = editor.document;
		void this.setContext();
		return true;
	}

	// Choosing the scope or order already shown changes nothing, so the view is not redrawn: VS Code gives a
	// redrawn tree back the focus it held when the redraw began, which would close a picker the writer has
	// opened meanwhile.
	private setScope(scope: CastScope): void {
		if (scope === this.scope) {
			return;
		}
		this.scope = scope;
		void this.setContext();
		this.refresh();
	}

	private setOrder(order: CastOrder): void {
		if (order === this.order) {
			return;
		}
		this.order = order;
		void this.setContext();
		this.refresh();
	}

	private async setContext(): Promise<void> {
		this.treeView.title = this.scope === 'manuscript' ? 'Cast: Manuscript' : 'Cast';
		// Which story the characters are from, since the view stays on it while the writer is elsewhere.
		this.treeView.description = this.scope === 'manuscript' ? 'whole manuscript' : this.document && fileName(this.document.uri);
		await vscode.commands.executeCommand('setContext', 'dramatis.castScope', this.scope);
		await vscode.commands.executeCommand('setContext', 'dramatis.castOrder', this.order);
	}

	/** A hidden view is refreshed when it shows again, not while the writer types. */
	private refresh(): void {
		if (!this.treeView.visible) {
			this.stale = true;
			return;
		}
		this.changeEmitter.fire(undefined);
	}
}

function characterTooltip(character: Character, shown: Shown): vscode.MarkdownString {
	const tooltip = new vscode.MarkdownString();
	tooltip.appendMarkdown(`**${escapeMarkdown(character.name)}**\n\n`);
	if (character.aliases.length > 0) {
		tooltip.appendMarkdown(`Also: ${character.aliases.map(escapeMarkdown).join(', ')}\n\n`);
	}
	tooltip.appendMarkdown(`${describeCounts(character)} · ${character.scenes.length} ${character.scenes.length === 1 ? 'scene' : 'scenes'}`);
	if (!isNamedInProse(character)) {
		tooltip.appendMarkdown('\n\nKnown only by what the story calls them: no name in the prose.');
	}
	if (character.first) {
		const { uri, model } = shown.stories[character.first.story];
		tooltip.appendMarkdown(
			`\n\nFirst appears: ${escapeMarkdown(shown.stories.length > 1 ? `${fileName(uri)} › ` : '')}${escapeMarkdown(sceneTitle(model, character.first.scene))}`,
		);
	}
	return tooltip;
}

export async function revealAppearance(uri: vscode.Uri, range: vscode.Range, preserveFocus = false): Promise<void> {
	const editor = await vscode.window.showTextDocument(uri, { selection: range, preserveFocus, preview: preserveFocus });
	editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
