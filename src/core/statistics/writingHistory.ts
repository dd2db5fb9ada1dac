// Decides what counts as a day's writing. Each edit is measured by how much it changed the story's word
// count (the model's count before and after), never by re-reading text, and sorted by where it came from:
// - writing in the editor counts: words added, words removed;
// - one edit that adds or removes more than BULK_EDIT_WORDS at once (pasting a chapter, cutting a scene,
//   a replace-all) is recorded apart, as pasted or cut, and does not move the daily goal either way;
// - a change from outside the editor (the file replaced on disk: a branch switch, a sync, Revert File)
//   is not writing and is not counted at all;
// - undo takes back exactly what the edit it undoes counted, and redo counts it again, so typing a
//   paragraph and undoing it leaves the day as it was.
// Progress toward the daily goal is the day's words added minus words removed, never below zero.

import { DayTally, EditJournal, JournalEntry, RecordedEdit, WordCountEdit, WritingHistory } from './types';

/** An edit above this many words, either way, is a paste or a cut, not writing. */
export const BULK_EDIT_WORDS = 100;

export const EMPTY_TALLY: DayTally = { added: 0, removed: 0, pasted: 0, cut: 0 };
export const EMPTY_HISTORY: WritingHistory = { days: {} };

export const EMPTY_JOURNAL: EditJournal = { undo: [], redo: [] };

/** An undo stack deeper than this is rare; the oldest entries go, and undoing that far counts by size. */
const MAX_JOURNAL = 500;

/** The history and journal after `edit`, made on `day` (a local `YYYY-MM-DD`). */
export function recordEdit(history: WritingHistory, journal: EditJournal, edit: WordCountEdit, day: string): RecordedEdit {
	const delta = edit.wordsAfter - edit.wordsBefore;
	switch (edit.source) {
		case 'undo':
			return undoEdit(history, journal, delta, day);
		case 'redo':
			return redoEdit(history, journal, delta, day);
		case 'outside':
			return delta === 0 ? { history, journal } : { history, journal: { undo: pushed(journal.undo, { kind: 'outside', words: delta }), redo: [] } };
		case 'writing': {
			if (delta === 0) {
				return { history, journal };
			}
			const entry: JournalEntry = { kind: kindBySize(delta), words: delta };
			return { history: counted(history, day, entry, 'apply'), journal: { undo: pushed(journal.undo, entry), redo: [] } };
		}
	}
}

/** Words toward the daily goal: added minus removed by writing, never below zero. */
export function progress(tally: DayTally): number {
	return Math.max(0, tally.added - tally.removed);
}

export function tallyOf(history: WritingHistory, day: string): DayTally {
	return Object.hasOwn(history.days, day) ? history.days[day] : EMPTY_TALLY;
}

/** The local calendar day of `date`, `YYYY-MM-DD`: a writer's day ends at their own midnight. */
export function dayKey(date: Date): string {
	const month = String(date.getMonth() + 1).padStart(2, '0');
	const day = String(date.getDate()).padStart(2, '0');
	return `${String(date.getFullYear()).padStart(4, '0')}-${month}-${day}`;
}

/** The `count` days ending on `today`, oldest first, with empty days included. */
export function recentDays(history: WritingHistory, today: string, count: number): { day: string; tally: DayTally }[] {
	const [year, month, date] = today.split('-').map(Number);
	const days: { day: string; tally: DayTally }[] = [];
	for (let back = count - 1; back >= 0; back--) {
		const day = dayKey(new Date(year, month - 1, date - back));
		days.push({ day, tally: tallyOf(history, day) });
	}
	return days;
}

const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;

/** A history read back from storage; anything malformed is dropped rather than trusted. */
export function parseHistory(stored: unknown): WritingHistory {
	const days: Record<string, DayTally> = {};
	const storedDays = typeof stored === 'object' && stored !== null ? (stored as { days?: unknown }).days : undefined;
	if (typeof storedDays !== 'object' || storedDays === null) {
		return EMPTY_HISTORY;
	}
	for (const [day, tally] of Object.entries(storedDays)) {
		if (!DAY_KEY.test(day) || typeof tally !== 'object' || tally === null) {
			continue;
		}
		const { added, removed, pasted, cut } = tally as Record<string, unknown>;
		const counts = [added, removed, pasted, cut].map(count => (typeof count === 'number' && Number.isFinite(count) && count > 0 ? Math.floor(count) : 0));
		days[day] = { added: counts[0], removed: counts[1], pasted: counts[2], cut: counts[3] };
	}
	return { days };
}

function kindBySize(delta: number): 'writing' | 'bulk' {
	return Math.abs(delta) > BULK_EDIT_WORDS ? 'bulk' : 'writing';
}

/** Undo reverses the latest entries whose changes add up to what the undo changed. */
function undoEdit(history: WritingHistory, journal: EditJournal, delta: number, day: string): RecordedEdit {
	const undo = journal.undo.slice();
	const redo = journal.redo.slice();
	let reversed = 0;
	while (reversed !== -delta && undo.length > 0) {
		const entry = undo.pop()!;
		history = counted(history, day, entry, 'reverse');
		redo.push(entry);
		reversed += entry.words;
	}
	// What the journal does not know (an edit from before the window opened) is taken back by its size.
	const unknown = -delta - reversed;
	if (unknown !== 0) {
		history = counted(history, day, { kind: kindBySize(unknown), words: unknown }, 'reverse');
	}
	return { history, journal: { undo, redo } };
}

/** Redo counts again the entries the last undo took back. */
function redoEdit(history: WritingHistory, journal: EditJournal, delta: number, day: string): RecordedEdit {
	const undo = journal.undo.slice();
	const redo = journal.redo.slice();
	let redone = 0;
	while (redone !== delta && redo.length > 0) {
		const entry = redo.pop()!;
		history = counted(history, day, entry, 'apply');
		undo.push(entry);
		redone += entry.words;
	}
	const unknown = delta - redone;
	if (unknown !== 0) {
		const entry: JournalEntry = { kind: kindBySize(unknown), words: unknown };
		history = counted(history, day, entry, 'apply');
		undo.push(entry);
	}
	return { history, journal: { undo: undo.slice(-MAX_JOURNAL), redo } };
}

/**
 * The history with `entry` counted on `day` ('apply'), or taken back ('reverse'). Taking back more than the
 * day holds (words written yesterday, undone today) counts the rest the other way: undoing yesterday's
 * paragraph removes words today.
 */
function counted(history: WritingHistory, day: string, entry: JournalEntry, direction: 'apply' | 'reverse'): WritingHistory {
	if (entry.kind === 'outside' || entry.words === 0) {
		return history;
	}
	const tally = { ...tallyOf(history, day) };
	const up: 'added' | 'pasted' = entry.kind === 'bulk' ? 'pasted' : 'added';
	const down: 'removed' | 'cut' = entry.kind === 'bulk' ? 'cut' : 'removed';
	const amount = Math.abs(entry.words);
	if (direction === 'apply') {
		tally[entry.words > 0 ? up : down] += amount;
	} else {
		const takeFrom = entry.words > 0 ? up : down;
		const overflowTo = entry.words > 0 ? down : up;
		const taken = Math.min(tally[takeFrom], amount);
		tally[takeFrom] -= taken;
		tally[overflowTo] += amount - taken;
	}
	return { days: { ...history.days, [day]: tally } };
}

function pushed(entries: readonly JournalEntry[], entry: JournalEntry): JournalEntry[] {
	const next = entries.length >= MAX_JOURNAL ? entries.slice(entries.length - MAX_JOURNAL + 1) : entries.slice();
	next.push(entry);
	return next;
}
