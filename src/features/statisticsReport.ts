// Gathers what the Statistics panel shows and what its exports hold for one story document: the core's
// statistics of its model, the reading speed and goal from settings, and the workspace's writing history.

import * as vscode from 'vscode';
import { castPresence, DayTally, progress, StatisticsExport, StoryModel, StoryStatistics, storyStatistics } from '../core';
import { DramatisSettings } from './settings';
import { WritingHistoryTracker } from './writingHistory';

/** Days of writing history the panel charts and the exports hold. */
export const HISTORY_DAYS = 30;

/** What the extension posts to the Statistics webview. */
export interface StatisticsReport extends StatisticsExport {
	/** Oldest first, each day with its progress toward the goal as the core counts it. */
	readonly history: readonly { readonly day: string; readonly tally: DayTally; readonly progress: number }[];
	readonly locale: string;
	readonly today: { readonly day: string; readonly tally: DayTally; readonly progress: number };
}

/** The report on `document`; the presence grid and lines per character appear once the model has a cast. */
export function statisticsReport(document: vscode.TextDocument, model: StoryModel, settings: DramatisSettings, history: WritingHistoryTracker): StatisticsReport {
	const statistics: StoryStatistics = storyStatistics(model, { readingWordsPerMinute: settings.readingWordsPerMinute, cast: castPresence(model) });
	const tally = history.today();
	return {
		document: documentName(document),
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
