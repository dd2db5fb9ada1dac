// What the status bar says, worked out from the model without touching VS Code: this runs on every
// keystroke, so it only reads counts the model already holds (document, scene by binary search, selection
// by paragraph) and never counts the document again. The bench times it beside the model update.

import { DayTally, progress, sceneIndexAt, StoryModel, TextRange, wordsInRange } from '../../core';

/** Which parts the writer wants (`dramatis.statusBar.*`). */
export interface StatusBarParts {
	readonly documentWords: boolean;
	readonly sceneWords: boolean;
	readonly selectionWords: boolean;
	readonly dailyGoal: boolean;
}

export interface StatusBarState {
	readonly model: StoryModel;
	/** The primary cursor's offset. */
	readonly cursor: number;
	/** Every non-empty selection. */
	readonly selections: readonly TextRange[];
	readonly today: DayTally;
	/** Words a day; 0 for no goal. */
	readonly dailyGoal: number;
	readonly parts: StatusBarParts;
	/** Formats a count for the writer's language (grouped digits). */
	readonly formatCount: (count: number) => string;
}

export interface StatusBarEntry {
	readonly text: string;
	readonly tooltip: string;
}

/** One entry per status bar item; undefined hides it. */
export interface StatusBarTexts {
	readonly words?: StatusBarEntry;
	readonly scene?: StatusBarEntry;
	readonly goal?: StatusBarEntry;
}

const CLICK = 'Click to open Dramatis Statistics.';

export function statusBarTexts(state: StatusBarState): StatusBarTexts {
	return { words: wordsEntry(state), scene: sceneEntry(state), goal: goalEntry(state) };
}

function wordsEntry({ model, selections, parts, formatCount }: StatusBarState): StatusBarEntry | undefined {
	const selected = parts.selectionWords && selections.length > 0 ? selections.reduce((total, range) => total + wordsInRange(model, range), 0) : undefined;
	const noun = (count: number) => (count === 1 ? 'word' : 'words');
	if (parts.documentWords) {
		return selected === undefined
			? { text: `$(book) ${formatCount(model.words)} ${noun(model.words)}`, tooltip: `Words in this document. ${CLICK}` }
			: {
					text: `$(book) ${formatCount(selected)} of ${formatCount(model.words)} ${noun(model.words)}`,
					tooltip: `Words selected, of the words in this document. ${CLICK}`,
				};
	}
	return selected === undefined ? undefined : { text: `$(book) ${formatCount(selected)} ${noun(selected)} selected`, tooltip: `Words selected. ${CLICK}` };
}

function sceneEntry({ model, cursor, parts, formatCount }: StatusBarState): StatusBarEntry | undefined {
	if (!parts.sceneWords) {
		return undefined;
	}
	const index = sceneIndexAt(model, cursor);
	if (index < 0) {
		return undefined;
	}
	const scene = model.scenes[index];
	const chapter = scene.chapterIndex >= 0 ? ` in ${model.chapters[scene.chapterIndex].title}` : '';
	return { text: `${formatCount(scene.words)} in scene`, tooltip: `Words in ${scene.title}${chapter}. ${CLICK}` };
}

function goalEntry({ today, dailyGoal, parts, formatCount }: StatusBarState): StatusBarEntry | undefined {
	if (!parts.dailyGoal) {
		return undefined;
	}
	const written = progress(today);
	const details = [`${formatCount(today.added)} added`, `${formatCount(today.removed)} removed`];
	if (today.pasted > 0 || today.cut > 0) {
		details.push(`${formatCount(today.pasted)} pasted and ${formatCount(today.cut)} cut in large edits, not counted`);
	}
	const tooltip = `Words written today in this workspace: ${details.join(', ')}.`;
	if (dailyGoal <= 0) {
		return { text: `$(edit) ${formatCount(written)} today`, tooltip: `${tooltip} ${CLICK}` };
	}
	const reached = written >= dailyGoal;
	return {
		text: `${reached ? '$(pass-filled)' : '$(edit)'} ${formatCount(written)} / ${formatCount(dailyGoal)} today`,
		tooltip: `${tooltip} Daily goal: ${formatCount(dailyGoal)} words${reached ? ', reached' : ''}. ${CLICK}`,
	};
}
