// What the exports write: JSON with every figure, and CSV a spreadsheet opens safely.
import * as assert from 'assert';
import { analyzeStory } from '../../../../src/core/assembly/analyze';
import { DEFAULT_OPTIONS } from '../../../../src/core/assembly/options';
import { storyStatistics } from '../../../../src/core/statistics/statistics';
import { historyCsv, scenesCsv, statisticsJson } from '../../../../src/core/statistics/statisticsExport';

const STORY = `Chapter 1

"Row," said Mara.

### =HYPERLINK("http://example.com")

The sea, "calm" at last, slept.
`;

describe('statisticsExport', () => {
	const model = analyzeStory(STORY, DEFAULT_OPTIONS);
	const statistics = storyStatistics(model, {
		readingWordsPerMinute: 250,
		cast: [{ name: 'Mara, "the keeper"', scenes: [{ scene: 0, lines: 1 }] }],
	});
	const history = [
		{ day: '2024-03-04', tally: { added: 612, removed: 40, pasted: 3000, cut: 0 } },
		{ day: '2024-03-05', tally: { added: 0, removed: 0, pasted: 0, cut: 0 } },
	];

	it('JSON holds the totals, each scene with who is in it, the cast and the history with progress', () => {
		const json = JSON.parse(statisticsJson({ document: 'one.story', statistics, readingWordsPerMinute: 250, dailyGoal: 1000, history }));
		assert.deepStrictEqual(
			{
				words: json.words,
				chapters: json.chapters,
				parts: json.parts,
				dialogueWords: json.dialogueWords,
				readingMinutes: json.readingMinutes,
				document: json.document,
			},
			{ words: model.words, chapters: 1, parts: 0, dialogueWords: 1, readingMinutes: 1, document: 'one.story' },
		);
		assert.deepStrictEqual(
			json.scenes.map((scene: { title: string; words: number; characters: object }) => [scene.title, scene.words, scene.characters]),
			[
				['Scene 1', 3, { 'Mara, "the keeper"': 1 }],
				['=HYPERLINK("http://example.com")', 6, {}],
			],
		);
		assert.deepStrictEqual(json.characters, [{ name: 'Mara, "the keeper"', lines: 1, scenesPresent: 1 }]);
		assert.deepStrictEqual(json.history, {
			dailyGoal: 1000,
			days: [
				{ day: '2024-03-04', added: 612, removed: 40, pasted: 3000, cut: 0, progress: 572 },
				{ day: '2024-03-05', added: 0, removed: 0, pasted: 0, cut: 0, progress: 0 },
			],
		});
	});

	it('scenes CSV has a row per scene, a column per character, quoted where needed, formulas defused', () => {
		assert.strictEqual(
			scenesCsv(statistics),
			'\ufeff' +
				[
					'Chapter,Scene,Words,Dialogue words,Dialogue share,"Mara, ""the keeper"""',
					'Chapter 1,Scene 1,3,1,0.3333,1',
					`Chapter 1,"'=HYPERLINK(""http://example.com"")",6,0,0,`,
					'',
				].join('\r\n'),
		);
	});

	it('history CSV has a row per day with the progress counted toward the goal', () => {
		assert.strictEqual(
			historyCsv({ dailyGoal: 1000, history }),
			'\ufeff' +
				[
					'Date,Words added,Words removed,Words pasted,Words cut,Progress,Daily goal',
					'2024-03-04,612,40,3000,0,572,1000',
					'2024-03-05,0,0,0,0,0,1000',
					'',
				].join('\r\n'),
		);
	});
});
