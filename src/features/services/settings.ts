// Reads Dramatis's settings in one place, validates them, and turns them into the plain options
// the core takes. A bad value becomes one clear message and the default.

import * as vscode from 'vscode';
import {
	AnalysisOptions,
	compileHeadingPatterns,
	DEFAULT_CHAPTER_PATTERN,
	DEFAULT_READING_WORDS_PER_MINUTE,
	DEFAULT_SCENE_BREAK_PATTERN,
	DIALOGUE_STYLES,
	DialogueStyle,
	globToRegExp,
	HeadingPatterns,
} from '../../core';
import { StatusBarParts } from '../statistics/statusBarText';

export interface DramatisSettings {
	/** Language ids whose documents are stories. */
	readonly languages: ReadonlySet<string>;
	readonly plainOptions: AnalysisOptions;
	readonly markdownOptions: AnalysisOptions;
	/** Unbalanced quotes are reported in the Problems panel. */
	readonly dialogueDiagnostics: boolean;
	/** Each speaker's lines are tinted with a colour of their own. */
	readonly colorBySpeaker: boolean;
	readonly manuscript: ManuscriptSettings;
	/** Which counts the status bar shows. */
	readonly statusBar: StatusBarParts;
	/** Words a day the writer aims for; 0 for no goal. */
	readonly dailyWordGoal: number;
	readonly readingWordsPerMinute: number;
}

/** Which workspace files form the manuscript for workspace-wide features. */
export interface ManuscriptSettings {
	readonly include: readonly string[];
	readonly exclude: readonly string[];
	/** Beyond this many files the workspace is not a manuscript but something larger: read no more. */
	readonly maxFiles: number;
}

/** The current settings, read again whenever a `dramatis.*` setting changes. */
export class SettingsWatcher implements vscode.Disposable {
	private readonly changeEmitter = new vscode.EventEmitter<DramatisSettings>();
	private readonly listener: vscode.Disposable;
	private settings: DramatisSettings;

	readonly onDidChange = this.changeEmitter.event;

	constructor(report: (message: string) => void) {
		this.settings = readSettings(report);
		this.listener = vscode.workspace.onDidChangeConfiguration(event => {
			if (event.affectsConfiguration('dramatis')) {
				this.settings = readSettings(report);
				this.changeEmitter.fire(this.settings);
			}
		});
	}

	get current(): DramatisSettings {
		return this.settings;
	}

	dispose(): void {
		this.listener.dispose();
		this.changeEmitter.dispose();
	}
}

const DEFAULT_LANGUAGES = ['story', 'plaintext', 'markdown'];
export const DEFAULT_MANUSCRIPT: ManuscriptSettings = {
	include: ['**/*.story', '**/*.txt', '**/*.md'],
	exclude: ['**/node_modules/**', '**/.*/**', '**/README*', '**/CHANGELOG*', '**/LICENSE*'],
	maxFiles: 2000,
};

export function readSettings(report: (message: string) => void): DramatisSettings {
	const configuration = vscode.workspace.getConfiguration('dramatis');
	const languages = configuration.get<unknown>('languages');
	const validLanguages = Array.isArray(languages) && languages.every(id => typeof id === 'string') ? languages : DEFAULT_LANGUAGES;
	if (validLanguages !== languages) {
		report('dramatis.languages must be a list of language ids; using the default.');
	}
	const headings = readHeadingPatterns(configuration, report);
	const dialogueStyle = readDialogueStyle(configuration, report);
	return {
		languages: new Set(validLanguages),
		plainOptions: { headings, markdown: false, dialogueStyle },
		markdownOptions: { headings, markdown: true, dialogueStyle },
		manuscript: {
			include: readGlobs(configuration, 'manuscript.include', DEFAULT_MANUSCRIPT.include, report),
			exclude: readGlobs(configuration, 'manuscript.exclude', DEFAULT_MANUSCRIPT.exclude, report),
			maxFiles: readMaxFiles(configuration, report),
		},
		dialogueDiagnostics: readBoolean(configuration, 'dialogue.diagnostics', true, report),
		colorBySpeaker: readBoolean(configuration, 'dialogue.colorBySpeaker', false, report),
		statusBar: {
			documentWords: readBoolean(configuration, 'statusBar.documentWords', true, report),
			sceneWords: readBoolean(configuration, 'statusBar.sceneWords', true, report),
			selectionWords: readBoolean(configuration, 'statusBar.selectionWords', true, report),
			dailyGoal: readBoolean(configuration, 'statusBar.dailyGoal', true, report),
		},
		dailyWordGoal: readWholeNumber(configuration, 'goals.dailyWords', { minimum: 0, maximum: 1_000_000, fallback: DEFAULT_DAILY_WORD_GOAL }, report),
		readingWordsPerMinute: readWholeNumber(
			configuration,
			'readingWordsPerMinute',
			{ minimum: 50, maximum: 2000, fallback: DEFAULT_READING_WORDS_PER_MINUTE },
			report,
		),
	};
}

const DEFAULT_DAILY_WORD_GOAL = 1000;

function readGlobs(
	configuration: vscode.WorkspaceConfiguration,
	key: string,
	fallback: readonly string[],
	report: (message: string) => void,
): readonly string[] {
	const value = configuration.get<unknown>(key);
	if (value === undefined) {
		return fallback;
	}
	const globs = typeof value === 'string' ? [value] : value;
	if (!Array.isArray(globs) || !globs.every(glob => typeof glob === 'string')) {
		report(`dramatis.${key} must be a list of glob patterns; using the default.`);
		return fallback;
	}
	for (const glob of globs) {
		try {
			globToRegExp(glob);
		} catch (error) {
			report(`dramatis.${key}: ${(error as Error).message}; using the default.`);
			return fallback;
		}
	}
	return globs;
}

function readMaxFiles(configuration: vscode.WorkspaceConfiguration, report: (message: string) => void): number {
	const value = configuration.get<unknown>('manuscript.maxFiles');
	if (value === undefined) {
		return DEFAULT_MANUSCRIPT.maxFiles;
	}
	if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
		report('dramatis.manuscript.maxFiles must be a whole number of files, 1 or more; using the default.');
		return DEFAULT_MANUSCRIPT.maxFiles;
	}
	return value;
}

function readWholeNumber(
	configuration: vscode.WorkspaceConfiguration,
	key: string,
	range: { minimum: number; maximum: number; fallback: number },
	report: (message: string) => void,
): number {
	const value = configuration.get<unknown>(key, range.fallback);
	if (typeof value !== 'number' || !Number.isFinite(value) || value < range.minimum || value > range.maximum) {
		report(`dramatis.${key} must be a number from ${range.minimum} to ${range.maximum}; using ${range.fallback}.`);
		return range.fallback;
	}
	return Math.round(value);
}

function readDialogueStyle(configuration: vscode.WorkspaceConfiguration, report: (message: string) => void): DialogueStyle | 'auto' {
	const style = configuration.get<unknown>('dialogue.style', 'auto');
	if (style === 'auto' || DIALOGUE_STYLES.includes(style as DialogueStyle)) {
		return style as DialogueStyle | 'auto';
	}
	report(`dramatis.dialogue.style must be one of auto, ${DIALOGUE_STYLES.join(', ')}; using auto.`);
	return 'auto';
}

function readBoolean(configuration: vscode.WorkspaceConfiguration, key: string, fallback: boolean, report: (message: string) => void): boolean {
	const value = configuration.get<unknown>(key, fallback);
	if (typeof value === 'boolean') {
		return value;
	}
	report(`dramatis.${key} must be true or false; using ${fallback}.`);
	return fallback;
}

function readHeadingPatterns(configuration: vscode.WorkspaceConfiguration, report: (message: string) => void): HeadingPatterns {
	const chapter = configuration.get<string>('chapterPattern') || DEFAULT_CHAPTER_PATTERN;
	const sceneBreak = configuration.get<string>('sceneBreakPattern') || DEFAULT_SCENE_BREAK_PATTERN;
	try {
		return compileHeadingPatterns(chapter, sceneBreak);
	} catch (error) {
		report(`${(error as Error).message}. Dramatis is using its default patterns until the setting is fixed.`);
		return compileHeadingPatterns(DEFAULT_CHAPTER_PATTERN, DEFAULT_SCENE_BREAK_PATTERN);
	}
}
