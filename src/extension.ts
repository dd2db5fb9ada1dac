// Entry point: creates the model service and wires each feature to it. Nothing else lives here.

import * as vscode from 'vscode';
import { Cast, Manuscript, StoryModel } from './core';
import { registerCastCommands } from './features/cast/castCommands';
import { CastFile } from './features/cast/castFile';
import { CastService } from './features/services/castService';
import { CompromiseWorker } from './features/services/compromiseWorker';
import { CastView, CastViewRow } from './features/cast/castView';
import { registerCharacterHover } from './features/cast/characterHover';
import { CharacterLinesDocuments } from './features/continuity/characterLinesDocument';
import { HeadHopDiagnostics } from './features/continuity/headHopDiagnostics';
import { NameVariantDiagnostics } from './features/continuity/nameVariantDiagnostics';
import { registerCharacterNavigation } from './features/cast/characterNavigation';
import { registerCharacterReferences } from './features/cast/characterReferences';
import { registerCharacterRename } from './features/cast/characterRename';
import { registerCharacterSymbols } from './features/cast/characterSymbols';
import { registerDialogueDiagnostics } from './features/dialogue/dialogueDiagnostics';
import { registerDialogueSemanticTokens } from './features/dialogue/dialogueSemanticTokens';
import { registerDocumentSymbols } from './features/outline/documentSymbols';
import { registerFoldingRanges } from './features/outline/foldingRanges';
import { registerGoToScene } from './features/scenes/goToScene';
import { ManuscriptService } from './features/services/manuscriptService';
import { IndexedManuscriptStories } from './features/services/manuscriptStories';
import { StoryModelService } from './features/services/modelService';
import { registerSceneNavigation } from './features/scenes/sceneNavigation';
import { registerScenesView } from './features/scenes/scenesView';
import { showSidebarOnOpen } from './features/sidebar/showSidebarOnOpen';
import { SceneCasting } from './features/services/sceneCasting';
import { SettingsWatcher } from './features/services/settings';
import { registerSpeakerColors } from './features/dialogue/speakerColors';
import { StatisticsCast } from './features/statistics/statisticsCast';
import { StatisticsExporter } from './features/statistics/statisticsExport';
import { StatisticsPanel, StatisticsPanelProbe } from './features/statistics/statisticsPanel';
import { StatisticsTags } from './features/statistics/statisticsTags';
import { registerStatusBar } from './features/statistics/statusBar';
import { registerStoryEditorContext } from './features/util/storyEditorContext';
import { registerWorkspaceSymbols } from './features/outline/workspaceSymbols';
import { WritingHistoryTracker } from './features/statistics/writingHistory';

/** What Dramatis offers other extensions: the model, the manuscript and the cast it reads. */
export interface DramatisApi {
	/** The model of a story document as it is now; undefined while a long one is first read. */
	modelOf(document: vscode.TextDocument): StoryModel | undefined;
	/** The model of a story document once its first reading, sliced for a long one, has finished. */
	whenReady(document: vscode.TextDocument): Promise<StoryModel | undefined>;
	/** The manuscript once every story file of the workspace has been read. */
	manuscript(): Promise<Manuscript>;
	/** The cast of one story document. */
	castOf(document: vscode.TextDocument): Cast | undefined;
	/** The cast of every story file of the manuscript, with the files in the order the cast numbers them. */
	manuscriptCast(): Promise<{ uris: string[]; cast: Cast }>;
}

/**
 * What the integration tests read of the views and the panel, which no other extension should lean on:
 * handed out (as `testing`, beside the API) only when VS Code runs the extension for its tests.
 */
export interface DramatisTestProbes {
	/** The Cast view's rows as shown, to `depth` levels (characters, scenes, appearances). */
	castViewRows(depth?: number): Promise<CastViewRow[]>;
	/** The Cast view's title and the description beside it (which story, or the manuscript). */
	castViewHeading(): { title: string; description: string };
	/** The Statistics panel as the tests drive it: its last message to the page, and messages from it. */
	readonly statisticsPanel: StatisticsPanelProbe;
	/** Today's writing in this workspace, as the status bar and the panel count it. */
	writingToday(): { added: number; removed: number; pasted: number; cut: number };
	/** Holds every long story's background first reading where it is until disposed, so a test can act while it is under way. */
	holdReadings(): vscode.Disposable;
	/** The name slips noted across the manuscript once the cast is found: each document's slips as written. */
	nameVariants(): Promise<{ uri: string; name: string; spelling: string }[]>;
}

/** The API as the integration tests get it. */
export interface DramatisTestApi extends DramatisApi {
	readonly testing: DramatisTestProbes;
}

export function activate(context: vscode.ExtensionContext): DramatisApi {
	const output = vscode.window.createOutputChannel('Dramatis', { log: true });
	const report = (message: string) => {
		output.warn(message);
		void vscode.window.showWarningMessage(`Dramatis: ${message}`);
	};
	const settings = new SettingsWatcher(report);
	const models = new StoryModelService(settings.current);
	const manuscripts = new ManuscriptService(models, settings.current, report);
	// Models are rebuilt first, so every feature told of the new settings reads models built under them.
	const rebuildModels = settings.onDidChange(changed => {
		models.updateSettings(changed);
		manuscripts.updateSettings(changed);
	});
	const castFile = new CastFile(report);
	const tagging = CompromiseWorker.forHost(context.extensionUri);
	const casts = new CastService(models, new IndexedManuscriptStories(models, manuscripts), castFile, tagging);
	const castView = new CastView(casts, models);
	const casting = new SceneCasting(casts, manuscripts);
	// Providers serve the languages configured at start-up; a change to the list takes a reload.
	const selector = [...settings.current.languages].map(language => ({ language }));
	const history = new WritingHistoryTracker(models, context.workspaceState);
	const statisticsCast = new StatisticsCast(casts);
	const statisticsTags = new StatisticsTags(casts);
	const statistics = new StatisticsPanel(
		context.extensionUri,
		models,
		manuscripts,
		statisticsCast,
		statisticsTags,
		settings,
		history,
		new StatisticsExporter(),
	);

	const nameVariants = new NameVariantDiagnostics(casts, castFile, selector);
	const headHops = new HeadHopDiagnostics(casts);
	const characterLines = new CharacterLinesDocuments(casts);

	context.subscriptions.push(
		nameVariants,
		headHops,
		characterLines,
		output,
		settings,
		models,
		manuscripts,
		castFile,
		casts,
		...(tagging ? [tagging] : []),
		castView,
		casting,
		rebuildModels,
		history,
		registerDocumentSymbols(models, selector),
		registerFoldingRanges(models, selector),
		registerWorkspaceSymbols(manuscripts, casting),
		registerStoryEditorContext(models),
		registerSceneNavigation(models, manuscripts),
		registerGoToScene(models, manuscripts, casting),
		registerScenesView(models, manuscripts, casting),
		registerCastCommands(casts, castFile),
		registerCharacterNavigation(casts),
		registerCharacterReferences(casts, selector),
		registerCharacterHover(casts, selector),
		registerCharacterRename(casts, castFile, selector),
		registerCharacterSymbols(casts),
		registerDialogueSemanticTokens(models, selector),
		registerDialogueDiagnostics(models),
		registerSpeakerColors(models),
		registerStatusBar(models, settings, history),
		statisticsCast,
		statisticsTags,
		statistics,
	);
	showSidebarOnOpen();
	const api: DramatisApi = {
		modelOf: document => models.modelOf(document),
		whenReady: document => models.whenReady(document),
		manuscript: () => manuscripts.whenIndexed(),
		castOf: document => casts.castOf(document)?.cast,
		manuscriptCast: async () => {
			const { stories, cast } = await casts.manuscriptCast();
			return { uris: stories.map(story => story.uri.toString()), cast };
		},
	};
	if (context.extensionMode !== vscode.ExtensionMode.Test) {
		return api;
	}
	const tested: DramatisTestApi = {
		...api,
		testing: {
			castViewRows: depth => castView.rows(depth),
			castViewHeading: () => castView.heading,
			statisticsPanel: statistics.probe,
			writingToday: () => history.today(),
			holdReadings: () => models.holdReadings(),
			nameVariants: async () =>
				[...(await nameVariants.whenRefreshed()).entries()].flatMap(([uri, notes]) =>
					notes.map(({ note }) => ({ uri, name: note.name, spelling: note.spelling })),
				),
		},
	};
	return tested;
}

export function deactivate(): void {
	// Everything is released through context.subscriptions.
}
