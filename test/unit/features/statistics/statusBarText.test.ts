// What the status bar says for a document, a cursor, a selection and a day's writing.
import * as assert from 'assert';
import { analyzeStory } from '../../../../src/core/assembly/analyze';
import { DEFAULT_OPTIONS } from '../../../../src/core/assembly/options';
import { DayTally } from '../../../../src/core/statistics/types';
import { StatusBarParts, StatusBarState, statusBarTexts } from '../../../../src/features/statistics/statusBarText';

const STORY = `Chapter 1

The lamp was lit and the keeper slept.

* * *

Dawn.
`;

const ALL: StatusBarParts = { documentWords: true, sceneWords: true, selectionWords: true, dailyGoal: true };
const TODAY: DayTally = { added: 640, removed: 28, pasted: 0, cut: 0 };
const format = new Intl.NumberFormat('en');

function texts(overrides: Partial<StatusBarState> = {}) {
	const model = analyzeStory(STORY, DEFAULT_OPTIONS);
	const result = statusBarTexts({
		model,
		cursor: STORY.indexOf('keeper'),
		selections: [],
		today: TODAY,
		dailyGoal: 1000,
		parts: ALL,
		formatCount: count => format.format(count),
		...overrides,
	});
	return { words: result.words?.text, scene: result.scene?.text, goal: result.goal?.text };
}

describe('statusBarText', () => {
	it("shows the document's words, the scene's words and today's progress toward the goal", () => {
		assert.deepStrictEqual(texts(), { words: '$(book) 11 words', scene: '8 in scene', goal: '$(edit) 612 / 1,000 today' });
	});

	it('counts the selection against the document', () => {
		const selection = { start: STORY.indexOf('The lamp'), end: STORY.indexOf(' and') };
		assert.strictEqual(texts({ selections: [selection] }).words, '$(book) 4 of 11 words');
	});

	it('adds up several selections', () => {
		const selections = [
			{ start: STORY.indexOf('The lamp'), end: STORY.indexOf(' was') },
			{ start: STORY.indexOf('Dawn'), end: STORY.indexOf('Dawn') + 4 },
		];
		assert.strictEqual(texts({ selections }).words, '$(book) 3 of 11 words');
	});

	it('marks a reached goal', () => {
		assert.strictEqual(texts({ today: { added: 1200, removed: 0, pasted: 0, cut: 0 } }).goal, '$(pass-filled) 1,200 / 1,000 today');
	});

	it("shows the day's words alone when there is no goal", () => {
		assert.strictEqual(texts({ dailyGoal: 0 }).goal, '$(edit) 612 today');
	});

	it('hides the scene count where the cursor is in no scene (a chapter heading)', () => {
		assert.strictEqual(texts({ cursor: 2 }).scene, undefined);
	});

	describe('each part can be turned off', () => {
		const selection = [{ start: STORY.indexOf('The lamp'), end: STORY.indexOf(' and') }];
		const cases: { off: keyof StatusBarParts; selections: { start: number; end: number }[]; expected: ReturnType<typeof texts> }[] = [
			{ off: 'documentWords', selections: [], expected: { words: undefined, scene: '8 in scene', goal: '$(edit) 612 / 1,000 today' } },
			{ off: 'documentWords', selections: selection, expected: { words: '$(book) 4 words selected', scene: '8 in scene', goal: '$(edit) 612 / 1,000 today' } },
			{ off: 'selectionWords', selections: selection, expected: { words: '$(book) 11 words', scene: '8 in scene', goal: '$(edit) 612 / 1,000 today' } },
			{ off: 'sceneWords', selections: [], expected: { words: '$(book) 11 words', scene: undefined, goal: '$(edit) 612 / 1,000 today' } },
			{ off: 'dailyGoal', selections: [], expected: { words: '$(book) 11 words', scene: '8 in scene', goal: undefined } },
		];
		for (const { off, selections, expected } of cases) {
			it(`${off} off${selections.length ? ', with a selection' : ''}`, () =>
				assert.deepStrictEqual(texts({ parts: { ...ALL, [off]: false }, selections }), expected));
		}
	});
});
