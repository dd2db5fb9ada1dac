// The Statistics panel: a webview beside the editor showing the story document the writer is working on
// (it follows the active story editor) or, at the writer's choice, the whole manuscript, redrawn as they
// write. The page is our own bundled script and stylesheet under a nonce CSP; it receives numbers and
// names as data and builds its DOM from text. Messages back: `ready`, `revealScene` (a bar or cell was
// chosen), `export` (a button was pressed), `scope` (this file or the manuscript), `tagExamples` (a cell
// of the dialogue tags was picked: the page is sent its lines) and `revealTagExample` (one of those lines).

import * as vscode from 'vscode';
import { Commands } from '../commands';
import { Delayer } from '../util/delayer';
import { Disposable } from '../util/dispose';
import { ManuscriptService } from '../services/manuscriptService';
import { StoryModelService } from '../services/modelService';
import { SettingsWatcher } from '../services/settings';
import { isExportKind, pickExportKind, StatisticsExporter } from './statisticsExport';
import { pageHtml } from './statisticsPage';
import { StatisticsCast } from './statisticsCast';
import { documentName, documentReport, ManuscriptState, manuscriptName, manuscriptReport, StatisticsReport, StatisticsScope } from './statisticsReport';
import { FoundTags, isTagCell, StatisticsTags, TagCell } from './statisticsTags';
import { WritingHistoryTracker } from './writingHistory';

export const STATISTICS_VIEW_TYPE = 'dramatis.statistics';

/** Typing redraws the panel at most this often; the status bar keeps the per-keystroke count. */
const REDRAW_DELAY_MS = 400;

/** What the extension posts to the page. */
export type StatisticsMessage = { readonly type: 'statistics'; readonly report: StatisticsReport } | { readonly type: 'empty' };

/** The lines behind a cell of the dialogue tags, posted when the writer picks it. */
export interface TagExamplesMessage {
	readonly type: 'tagExamples';
	/** The row's character; null for the whole book's. */
	readonly character: string | null;
	readonly cell: TagCell;
	/** Lines the cell counts; a few of them are listed. */
	readonly total: number;
	readonly examples: readonly { readonly text: string; readonly place: string }[];
}

/** What the integration tests see of the panel, through the extension's API. */
export interface StatisticsPanelProbe {
	readonly isOpen: boolean;
	/** True once the page's own script has run and said so: the CSP let it load. */
	readonly pageReady: boolean;
	readonly lastMessage: StatisticsMessage | undefined;
	readonly lastTagExamples: TagExamplesMessage | undefined;
	/** How many reports were posted to the page: a redraw that finds the report unchanged posts none. */
	readonly postedReports: number;
	/** Handles `message` as though the page had sent it. */
	receive(message: unknown): Promise<void>;
}

export class StatisticsPanel extends Disposable {
	private panel: vscode.WebviewPanel | undefined;
	private panelDisposables: vscode.Disposable[] = [];
	/** The story document shown; it stays while the writer is in the panel or a non-story file. */
	private document: vscode.TextDocument | undefined;
	private scope: StatisticsScope = 'document';
	private readonly redrawDelay = this.register(new Delayer(REDRAW_DELAY_MS, () => void this.redraw()));
	private redraws = 0;
	private ready = false;
	private lastMessage: StatisticsMessage | undefined;
	/**
	 * The report the page was last sent, as sent, and the text it was made from; undefined while the page
	 * has none (new, or reloaded).
	 */
	private postedReport: string | undefined;
	/**
	 * Counts changes to the text shown: a report made after one is posted even if it reads the same, since
	 * the page then asks again for the lines behind the dialogue tags' cell it shows, whose places may move.
	 */
	private textChanges = 0;
	private postedReports = 0;
	private lastTagExamples: TagExamplesMessage | undefined;

	readonly probe: StatisticsPanelProbe = {
		isOpen: false,
		pageReady: false,
		lastMessage: undefined,
		lastTagExamples: undefined,
		postedReports: 0,
		receive: message => this.onMessage(message),
	};

	constructor(
		private readonly extensionUri: vscode.Uri,
		private readonly models: StoryModelService,
		private readonly manuscripts: ManuscriptService,
		private readonly cast: StatisticsCast,
		private readonly tags: StatisticsTags,
		private readonly settings: SettingsWatcher,
		private readonly history: WritingHistoryTracker,
		private readonly exporter: StatisticsExporter,
	) {
		super();
		Object.defineProperties(this.probe, {
			isOpen: { get: () => this.panel !== undefined },
			pageReady: { get: () => this.ready },
			lastMessage: { get: () => this.lastMessage },
			lastTagExamples: { get: () => this.lastTagExamples },
			postedReports: { get: () => this.postedReports },
		});
		this.registerAll(
			vscode.commands.registerCommand(Commands.showStatistics, () => this.show()),
			vscode.commands.registerCommand(Commands.exportStatistics, (kind?: unknown, target?: unknown) => this.export(kind, target)),
			vscode.window.registerWebviewPanelSerializer(STATISTICS_VIEW_TYPE, {
				deserializeWebviewPanel: async panel => this.adopt(panel),
			}),
			vscode.window.onDidChangeActiveTextEditor(editor => {
				if (editor && this.models.isStory(editor.document) && editor.document !== this.document) {
					this.document = editor.document;
					this.redraw();
				}
			}),
			vscode.workspace.onDidCloseTextDocument(document => {
				if (document === this.document) {
					this.document = this.visibleStoryDocument();
					this.redraw();
				}
			}),
			models.onDidChangeModel(change => {
				if (change.document === this.document) {
					this.textChanges++;
					this.redrawSoon();
				}
			}),
			manuscripts.onDidChange(() => {
				this.textChanges++;
				this.redrawSoon();
			}),
			cast.onDidChange(() => this.redrawSoon()),
			settings.onDidChange(() => this.redraw()),
			history.onDidChange(() => this.redrawSoon()),
		);
	}

	/** Opens the panel beside the editor, or brings it forward, on the active story document. */
	show(): void {
		const active = this.activeStoryDocument();
		// Asked for from a chapter, the panel shows that chapter, whatever scope it was last left in.
		if (active) {
			this.scope = 'document';
		}
		this.document = active ?? this.document ?? this.visibleStoryDocument();
		if (this.panel) {
			this.panel.reveal(undefined, true);
			this.redraw();
			return;
		}
		const panel = vscode.window.createWebviewPanel(STATISTICS_VIEW_TYPE, 'Statistics', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {});
		this.adopt(panel);
	}

	private adopt(panel: vscode.WebviewPanel): void {
		this.panel?.dispose();
		this.panel = panel;
		this.ready = false;
		this.document ??= this.activeStoryDocument() ?? this.visibleStoryDocument();
		const mediaRoot = vscode.Uri.joinPath(this.extensionUri, 'dist', 'media');
		panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'dramatis.svg');
		panel.webview.options = { enableScripts: true, localResourceRoots: [mediaRoot] };
		panel.webview.html = pageHtml(panel.webview, mediaRoot);
		this.panelDisposables = [
			panel.webview.onDidReceiveMessage(message => this.onMessage(message)),
			panel.onDidChangeViewState(() => panel.visible && this.redraw()),
			panel.onDidDispose(() => {
				this.panelDisposables.forEach(disposable => disposable.dispose());
				this.panelDisposables = [];
				if (this.panel === panel) {
					this.panel = undefined;
					this.ready = false;
				}
			}),
		];
	}

	private async onMessage(message: unknown): Promise<void> {
		if (typeof message !== 'object' || message === null) {
			return;
		}
		const { type } = message as { type?: unknown };
		if (type === 'ready') {
			// A page that has just loaded (again, once it was hidden) shows nothing yet.
			this.ready = true;
			this.postedReport = undefined;
			this.redraw();
		} else if (type === 'revealScene') {
			await this.revealScene((message as { scene?: unknown }).scene);
		} else if (type === 'export') {
			await this.export((message as { kind?: unknown }).kind);
		} else if (type === 'tagExamples' || type === 'revealTagExample') {
			const { character, cell, index } = message as { character?: unknown; cell?: unknown; index?: unknown };
			if ((typeof character === 'string' || character === null) && isTagCell(cell)) {
				await (type === 'tagExamples' ? this.sendTagExamples(character, cell) : this.revealTagExample(character, cell, index));
			}
		} else if (type === 'scope') {
			const { scope } = message as { scope?: unknown };
			if (scope === 'document' || scope === 'manuscript') {
				this.scope = scope;
				this.redraw();
			}
		}
	}

	/** Shows the chosen scene's first line at the top of the editor beside the panel, cursor on it. */
	private async revealScene(scene: unknown): Promise<void> {
		if (typeof scene !== 'number' || !Number.isInteger(scene) || scene < 0) {
			return;
		}
		const place = this.showsManuscript() ? await this.manuscriptScene(scene) : this.documentScene(scene);
		if (!place) {
			return;
		}
		const start = place.document.positionAt(place.offset);
		await this.showInEditor(place.document, new vscode.Range(start, start), vscode.TextEditorRevealType.AtTop);
	}

	/** Selects `range` of `document` in the editor beside the panel (where it is already shown, else the first other one). */
	private async showInEditor(document: vscode.TextDocument, range: vscode.Range, reveal: vscode.TextEditorRevealType): Promise<void> {
		const shownIn = vscode.window.visibleTextEditors.find(editor => editor.document === document)?.viewColumn;
		const column =
			shownIn ?? vscode.window.visibleTextEditors.find(editor => editor.viewColumn !== this.panel?.viewColumn)?.viewColumn ?? vscode.ViewColumn.One;
		const editor = await vscode.window.showTextDocument(document, { viewColumn: column, selection: range });
		editor.revealRange(range, reveal);
	}

	/** Sends the page the lines behind a cell of the dialogue tags, each with its file and line. */
	private async sendTagExamples(character: string | null, cell: TagCell): Promise<void> {
		const { total, places } = (await this.shownTags())?.examples(character ?? undefined, cell) ?? { total: 0, places: [] };
		const files = new Set(places.map(place => place.story.uri.toString())).size;
		const message: TagExamplesMessage = {
			type: 'tagExamples',
			character,
			cell,
			total,
			examples: places.map(({ story, quote, text }) => {
				const line = story.rangeOf(quote).start.line + 1;
				return { text, place: files > 1 || this.showsManuscript() ? `${fileName(story.uri)}:${line}` : `line ${line}` };
			}),
		};
		this.lastTagExamples = message;
		if (this.panel && this.ready) {
			void this.panel.webview.postMessage(message);
		}
	}

	/** Takes the editor to the `index`th line behind a cell, the quote selected. */
	private async revealTagExample(character: string | null, cell: TagCell, index: unknown): Promise<void> {
		const places = (await this.shownTags())?.examples(character ?? undefined, cell).places ?? [];
		const place = typeof index === 'number' && Number.isInteger(index) ? places[index] : undefined;
		if (!place) {
			return;
		}
		const document = await vscode.workspace.openTextDocument(place.story.uri);
		const range = new vscode.Range(document.positionAt(place.quote.start), document.positionAt(place.quote.end));
		await this.showInEditor(document, range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
	}

	/** The dialogue tags of what the panel shows, their places as the text is now. */
	private async shownTags(): Promise<FoundTags | undefined> {
		if (this.showsManuscript()) {
			return this.tags.ofManuscript();
		}
		const document = this.document;
		const model = document && this.models.modelOf(document);
		return document && model ? this.tags.ofDocument(document, model, { current: true }) : undefined;
	}

	private documentScene(index: number): { document: vscode.TextDocument; offset: number } | undefined {
		const document = this.document;
		const model = document && this.models.modelOf(document);
		return document && model && index < model.scenes.length ? { document, offset: model.scenes[index].start } : undefined;
	}

	/** A scene of the manuscript, in whichever file holds it; the file is opened if it is not. */
	private async manuscriptScene(index: number): Promise<{ document: vscode.TextDocument; offset: number } | undefined> {
		const place = this.manuscripts.manuscript.scenes[index];
		if (!place) {
			return undefined;
		}
		const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(place.file.id));
		return { document, offset: place.scene.start };
	}

	private async export(kind: unknown, target?: unknown): Promise<void> {
		if (!this.showsManuscript() && !(this.document ?? this.activeStoryDocument())) {
			void vscode.window.showInformationMessage('Dramatis: open a story document to export its statistics.');
			return;
		}
		const chosen = kind === undefined ? await pickExportKind() : kind;
		if (!isExportKind(chosen)) {
			return;
		}
		this.document ??= this.activeStoryDocument();
		const shown = await this.shownReport(false);
		if (shown) {
			await this.exporter.export(chosen, shown.report, shown.beside, target instanceof vscode.Uri ? target : undefined);
		}
	}

	/**
	 * What the panel shows: the report, the panel's title, and a file to offer exports beside. The dialogue
	 * tags are worked out only `withTags`, for a page the writer can see.
	 */
	private async shownReport(withTags: boolean): Promise<{ report: StatisticsReport; title: string; beside: vscode.Uri } | undefined> {
		const settings = this.settings.current;
		if (this.showsManuscript()) {
			const state = this.manuscriptState();
			const cast = await this.cast.ofManuscript(state.manuscript);
			const folder = vscode.workspace.workspaceFolders![0].uri;
			const tags = withTags ? (await this.tags.ofManuscript()).table : undefined;
			return {
				report: manuscriptReport(cast, state, settings, this.history, tags),
				title: 'Statistics: Manuscript',
				beside: vscode.Uri.joinPath(folder, manuscriptName()),
			};
		}
		const document = this.document;
		const model = document && this.models.modelOf(document);
		if (!document || !model) {
			return undefined;
		}
		const tags = withTags ? this.tags.ofDocument(document, model)?.table : undefined;
		const report = documentReport(document, model, this.cast.ofDocument(document, model), this.manuscriptState(), settings, this.history, tags);
		return { report, title: `Statistics: ${documentName(document)}`, beside: document.uri };
	}

	/** The manuscript is shown when the writer chose it and the workspace has story files to make one. */
	private showsManuscript(): boolean {
		return this.scope === 'manuscript' && vscode.workspace.workspaceFolders !== undefined && this.manuscripts.manuscript.files.length > 0;
	}

	private manuscriptState(): ManuscriptState {
		return { manuscript: this.manuscripts.manuscript, indexing: !this.manuscripts.isIndexed };
	}

	private redrawSoon(): void {
		if (this.panel) {
			this.redrawDelay.schedule();
		}
	}

	private async redraw(): Promise<void> {
		this.redrawDelay.cancel();
		const panel = this.panel;
		if (!panel) {
			return;
		}
		const turn = ++this.redraws;
		const shown = await this.shownReport(panel.visible);
		// A later redraw started while this one waited for the manuscript's cast: it has the newer picture.
		if (turn !== this.redraws || this.panel !== panel) {
			return;
		}
		const message: StatisticsMessage = shown ? { type: 'statistics', report: shown.report } : { type: 'empty' };
		panel.title = shown?.title ?? 'Statistics';
		this.lastMessage = message;
		// A hidden page is not running; it asks again (`ready`) when shown.
		if (this.ready && panel.visible) {
			// The cast settling after each edit, the writing history and the panel brought forward each ask for
			// a redraw, most often with nothing in the report changed: the page, which rebuilds every element
			// it draws, is spared those.
			const posted = `${this.textChanges}\n${JSON.stringify(message)}`;
			if (posted !== this.postedReport) {
				this.postedReport = posted;
				this.postedReports++;
				void panel.webview.postMessage(message);
			}
		}
	}

	private activeStoryDocument(): vscode.TextDocument | undefined {
		const document = vscode.window.activeTextEditor?.document;
		return document && this.models.isStory(document) ? document : undefined;
	}

	private visibleStoryDocument(): vscode.TextDocument | undefined {
		return vscode.window.visibleTextEditors.map(editor => editor.document).find(document => this.models.isStory(document));
	}

	override dispose(): void {
		this.redrawDelay.cancel();
		this.panel?.dispose();
		super.dispose();
	}
}

function fileName(uri: vscode.Uri): string {
	return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
