// Decides how a story's statistics leave Dramatis: JSON with everything, or CSV tables a spreadsheet
// opens as they are (one row per scene, or one row per day of writing). Text fields are written so
// that no spreadsheet mistakes a character's name for a formula.

import { StatisticsExport } from './types';
import { progress } from './writingHistory';
import { StoryStatistics } from './types';

export function statisticsJson(data: StatisticsExport): string {
	const { statistics } = data;
	return `${JSON.stringify(
		{
			document: data.document,
			words: statistics.words,
			dialogueWords: statistics.dialogueWords,
			dialogueShare: rounded(statistics.dialogueShare),
			readingMinutes: statistics.readingMinutes,
			readingWordsPerMinute: data.readingWordsPerMinute,
			parts: statistics.parts,
			chapters: statistics.chapters,
			scenes: statistics.scenes.map(scene => ({
				...(scene.file === undefined ? {} : { file: scene.file }),
				chapter: scene.chapter,
				title: scene.title,
				start: scene.start,
				end: scene.end,
				words: scene.words,
				dialogueWords: scene.dialogueWords,
				dialogueShare: rounded(scene.dialogueShare),
				characters: Object.fromEntries(
					statistics.cast.filter(character => character.presence[scene.index] !== null).map(character => [character.name, character.presence[scene.index]]),
				),
			})),
			characters: statistics.cast.map(({ name, lines, scenesPresent }) => ({ name, lines, scenesPresent })),
			history: {
				dailyGoal: data.dailyGoal,
				days: data.history.map(({ day, tally }) => ({ day, ...tally, progress: progress(tally) })),
			},
		},
		null,
		2,
	)}\n`;
}

/**
 * One row per scene (with its file, for a manuscript); a column per character holds the lines spoken in
 * that scene, empty when absent.
 */
export function scenesCsv(statistics: StoryStatistics): string {
	const files = statistics.scenes.some(scene => scene.file !== undefined);
	const header = [
		...(files ? ['File'] : []),
		'Chapter',
		'Scene',
		'Words',
		'Dialogue words',
		'Dialogue share',
		...statistics.cast.map(character => character.name),
	];
	const rows = statistics.scenes.map(scene => [
		...(files ? [scene.file ?? ''] : []),
		scene.chapter,
		scene.title,
		scene.words,
		scene.dialogueWords,
		rounded(scene.dialogueShare),
		...statistics.cast.map(character => character.presence[scene.index]),
	]);
	return csv([header, ...rows]);
}

export function historyCsv(data: Pick<StatisticsExport, 'dailyGoal' | 'history'>): string {
	const header = ['Date', 'Words added', 'Words removed', 'Words pasted', 'Words cut', 'Progress', 'Daily goal'];
	const rows = data.history.map(({ day, tally }) => [day, tally.added, tally.removed, tally.pasted, tally.cut, progress(tally), data.dailyGoal]);
	return csv([header, ...rows]);
}

type Cell = string | number | null;

/** RFC 4180 with CRLF, behind a byte-order mark so spreadsheets read the names as UTF-8. */
function csv(rows: readonly (readonly Cell[])[]): string {
	return `\ufeff${rows.map(row => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

function csvField(cell: Cell): string {
	if (cell === null) {
		return '';
	}
	if (typeof cell === 'number') {
		return String(cell);
	}
	// A name such as `=HYPERLINK(…)` would run as a formula in a spreadsheet; a leading ' keeps it text.
	const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
	return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

function rounded(share: number): number {
	return Math.round(share * 10000) / 10000;
}
