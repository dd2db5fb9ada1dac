import * as assert from 'assert';
import * as fc from 'fast-check';
import { analyzeStory, DEFAULT_OPTIONS, StoryModel, TextRange } from '../../src/core';

// Whatever a writer pastes in, analysis finishes, every range stays inside the text and on
// code-point boundaries, and counts add up paragraph by paragraph.

const STORY_PIECES = [
	'"',
	'“',
	'”',
	'‘',
	'’',
	"'",
	'«',
	'»',
	'„',
	'—',
	'\n',
	'\n\n',
	'\r\n',
	'\r',
	' ',
	'\t',
	'***',
	'# ',
	'### ',
	'Chapter 1',
	'I.',
	'<!--',
	'-->',
	'---',
	'Mara',
	'said',
	'\u0000',
	'\ud800',
	'\udc00',
	'😀',
	'שלום',
	'مرحبا',
	'日本',
	'\u200f',
	'\ufeff',
];

const storyText = fc.oneof(
	fc.string({ unit: 'binary', maxLength: 400 }),
	fc.array(fc.constantFrom(...STORY_PIECES), { maxLength: 120 }).map(pieces => pieces.join('')),
);

function allRanges(model: StoryModel): TextRange[] {
	return [model.body, ...model.blocks, ...model.chapters, ...model.chapters.map(chapter => chapter.headingRange), ...model.scenes, ...model.dialogue];
}

function splitsSurrogatePair(text: string, offset: number): boolean {
	const before = text.charCodeAt(offset - 1);
	const after = text.charCodeAt(offset);
	return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

describe('robustness', () => {
	it('keeps every range inside the text and on code-point boundaries', () => {
		fc.assert(
			fc.property(storyText, fc.boolean(), (text, markdown) => {
				const model = analyzeStory(text, { ...DEFAULT_OPTIONS, markdown });
				assert.strictEqual(model.length, text.length);
				for (const range of allRanges(model)) {
					assert.ok(range.start >= 0 && range.start <= range.end && range.end <= text.length, `${range.start}-${range.end} outside 0-${text.length}`);
					assert.ok(!splitsSurrogatePair(text, range.start) && !splitsSurrogatePair(text, range.end), `${range.start}-${range.end} splits a character`);
				}
				for (const scene of model.scenes) {
					assert.ok(scene.dialogueWords <= scene.words);
				}
			}),
			{ numRuns: 2000 },
		);
	});

	it('counts the words of paragraphs joined by a blank line as the sum of their words', () => {
		const paragraph = fc
			.array(fc.constantFrom('Mara', 'lit', 'the', 'lamp', 'don’t', '1,000', '—', '日本', ' ', '.', '"', '\n'), { maxLength: 30 })
			.map(words => words.join(' '));
		fc.assert(
			fc.property(fc.array(paragraph, { maxLength: 12 }), paragraphs => {
				const whole = analyzeStory(paragraphs.join('\n\n')).words;
				const parts = paragraphs.reduce((total, text) => total + analyzeStory(text).words, 0);
				assert.strictEqual(whole, parts);
			}),
			{ numRuns: 1000 },
		);
	});

	it('finishes on one 5 MB line', () => {
		const line = 'the lamp burned “all night” and '.repeat(160_000);
		const model = analyzeStory(line);
		assert.strictEqual(model.words, 6 * 160_000);
		assert.strictEqual(model.blocks.length, 1);
	});

	it('bounds every quote left open at the end of its paragraph', () => {
		// Narration between them: a paragraph that opens with a quote would carry the speech on.
		const text = Array.from({ length: 200 }, (_, index) => `"Unclosed ${index}\n\nNobody answered.`).join('\n\n');
		const model = analyzeStory(text);
		assert.strictEqual(model.dialogue.length, 200);
		for (const span of model.dialogue) {
			assert.ok(!text.slice(span.start, span.end).includes('\n'));
		}
	});

	it('reads empty and blank text as an empty story', () => {
		for (const text of ['', '\n\n', '\ufeff', ' \t\r\n']) {
			const model = analyzeStory(text);
			assert.deepStrictEqual([model.words, model.scenes.length, model.chapters.length, model.dialogue.length], [0, 0, 0, 0]);
		}
	});
});
