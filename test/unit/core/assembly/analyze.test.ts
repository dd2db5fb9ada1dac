// Analysis whole, a slice at a time, and after edits: the same model every way.
import * as assert from 'assert';
import * as fc from 'fast-check';
import { analyzeStory, StoryAnalysis, StoryModel, updateStory } from '../../../../src/core';

const STORY = [
	'Part One',
	'',
	'Chapter 1',
	'',
	'Mara lit the lamp. "Shut the door," she said.',
	'',
	'* * *',
	'',
	'Tobias brought soup.',
	'',
	'Chapter 2',
	'',
	'The Teeth waited in the dark.',
].join('\n');

/** What a reader of the model sees, without the cached paragraph analyses. */
function shape(model: StoryModel) {
	return {
		words: model.words,
		body: model.body,
		matter: model.matter,
		blocks: model.blocks.map(({ start, end }) => ({ start, end })),
		chapters: model.chapters,
		scenes: model.scenes,
		dialogue: model.dialogue,
	};
}

/** A paragraph kept on one line, long enough to stand alone without blank lines around it. */
const LONG_LINE_OF_PROSE =
	'Mara rowed out past the last rock while the rain needled the glass of the lamp room, and Tobias watched her from the harbour wall until the light went round again.';

/** Book-shaped pieces for the slice and edit properties: headings, breaks, contents, Gutenberg fences. */
const slicePieces = [
	'The gulls came back.',
	'“Shut the door,” she said.',
	'Chapter 1',
	'CHAPTER II',
	'Part Two',
	'Contents',
	'* * *',
	'XXX',
	'XXIX',
	'I',
	'# Night',
	'### Dawn',
	'I lit the lamp.',
	'\n',
	'\n\n',
	'\r\n\r\n',
	'    ',
	'ERSTES KAPITEL',
	'DIE MÖWEN',
	'[Illustration: gulls]',
	'*** START OF THE PROJECT GUTENBERG EBOOK X ***',
	'*** END OF THE PROJECT GUTENBERG EBOOK X ***',
	'Produced by the circle',
];
const storyText = fc.array(fc.constantFrom(...slicePieces), { maxLength: 40 }).map(parts => parts.join(' '));

describe('analyze', () => {
	it('assembles books, chapters and scenes with their counts', () => {
		const model = analyzeStory(STORY);
		assert.strictEqual(model.words, 24);
		assert.deepStrictEqual(
			model.chapters.map(({ title, level, words }) => ({ title, level, words })),
			[
				{ title: 'Part One', level: 1, words: 24 },
				{ title: 'Chapter 1', level: 2, words: 14 },
				{ title: 'Chapter 2', level: 2, words: 8 },
			],
		);
		assert.deepStrictEqual(
			model.scenes.map(({ title, chapterIndex, words, dialogueWords, firstLine }) => ({ title, chapterIndex, words, dialogueWords, firstLine })),
			[
				{ title: 'Scene 1', chapterIndex: 1, words: 9, dialogueWords: 3, firstLine: 'Mara lit the lamp. "Shut the door," she said.' },
				{ title: 'Scene 2', chapterIndex: 1, words: 3, dialogueWords: 0, firstLine: 'Tobias brought soup.' },
				{ title: 'Scene 1', chapterIndex: 2, words: 6, dialogueWords: 0, firstLine: 'The Teeth waited in the dark.' },
			],
		);
	});

	it('gives each chapter the range from its heading to the last line before the next', () => {
		const model = analyzeStory(STORY);
		const [part, first, second] = model.chapters;
		assert.strictEqual(STORY.slice(part.start, part.end), STORY);
		assert.strictEqual(STORY.slice(first.start, first.end), STORY.slice(STORY.indexOf('Chapter 1'), STORY.indexOf('soup.') + 5));
		assert.strictEqual(STORY.slice(second.start, second.end), STORY.slice(STORY.indexOf('Chapter 2')));
	});

	it('makes a story with no headings one scene', () => {
		const model = analyzeStory('Karen sang.\n\nIvy listened.');
		assert.deepStrictEqual(model.chapters, []);
		assert.deepStrictEqual(
			model.scenes.map(scene => [scene.title, scene.chapterIndex, scene.words]),
			[['Scene 1', -1, 4]],
		);
	});

	it('titles a scene with the ### heading before it', () => {
		const model = analyzeStory('# Book\n\n### Low Tide\n\nThe sea drew back.');
		assert.deepStrictEqual(
			model.scenes.map(scene => scene.title),
			['Low Tide'],
		);
	});

	it('leaves Gutenberg licence text and front matter out of the story', () => {
		const text = [
			'The Project Gutenberg eBook of The Light, a licence line.',
			'',
			'*** START OF THE PROJECT GUTENBERG EBOOK THE LIGHT ***',
			'',
			'CHAPTER I',
			'',
			'The lamp burned all night.',
			'',
			'*** END OF THE PROJECT GUTENBERG EBOOK THE LIGHT ***',
			'',
			'More licence words here.',
		].join('\n');
		const model = analyzeStory(text);
		assert.strictEqual(model.words, 7);
		assert.deepStrictEqual(
			model.chapters.map(chapter => chapter.title),
			['CHAPTER I'],
		);
		assert.strictEqual(text.slice(model.body.start, model.body.end).trim(), 'CHAPTER I\n\nThe lamp burned all night.');

		const withFrontMatter = analyzeStory('---\ntitle: The Light\n---\n\nThe lamp burned.');
		assert.strictEqual(withFrontMatter.words, 3);
	});

	it('closes a quote left open at the end of its paragraph', () => {
		const model = analyzeStory('"Wait, she said.\n\nNobody waited.');
		assert.deepStrictEqual(model.dialogue, [{ start: 0, end: 16, closed: false, lastOpening: 0, speaker: undefined, kind: 'speech' }]);
	});

	it('carries speech on when the next paragraph opens with a quote', () => {
		const text = '"The sea was rough that year.\n\n"And the next," said Mara.';
		const model = analyzeStory(text);
		assert.deepStrictEqual(
			model.dialogue.map(span => [text.slice(span.start, span.end), span.closed]),
			[['"The sea was rough that year.\n\n"And the next,"', true]],
		);
	});

	it('reads a story kept one paragraph to a line, with no blank lines, paragraph by paragraph', () => {
		const lines = [1, 2, 3].map(night => `${LONG_LINE_OF_PROSE} That was night ${night}.`);
		const text = [
			'Chapter 1',
			lines[0],
			'“Row harder,” said Tobias.',
			lines[1],
			'Chapter 2',
			lines[2],
			'“Home,” said Mara.',
			'Chapter 3',
			'“Again?” asked Tobias.',
		].join('\n');
		const model = analyzeStory(text);
		// A chapter line stands alone between paragraphs however short they are: `Chapter 3` comes after a
		// line of dialogue and before another.
		assert.deepStrictEqual(
			model.chapters.map(chapter => chapter.title),
			['Chapter 1', 'Chapter 2', 'Chapter 3'],
		);
		assert.deepStrictEqual(
			model.dialogue.map(span => text.slice(span.start, span.end)),
			['“Row harder,”', '“Home,”', '“Again?”'],
		);
		// An edit re-reads the paragraph typed in, not the chapter.
		const at = text.indexOf('harder');
		const edited = `${text.slice(0, at)}much ${text.slice(at)}`;
		const after = updateStory(model, edited, [{ start: at, end: at, text: 'much ' }]);
		const changed = after.blocks.filter((block, index) => block.analysis !== model.blocks[index].analysis);
		assert.deepStrictEqual(
			changed.map(block => block.analysis.text),
			['“Row much harder,” said Tobias.'],
		);
	});

	it('keeps a hard-wrapped line that looks like a numbered title in its paragraph', () => {
		const text = 'Les pirogues revinrent au rivage, et les naturels conduisirent,\nM. Jacquinot, sur le théâtre du naufrage.\n\nChapter 2\n\nThe sea was calm.';
		const model = analyzeStory(text);
		assert.deepStrictEqual(
			model.chapters.map(chapter => chapter.title),
			['Chapter 2'],
		);
		assert.strictEqual(model.blocks.length, 3);
	});

	it('re-uses the analysis of every paragraph an edit did not touch', () => {
		const before = analyzeStory(STORY);
		const at = STORY.indexOf('soup');
		const text = `${STORY.slice(0, at)}hot ${STORY.slice(at)}`;
		const after = updateStory(before, text, [{ start: at, end: at, text: 'hot ' }]);
		const changed = after.blocks.filter((block, index) => block.analysis !== before.blocks[index].analysis);
		assert.deepStrictEqual(
			changed.map(block => block.analysis.text),
			['Tobias brought hot soup.'],
		);
		assert.strictEqual(after.words, before.words + 1);
	});

	describe('after any edit, the same model as a fresh analysis', () => {
		const pieces = [
			'Chapter 3',
			'* * *',
			'# Part',
			'Mara ran.',
			'"Stop," he said.',
			'“Go',
			'on”',
			'\n',
			'\n\n',
			'\r\n',
			' ',
			'x',
			'<!--',
			'-->',
			'***',
			'I.',
			LONG_LINE_OF_PROSE,
		];
		const edit = fc.record({
			at: fc.nat(),
			length: fc.nat({ max: 30 }),
			insert: fc.array(fc.constantFrom(...pieces), { maxLength: 4 }).map(parts => parts.join('')),
		});

		it('holds for random edits in sequence', () => {
			fc.assert(
				fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), edits => {
					let text = STORY;
					let model = analyzeStory(text);
					for (const [index, { at, length, insert }] of edits.entries()) {
						const start = at % (text.length + 1);
						const end = Math.min(text.length, start + length);
						const edited = text.slice(0, start) + insert + text.slice(end);
						// Half the edits hand over the whole text, half only a way to read the part edited.
						model = updateStory(model, index % 2 === 0 ? edited : (from, to) => edited.slice(from, to), [{ start, end, text: insert }]);
						text = edited;
						assert.deepStrictEqual(shape(model), shape(analyzeStory(text)));
					}
				}),
				{ numRuns: 300 },
			);
		});

		it('holds when a deleted blank line joins a chapter line to the line above, and so to the prose it stood apart from', () => {
			// `Chapter 1` stands apart from the prose under it only while it is a block's one line.
			const text = 'Part One\n\nChapter 1\nMara lit the lamp and sat by the window.\n\nTobias slept.';
			const joined = text.replace('\n\nChapter', '\nChapter');
			const model = updateStory(analyzeStory(text), joined, [{ start: 8, end: 9, text: '' }]);
			assert.deepStrictEqual(shape(model), shape(analyzeStory(joined)));
			assert.deepStrictEqual(
				model.blocks.map(block => block.analysis.text),
				['Part One\nChapter 1\nMara lit the lamp and sat by the window.', 'Tobias slept.'],
			);
		});

		it('holds when paragraphs split or join between the Gutenberg markers, moving the END marker among the blocks', () => {
			const text = [
				'Licence.',
				'*** START OF THE PROJECT GUTENBERG EBOOK THE LIGHT ***',
				'CHAPTER I',
				'Mara climbed the stair.',
				'The lamp burned all night.',
				'Tobias slept below.',
				'The gulls woke him.',
				'*** END OF THE PROJECT GUTENBERG EBOOK THE LIGHT ***',
				'More licence words here.',
			].join('\n\n');
			let model = analyzeStory(text);
			const at = text.indexOf(' all night');
			const split = `${text.slice(0, at)}\n\n${text.slice(at + 1)}`;
			model = updateStory(model, split, [{ start: at, end: at + 1, text: '\n\n' }]);
			assert.deepStrictEqual(shape(model), shape(analyzeStory(split)));
			assert.strictEqual(model.words, 18);
			model = updateStory(model, text, [{ start: at, end: at + 2, text: ' ' }]);
			assert.deepStrictEqual(shape(model), shape(analyzeStory(text)));
			assert.strictEqual(model.words, 18);
		});

		it('holds for several changes in one event, last first as VS Code sends them', () => {
			const text = STORY;
			const first = text.indexOf('lamp');
			const second = text.indexOf('soup');
			const after = `${text.slice(0, first)}great ${text.slice(first, second)}cold ${text.slice(second)}`;
			const model = updateStory(analyzeStory(text), after, [
				{ start: second, end: second, text: 'cold ' },
				{ start: first, end: first, text: 'great ' },
			]);
			assert.deepStrictEqual(shape(model), shape(analyzeStory(after)));
		});
	});

	describe('in slices, and on book-shaped text', () => {
		it('builds the same model in slices as in one go, however often it is asked to yield', () => {
			fc.assert(
				fc.property(storyText, fc.integer({ min: 0, max: 3 }), (text, yieldEvery) => {
					const analysis = new StoryAnalysis(text, analyzeStory('').options);
					let asks = 0;
					let model: StoryModel | undefined;
					for (let turns = 0; !model; turns++) {
						model = analysis.step(() => ++asks % (yieldEvery + 1) === 0);
						assert.ok(turns < 10_000, 'the analysis finishes');
					}
					assert.deepStrictEqual(shape(model), shape(analyzeStory(text)));
				}),
			);
		});

		it('yields between slices of a long book when asked to', () => {
			const book = Array.from({ length: 2000 }, (_, index) => `Chapter ${index + 1}\n\nThe gulls came back before the boats did.`).join('\n\n');
			const analysis = new StoryAnalysis(book, analyzeStory('').options);
			let turns = 1;
			while (!analysis.step(() => true)) {
				turns++;
			}
			assert.ok(turns > 10, `a 2,000-chapter book takes several turns when every check yields (took ${turns})`);
			assert.strictEqual(analysis.step(() => true)?.chapters.length, 2000);
		});

		it('gives the same dialogue and speakers in slices as in one go, on a long exchange with no break', () => {
			const lines = ['“Shut the door,” said Mara.', '“Why?” Tobias asked.', '“The gulls,” she said.', '“Again?”', 'Mara looked at him.', '“Go on, Tobias.”'];
			const book = Array.from({ length: 6000 }, (_, index) => lines[index % lines.length]).join('\n\n');
			const analysis = new StoryAnalysis(book, analyzeStory('').options);
			let turns = 1;
			let model: StoryModel | undefined;
			while (!(model = analysis.step(() => true))) {
				turns++;
			}
			const whole = analyzeStory(book);
			// Splitting and reading the paragraphs take some 55 turns; the document pass over them yields too.
			assert.ok(turns > 70, `the document pass yields too (took ${turns} turns)`);
			assert.deepStrictEqual(shape(model), shape(whole));
			assert.deepStrictEqual(model.turnTaking.speakers, whole.turnTaking.speakers);
		});

		it('keeps chapters, scenes and matter right after any edit, as a fresh analysis would', () => {
			fc.assert(
				fc.property(storyText, fc.nat(), fc.nat(), fc.constantFrom(...slicePieces), (text, at, length, inserted) => {
					const start = text.length === 0 ? 0 : at % (text.length + 1);
					const end = Math.min(text.length, start + (length % 12));
					const edited = text.slice(0, start) + inserted + text.slice(end);
					const updated = updateStory(analyzeStory(text), edited, [{ start, end, text: inserted }]);
					assert.deepStrictEqual(shape(updated), shape(analyzeStory(edited)));
				}),
			);
		});
	});
});
