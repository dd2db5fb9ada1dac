// The numbers the Statistics panel and its exports show, computed from the model of a short story.
import * as assert from 'assert';
import { analyzeStory } from '../../../../src/core/assembly/analyze';
import { DEFAULT_OPTIONS } from '../../../../src/core/assembly/options';
import { findCast } from '../../../../src/core/cast/findCast';
import { Manuscript, manuscriptFileOf } from '../../../../src/core/manuscript/manuscript';
import { NameTagger } from '../../../../src/core/cast/nameTagger';
import { castPresence, manuscriptStatistics, readingMinutes, storyStatistics } from '../../../../src/core/statistics/statistics';
import { CharacterPresence } from '../../../../src/core/statistics/types';

// Two chapters in a part; the first chapter has two scenes. Dialogue: "Light the lamp" (3 words) and
// "It is lit" (3 words), both in scene 1.
const LIGHTHOUSE = `Part One

Chapter 1

"Light the lamp," said the old keeper. "It is lit," said Mara.

* * *

The gulls slept on the rail.

Chapter 2

Morning came grey and cold over the harbour wall.
`;

describe('statistics', () => {
	const model = analyzeStory(LIGHTHOUSE, DEFAULT_OPTIONS);
	const statistics = storyStatistics(model, { readingWordsPerMinute: 250 });

	it('totals the words the model counted, headings included', () => {
		assert.strictEqual(statistics.words, model.words);
		assert.strictEqual(statistics.words, 2 + 2 + 12 + 6 + 2 + 9);
	});

	it('lists each scene with its chapter, words and dialogue share', () => {
		assert.deepStrictEqual(
			statistics.scenes.map(({ index, chapter, title, words, dialogueWords, dialogueShare }) => ({
				index,
				chapter,
				title,
				words,
				dialogueWords,
				dialogueShare,
			})),
			[
				{ index: 0, chapter: 'Chapter 1', title: 'Scene 1', words: 12, dialogueWords: 6, dialogueShare: 0.5 },
				{ index: 1, chapter: 'Chapter 1', title: 'Scene 2', words: 6, dialogueWords: 0, dialogueShare: 0 },
				{ index: 0 + 2, chapter: 'Chapter 2', title: 'Scene 1', words: 9, dialogueWords: 0, dialogueShare: 0 },
			],
		);
		assert.deepStrictEqual(
			statistics.scenes.map(scene => [scene.start, scene.end]),
			model.scenes.map(scene => [scene.start, scene.end]),
		);
	});

	it("gives the book's dialogue share over all its words", () => {
		assert.strictEqual(statistics.dialogueWords, 6);
		assert.strictEqual(statistics.dialogueShare, 6 / statistics.words);
	});

	describe('chapters and parts', () => {
		const count = (text: string) => {
			const { chapters, parts } = storyStatistics(analyzeStory(text, DEFAULT_OPTIONS), { readingWordsPerMinute: 250 });
			return { chapters, parts };
		};
		const cases: { rule: string; text: string; expected: { chapters: number; parts: number } }[] = [
			{ rule: 'a part holding chapters is a part', text: LIGHTHOUSE, expected: { chapters: 2, parts: 1 } },
			{ rule: 'chapters without parts are chapters', text: 'Chapter 1\n\nRain.\n\nChapter 2\n\nSun.\n', expected: { chapters: 2, parts: 0 } },
			{
				rule: 'a Markdown `#` heading holding no chapters is a chapter',
				text: '# The Storm\n\nRain.\n\n# The Calm\n\nSun.\n',
				expected: { chapters: 2, parts: 0 },
			},
			{ rule: 'a story with no headings has no chapters', text: 'Rain on the glass.\n', expected: { chapters: 0, parts: 0 } },
		];
		for (const { rule, text, expected } of cases) {
			it(rule, () => assert.deepStrictEqual(count(text), expected));
		}
	});

	describe('reading time', () => {
		const cases: [number, number, number][] = [
			[0, 250, 0],
			[10, 250, 1],
			[352, 250, 1],
			[375, 250, 2],
			[90_000, 250, 360],
			[1000, 0, 4],
		];
		for (const [words, speed, minutes] of cases) {
			it(`${words} words at ${speed} a minute take ${minutes} min`, () => assert.strictEqual(readingMinutes(words, speed), minutes));
		}
	});

	describe('cast', () => {
		it('is empty when no cast is given, so nothing is shown that was not found', () => {
			assert.deepStrictEqual(statistics.cast, []);
		});

		it('places each character in its scenes with the lines spoken there, the most talkative first', () => {
			const { cast } = storyStatistics(model, {
				readingWordsPerMinute: 250,
				cast: [
					{ name: 'The keeper', scenes: [{ scene: 0, lines: 1 }] },
					{
						name: 'Mara',
						scenes: [
							{ scene: 0, lines: 1 },
							{ scene: 2, lines: 3 },
						],
					},
					{ name: 'Gulls', scenes: [{ scene: 1, lines: 0 }] },
				],
			});
			assert.deepStrictEqual(cast, [
				{ name: 'Mara', lines: 4, scenesPresent: 2, presence: [1, null, 3] },
				{ name: 'The keeper', lines: 1, scenesPresent: 1, presence: [1, null, null] },
				{ name: 'Gulls', lines: 0, scenesPresent: 1, presence: [null, 0, null] },
			]);
		});

		it('ignores scenes that do not exist rather than inventing columns', () => {
			const { cast } = storyStatistics(model, {
				readingWordsPerMinute: 250,
				cast: [
					{
						name: 'Ghost',
						scenes: [
							{ scene: 7, lines: 2 },
							{ scene: -1, lines: 1 },
						],
					},
				],
			});
			assert.deepStrictEqual(cast, [{ name: 'Ghost', lines: 0, scenesPresent: 0, presence: [null, null, null] }]);
		});
	});

	it('has no scenes and no share for an empty story', () => {
		const empty = storyStatistics(analyzeStory('', DEFAULT_OPTIONS), { readingWordsPerMinute: 250 });
		assert.deepStrictEqual([empty.words, empty.scenes.length, empty.dialogueShare, empty.readingMinutes], [0, 0, 0, 0]);
	});
});

describe('manuscript statistics', () => {
	const files = [
		['1-arrival.story', 'Chapter 1\n\n"We are here," said Mara.\n\n* * *\n\nThe house was cold.\n'],
		['2-night.story', 'Part Two\n\nChapter 2\n\nThe wind rose all night.\n'],
	].map(([path, text]) => manuscriptFileOf(path, path, text, analyzeStory(text, DEFAULT_OPTIONS)));
	const manuscript = new Manuscript(files);
	const statistics = manuscriptStatistics(manuscript, { readingWordsPerMinute: 250 });

	it('adds up the files: words, dialogue, chapters and parts, each file counted by its own headings', () => {
		assert.deepStrictEqual(
			{ words: statistics.words, dialogueWords: statistics.dialogueWords, chapters: statistics.chapters, parts: statistics.parts },
			{ words: files[0].words + files[1].words, dialogueWords: 3, chapters: 2, parts: 1 },
		);
	});

	it('lists every scene in reading order, with its file and chapter', () => {
		assert.deepStrictEqual(
			statistics.scenes.map(({ index, file, chapter, title, words }) => ({ index, file, chapter, title, words })),
			[
				{ index: 0, file: '1-arrival.story', chapter: 'Chapter 1', title: 'Scene 1', words: 5 },
				{ index: 1, file: '1-arrival.story', chapter: 'Chapter 1', title: 'Scene 2', words: 4 },
				{ index: 2, file: '2-night.story', chapter: 'Chapter 2', title: 'Scene 1', words: 5 },
			],
		);
	});
});

describe('castPresence', () => {
	const tagger = new NameTagger();
	// Mara Quill and Tobias speak and are named in scene 1; only Mara is in scene 2; Tobias alone in the next chapter.
	const HARBOUR = `Chapter 1

"The boats are late," said Mara Quill. Tobias looked at the water. "All of them," said Tobias.

* * *

Mara climbed the stairs to the lamp. Mara lit it.

Chapter 2

Tobias mended the latch again, as Tobias always did.
`;
	const model = analyzeStory(HARBOUR, DEFAULT_OPTIONS);
	const cast = findCast([model], tagger);
	const alphabetically = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
	const byName = (presence: CharacterPresence[]) => [...presence].sort(alphabetically);
	const withSpeakers = (speakers: (string | undefined)[]) => ({
		...model,
		dialogue: model.dialogue.map((span, index) => ({ ...span, speaker: speakers[index] })),
	});

	it('finds the characters and speakers the fixture is built around', () => {
		assert.deepStrictEqual(cast.characters.map(({ name, aliases }) => ({ name, aliases })).sort(alphabetically), [
			{ name: 'Mara', aliases: ['Mara Quill'] },
			{ name: 'Tobias', aliases: [] },
		]);
		assert.deepStrictEqual(
			model.dialogue.map(span => span.speaker),
			['Mara Quill', 'Tobias'],
		);
	});

	it('places each character in the scenes it appears in, with the lines it speaks there, by any of its names', () => {
		assert.deepStrictEqual(byName(castPresence(cast, [model])), [
			{
				name: 'Mara',
				scenes: [
					{ scene: 0, lines: 1 },
					{ scene: 1, lines: 0 },
				],
			},
			{
				name: 'Tobias',
				scenes: [
					{ scene: 0, lines: 1 },
					{ scene: 2, lines: 0 },
				],
			},
		]);
	});

	it('leaves a character silent where no line is given to them', () => {
		assert.deepStrictEqual(byName(castPresence(cast, [withSpeakers([undefined, 'the gulls'])])), [
			{
				name: 'Mara',
				scenes: [
					{ scene: 0, lines: 0 },
					{ scene: 1, lines: 0 },
				],
			},
			{
				name: 'Tobias',
				scenes: [
					{ scene: 0, lines: 0 },
					{ scene: 2, lines: 0 },
				],
			},
		]);
	});

	it("numbers a manuscript's scenes from each story's place in the list, and leaves out a story not shown", () => {
		const manuscriptCast = findCast([model, model], tagger);
		const presence = byName(castPresence(manuscriptCast, [model, model], [4, undefined]));
		assert.deepStrictEqual(
			presence.map(({ name, scenes }) => ({ name, scenes: scenes.map(({ scene }) => scene) })),
			[
				{ name: 'Mara', scenes: [4, 5] },
				{ name: 'Tobias', scenes: [4, 6] },
			],
		);
	});

	it('feeds the grid: lines per character, present where the cast found them', () => {
		const statistics = storyStatistics(model, { readingWordsPerMinute: 250, cast: castPresence(cast, [model]) });
		assert.deepStrictEqual(statistics.cast.map(({ name, lines, presence }) => ({ name, lines, presence })).sort(alphabetically), [
			{ name: 'Mara', lines: 1, presence: [1, 0, null] },
			{ name: 'Tobias', lines: 1, presence: [1, null, 0] },
		]);
	});
});
