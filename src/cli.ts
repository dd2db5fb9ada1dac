// The `dramatis` command line: `dramatis analyze [--json] FILE…` reports each file's words,
// chapters, scenes, quotes and cast, from the same core the extension uses.

import * as fs from 'fs';
import * as path from 'path';
import { analyzeStory, AnalysisOptions, DEFAULT_OPTIONS, StoryModel } from './core';

const USAGE = 'Usage: dramatis analyze [--json] FILE…';

interface FileReport {
	readonly path: string;
	readonly words: number;
	readonly chapters: { title: string; level: number; start: number; end: number; words: number }[];
	readonly scenes: { title: string; start: number; end: number; words: number; dialogueWords: number; characters: string[] }[];
	readonly quotes: { start: number; end: number; speaker: string | null }[];
	readonly characters: { name: string; aliases: string[]; mentions: number; lines: number }[];
}

export function main(argv: readonly string[], stdout: (text: string) => void, stderr: (text: string) => void): number {
	const [command, ...rest] = argv;
	if (command !== 'analyze') {
		stderr(command === undefined || command === '--help' || command === '-h' ? USAGE : `Unknown command '${command}'.\n${USAGE}`);
		return command === '--help' || command === '-h' ? 0 : 2;
	}
	const json = rest.includes('--json');
	const unknownFlag = rest.find(argument => argument.startsWith('-') && argument !== '--json');
	const files = rest.filter(argument => !argument.startsWith('-'));
	if (unknownFlag || files.length === 0) {
		stderr(unknownFlag ? `Unknown option '${unknownFlag}'.\n${USAGE}` : USAGE);
		return 2;
	}
	const missing = files.filter(file => !isReadableFile(file));
	if (missing.length > 0) {
		stderr(missing.map(file => `dramatis: cannot read '${file}': no such file`).join('\n'));
		return 2;
	}
	const reports: FileReport[] = [];
	for (const file of files) {
		const text = readStoryText(file);
		if (text === undefined) {
			stderr(`dramatis: skipped '${file}': not a UTF-8 text file`);
			continue;
		}
		reports.push(reportOf(file, analyzeStory(text, optionsFor(file))));
	}
	stdout(json ? JSON.stringify({ files: reports }, null, 2) : reports.map(describe).join('\n\n'));
	return 0;
}

function isReadableFile(file: string): boolean {
	try {
		return fs.statSync(file).isFile();
	} catch {
		return false;
	}
}

/** The file's text, or undefined when it is binary or not UTF-8. */
function readStoryText(file: string): string | undefined {
	const bytes = fs.readFileSync(file);
	if (bytes.includes(0)) {
		return undefined;
	}
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return undefined;
	}
}

function optionsFor(file: string): AnalysisOptions {
	return /\.(md|markdown)$/i.test(file) ? { ...DEFAULT_OPTIONS, markdown: true } : DEFAULT_OPTIONS;
}

function reportOf(file: string, model: StoryModel): FileReport {
	return {
		path: file,
		words: model.words,
		chapters: model.chapters.map(({ title, level, start, end, words }) => ({ title, level, start, end, words })),
		scenes: model.scenes.map(({ title, start, end, words, dialogueWords, characters }) => ({ title, start, end, words, dialogueWords, characters: [...characters] })),
		quotes: model.dialogue.map(({ start, end }) => ({ start, end, speaker: null })),
		characters: [],
	};
}

function describe(report: FileReport): string {
	const lines = [
		`${path.basename(report.path)}: ${[plural(report.words, 'word'), plural(report.chapters.length, 'chapter'), plural(report.scenes.length, 'scene'), plural(report.quotes.length, 'quote')].join(', ')}`,
	];
	for (const scene of report.scenes) {
		const chapter = report.chapters.filter(candidate => candidate.start <= scene.start && scene.end <= candidate.end).pop();
		lines.push(`  ${chapter ? `${chapter.title} › ` : ''}${scene.title}: ${plural(scene.words, 'word')}, ${scene.dialogueWords.toLocaleString('en')} in dialogue`);
	}
	return lines.join('\n');
}

function plural(count: number, noun: string): string {
	return `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'}`;
}

if (require.main === module) {
	process.exitCode = main(process.argv.slice(2), text => process.stdout.write(`${text}\n`), text => process.stderr.write(`${text}\n`));
}
