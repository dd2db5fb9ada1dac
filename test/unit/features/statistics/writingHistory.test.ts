// The rules for counting a day's writing: what counts, what is recorded apart, and how undo takes back.
import * as assert from 'assert';
import * as fc from 'fast-check';
import {
	BULK_EDIT_WORDS,
	dayKey,
	EMPTY_HISTORY,
	EMPTY_JOURNAL,
	parseHistory,
	progress,
	recentDays,
	recordEdit,
	tallyOf,
} from '../../../../src/core/statistics/writingHistory';
import { DayTally, EditJournal, EditSource, WritingHistory } from '../../../../src/core/statistics/types';

const MONDAY = '2024-03-04';
const TUESDAY = '2024-03-05';

/** One document's session: edits given as [words after, source], starting from `startWords`. */
function session(
	startWords: number,
	edits: readonly (readonly [number, EditSource] | readonly [number, EditSource, string])[],
	history: WritingHistory = EMPTY_HISTORY,
) {
	let journal: EditJournal = EMPTY_JOURNAL;
	let words = startWords;
	for (const [after, source, day = MONDAY] of edits) {
		({ history, journal } = recordEdit(history, journal, { wordsBefore: words, wordsAfter: after, source }, day));
		words = after;
	}
	return { history, journal, monday: tallyOf(history, MONDAY), tuesday: tallyOf(history, TUESDAY) };
}

const tally = (added: number, removed: number, pasted = 0, cut = 0): DayTally => ({ added, removed, pasted, cut });

describe('writingHistory', () => {
	describe('counting edits', () => {
		const cases: { rule: string; start: number; edits: [number, EditSource][]; expected: DayTally }[] = [
			{
				rule: 'typing counts the words it adds',
				start: 1000,
				edits: [
					[1001, 'writing'],
					[1002, 'writing'],
					[1003, 'writing'],
				],
				expected: tally(3, 0),
			},
			{ rule: 'an edit that leaves the count alone (a letter inside a word) counts nothing', start: 1000, edits: [[1000, 'writing']], expected: tally(0, 0) },
			{
				rule: 'deleting words counts them as removed',
				start: 1000,
				edits: [
					[1005, 'writing'],
					[1003, 'writing'],
				],
				expected: tally(5, 2),
			},
			{
				rule: `pasting a paragraph of ${BULK_EDIT_WORDS} words is still writing`,
				start: 0,
				edits: [[BULK_EDIT_WORDS, 'writing']],
				expected: tally(BULK_EDIT_WORDS, 0),
			},
			{
				rule: `pasting more than ${BULK_EDIT_WORDS} words at once is recorded as pasted`,
				start: 0,
				edits: [[3000, 'writing']],
				expected: tally(0, 0, 3000, 0),
			},
			{ rule: 'cutting a scene is recorded as cut', start: 5000, edits: [[2000, 'writing']], expected: tally(0, 0, 0, 3000) },
			{
				rule: 'a file replaced on disk (a branch switch) is not counted',
				start: 5000,
				edits: [
					[9000, 'outside'],
					[4000, 'outside'],
				],
				expected: tally(0, 0),
			},
			{
				rule: 'typing after a branch switch counts from the new text',
				start: 5000,
				edits: [
					[9000, 'outside'],
					[9004, 'writing'],
				],
				expected: tally(4, 0),
			},
		];
		for (const { rule, start, edits, expected } of cases) {
			it(rule, () => assert.deepStrictEqual(session(start, edits).monday, expected));
		}

		it('moving a chapter (cut here, paste there) leaves the goal where it was', () => {
			const moved = session(10_000, [
				[10_010, 'writing'],
				[7_010, 'writing'],
				[10_010, 'writing'],
			]).monday;
			assert.deepStrictEqual(moved, tally(10, 0, 3000, 3000));
			assert.strictEqual(progress(moved), 10);
		});

		it('counts each day on its own date', () => {
			const { monday, tuesday } = session(0, [
				[10, 'writing', MONDAY],
				[25, 'writing', TUESDAY],
			]);
			assert.deepStrictEqual([monday, tuesday], [tally(10, 0), tally(15, 0)]);
		});
	});

	describe('undo and redo', () => {
		it('undoing typed words brings the day back to where it was', () => {
			assert.deepStrictEqual(
				session(100, [
					[101, 'writing'],
					[102, 'writing'],
					[100, 'undo'],
				]).monday,
				tally(0, 0),
			);
		});

		it('redo counts the words again, once', () => {
			assert.deepStrictEqual(
				session(100, [
					[101, 'writing'],
					[102, 'writing'],
					[100, 'undo'],
					[102, 'redo'],
				]).monday,
				tally(2, 0),
			);
		});

		it('undo then redo then undo, over and over, never counts twice', () => {
			const edits: [number, EditSource][] = [[130, 'writing']];
			for (let round = 0; round < 5; round++) {
				edits.push([100, 'undo'], [130, 'redo']);
			}
			assert.deepStrictEqual(session(100, edits).monday, tally(30, 0));
		});

		it('undoing a deletion takes back the removal instead of counting new words', () => {
			assert.deepStrictEqual(
				session(100, [
					[110, 'writing'],
					[95, 'writing'],
					[110, 'undo'],
				]).monday,
				tally(10, 0),
			);
		});

		it('undoing a paste takes it back from pasted, leaving the typed words alone', () => {
			const { monday } = session(0, [
				[20, 'writing'],
				[2020, 'writing'],
				[2025, 'writing'],
				[2020, 'undo'],
				[20, 'undo'],
			]);
			assert.deepStrictEqual(monday, tally(20, 0));
		});

		it('an undo that spans several typed words (one undo step) takes them all back', () => {
			const edits: [number, EditSource][] = [];
			for (let words = 1; words <= 150; words++) {
				edits.push([words, 'writing']);
			}
			// VS Code may undo a long run of typing in one step: 150 words at once, yet they were typed.
			edits.push([0, 'undo']);
			assert.deepStrictEqual(session(0, edits).monday, tally(0, 0));
		});

		it("undoing yesterday's words today removes them today", () => {
			const { monday, tuesday } = session(0, [
				[40, 'writing', MONDAY],
				[0, 'undo', TUESDAY],
			]);
			assert.deepStrictEqual([monday, tuesday], [tally(40, 0), tally(0, 40)]);
		});

		it('an undo the journal does not know (after a restart) counts by its size', () => {
			assert.deepStrictEqual(session(500, [[490, 'undo']]).monday, tally(0, 10));
			assert.deepStrictEqual(session(500, [[100, 'undo']]).monday, tally(0, 0, 0, 400));
		});

		it('undoing a file reloaded from disk is not counted either', () => {
			assert.deepStrictEqual(
				session(500, [
					[505, 'writing'],
					[800, 'outside'],
					[505, 'undo'],
				]).monday,
				tally(5, 0),
			);
		});

		it('a new edit after an undo discards what redo could have brought back', () => {
			const { monday, journal } = session(0, [
				[10, 'writing'],
				[0, 'undo'],
				[3, 'writing'],
			]);
			assert.deepStrictEqual(monday, tally(3, 0));
			assert.deepStrictEqual(journal.redo, []);
		});

		it('any run of edits, undos and redos moves the day by exactly what the counted words moved', () => {
			const step = fc.record({ change: fc.integer({ min: -150, max: 150 }), source: fc.constantFrom<EditSource>('writing', 'writing', 'undo', 'redo') });
			fc.assert(
				fc.property(fc.array(step, { maxLength: 60 }), steps => {
					let history = EMPTY_HISTORY;
					let journal = EMPTY_JOURNAL;
					let words = 1000;
					let counted = 0;
					for (const { change, source } of steps) {
						const after = Math.max(0, words + change);
						const before = tallyOf(history, MONDAY);
						({ history, journal } = recordEdit(history, journal, { wordsBefore: words, wordsAfter: after, source }, MONDAY));
						const now = tallyOf(history, MONDAY);
						const moved = now.added - now.removed + now.pasted - now.cut - (before.added - before.removed + before.pasted - before.cut);
						assert.strictEqual(moved, after - words, 'every word of change lands in exactly one column');
						assert.ok(
							[now.added, now.removed, now.pasted, now.cut].every(count => count >= 0),
							'no column goes below zero',
						);
						counted += after - words;
						words = after;
					}
					const final = tallyOf(history, MONDAY);
					assert.strictEqual(final.added - final.removed + final.pasted - final.cut, counted);
				}),
			);
		});
	});

	describe('progress toward the goal', () => {
		it('is words added minus words removed', () => assert.strictEqual(progress(tally(612, 40, 3000, 0)), 572));
		it('never goes below zero on a day of cutting', () => assert.strictEqual(progress(tally(10, 300)), 0));
	});

	describe('days', () => {
		it("are the writer's local calendar days", () => {
			assert.strictEqual(dayKey(new Date(2024, 0, 9, 23, 59)), '2024-01-09');
			assert.strictEqual(dayKey(new Date(2024, 0, 10, 0, 1)), '2024-01-10');
		});

		it('the recent days include empty ones and cross month ends, oldest first', () => {
			const history: WritingHistory = { days: { '2024-02-28': tally(5, 0), '2024-03-01': tally(7, 1) } };
			assert.deepStrictEqual(recentDays(history, '2024-03-01', 3), [
				{ day: '2024-02-28', tally: tally(5, 0) },
				{ day: '2024-02-29', tally: tally(0, 0) },
				{ day: '2024-03-01', tally: tally(7, 1) },
			]);
		});
	});

	describe('reading a stored history back', () => {
		it('keeps well-formed days', () => {
			const stored = { days: { [MONDAY]: tally(12, 3, 400, 0) } };
			assert.deepStrictEqual(parseHistory(JSON.parse(JSON.stringify(stored))), stored);
		});

		const broken: { what: string; stored: unknown }[] = [
			{ what: 'nothing stored yet', stored: undefined },
			{ what: 'a string', stored: 'yesterday' },
			{ what: 'days that are not an object', stored: { days: 7 } },
		];
		for (const { what, stored } of broken) {
			it(`starts empty from ${what}`, () => assert.deepStrictEqual(parseHistory(stored), EMPTY_HISTORY));
		}

		it('drops malformed days and counts, keeping the rest', () => {
			const stored = { days: { 'last week': tally(1, 1), [MONDAY]: { added: -4, removed: 'many', pasted: 2.7, cut: Infinity }, [TUESDAY]: null } };
			assert.deepStrictEqual(parseHistory(stored), { days: { [MONDAY]: tally(0, 0, 2, 0) } });
		});

		it('ignores a day named __proto__ rather than changing what a history is', () => {
			const parsed = parseHistory(JSON.parse('{ "days": { "__proto__": { "added": 5 } } }'));
			assert.deepStrictEqual(Object.keys(parsed.days), []);
			assert.strictEqual(Object.getPrototypeOf(parsed.days), Object.prototype);
		});
	});
});
