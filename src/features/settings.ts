// Reads Dramatis's settings in one place, validates them, and turns them into the plain options
// the core takes. A bad value becomes one clear message and the default.

import * as vscode from 'vscode';
import { AnalysisOptions, compileHeadingPatterns, DEFAULT_CHAPTER_PATTERN, DEFAULT_SCENE_BREAK_PATTERN, HeadingPatterns } from '../core';

export interface DramatisSettings {
	/** Language ids whose documents are stories. */
	readonly languages: ReadonlySet<string>;
	readonly plainOptions: AnalysisOptions;
	readonly markdownOptions: AnalysisOptions;
}

const DEFAULT_LANGUAGES = ['story', 'plaintext', 'markdown'];

export function readSettings(report: (message: string) => void): DramatisSettings {
	const configuration = vscode.workspace.getConfiguration('dramatis');
	const languages = configuration.get<unknown>('languages');
	const validLanguages = Array.isArray(languages) && languages.every(id => typeof id === 'string') ? languages : DEFAULT_LANGUAGES;
	if (validLanguages !== languages) {
		report('dramatis.languages must be a list of language ids; using the default.');
	}
	const headings = readHeadingPatterns(configuration, report);
	return {
		languages: new Set(validLanguages),
		plainOptions: { headings, markdown: false },
		markdownOptions: { headings, markdown: true },
	};
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
