// Reads Dramatis's settings in one place, validates them, and turns them into the plain options
// the core takes. A bad value becomes one clear message and the default.

import * as vscode from 'vscode';
import { AnalysisOptions, compileHeadingPatterns, DEFAULT_CHAPTER_PATTERN, DEFAULT_SCENE_BREAK_PATTERN, DIALOGUE_STYLES, DialogueStyle, HeadingPatterns } from '../core';

export interface DramatisSettings {
	/** Language ids whose documents are stories. */
	readonly languages: ReadonlySet<string>;
	readonly plainOptions: AnalysisOptions;
	readonly markdownOptions: AnalysisOptions;
	/** Unbalanced quotes are reported in the Problems panel. */
	readonly dialogueDiagnostics: boolean;
	/** Each speaker's lines are tinted with a colour of their own. */
	readonly colorBySpeaker: boolean;
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
	const dialogueStyle = readDialogueStyle(configuration, report);
	return {
		languages: new Set(validLanguages),
		plainOptions: { headings, markdown: false, dialogueStyle },
		markdownOptions: { headings, markdown: true, dialogueStyle },
		dialogueDiagnostics: readBoolean(configuration, 'dialogue.diagnostics', true, report),
		colorBySpeaker: readBoolean(configuration, 'dialogue.colorBySpeaker', false, report),
	};
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
