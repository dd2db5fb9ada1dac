// Gathers what the Statistics panel shows and what its exports hold, for one story document or for the
// whole manuscript: the core's statistics, the reading speed and goal from settings, and the workspace's
// writing history.

import * as vscode from 'vscode';
import {
	CharacterPresence,
	DayTally,
	DialogueTagTable,
	Manuscript,
	manuscriptStatistics,
	progress,
	StatisticsExport,
	StoryModel,
	StoryStatistics,
	storyStatistics,
} from '../../core';
import { DramatisSettings } from '../services/settings';
import { WritingHistoryTracker } from './writingHistory';

/** Days of writing history the panel charts and the exports hold. */
export const HISTORY_DAYS = 30;

/** The story document the writer is in, or every story file of the workspace in reading order. */
export type StatisticsScope = 'document' | 'manuscript';

/** What the extension posts to the Statistics webview. */
export interface StatisticsReport extends StatisticsExport {
	readonly scope: StatisticsScope;
	/** Story files in the manuscript: the page offers the manuscript when there is more than one. */
	readonly manuscriptFiles: number;
	/** The manuscript is still being read: its totals will grow. */
	readonly indexing: boolean;
	/** Oldest first, each day with its progress toward the goal as the core counts it. */
	readonly history: readonly { readonly day: string; readonly tally: DayTally; readonly progress: number }[];
	readonly locale: string;
	readonly today: { readonly day: string; readonly tally: DayTally; readonly progress: number };
	/** Each speaker's dialogue tags; left out where the page is not shown or the cast is not known yet. */
	readonly dialogueTags?: DialogueTagTable;
}

export interface ManuscriptState {
	readonly manuscript: Manuscript;
	readonly indexing: boolean;
}

/** The report on `document`, with `cast` placed in its scenes: the presence grid and lines per character. */
export function documentReport(
	document: vscode.TextDocument,
	model: StoryModel,
	cast: readonly CharacterPresence[],
	manuscript: ManuscriptState,
	settings: DramatisSettings,
	history: WritingHistoryTracker,
	dialogueTags?: DialogueTagTable,
): StatisticsReport {
	const statistics = storyStatistics(model, { readingWordsPerMinute: settings.readingWordsPerMinute, cast });
	return { ...report('document', documentName(document), statistics, manuscript, settings, history), dialogueTags };
}

/** The report on every story file of the workspace, read as one book, with the manuscript's cast. */
export function manuscriptReport(
	cast: readonly CharacterPresence[],
	manuscript: ManuscriptState,
	settings: DramatisSettings,
	history: WritingHistoryTracker,
	dialogueTags?: DialogueTagTable,
): StatisticsReport {
	const statistics = manuscriptStatistics(manuscript.manuscript, { readingWordsPerMinute: settings.readingWordsPerMinute, cast });
	return { ...report('manuscript', manuscriptName(), statistics, manuscript, settings, history), dialogueTags };
}

function report(
	scope: StatisticsScope,
	name: string,
	statistics: StoryStatistics,
	manuscript: ManuscriptState,
	settings: DramatisSettings,
	history: WritingHistoryTracker,
): StatisticsReport {
	const tally = history.today();
	return {
		scope,
		document: name,
		manuscriptFiles: manuscript.manuscript.files.length,
		indexing: manuscript.indexing,
		statistics,
		readingWordsPerMinute: settings.readingWordsPerMinute,
		dailyGoal: settings.dailyWordGoal,
		history: history.recent(HISTORY_DAYS).map(({ day, tally }) => ({ day, tally, progress: progress(tally) })),
		locale: vscode.env.language || 'en',
		today: { day: history.todayKey(), tally, progress: progress(tally) },
	};
}

export function documentName(document: vscode.TextDocument): string {
	const path = document.uri.path;
	return path.slice(path.lastIndexOf('/') + 1) || document.uri.toString();
}

/** The manuscript goes by its workspace folder's name, as the Explorer shows it. */
export function manuscriptName(): string {
	return vscode.workspace.workspaceFolders?.[0]?.name ?? 'Manuscript';
}
