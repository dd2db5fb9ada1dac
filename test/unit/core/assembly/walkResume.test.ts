// After an edit the walk over the paragraphs is taken up at the last chapter heading well before it, from
// where the last walk stood there: the chapters, scenes, matter and dialogue must come out as a fresh
// analysis gives them, whatever the walk had read ahead of that heading.
import * as assert from 'assert';
import * as fc from 'fast-check';
import { analyzeStory, StoryModel, updateStory } from '../../../../src/core';

/** Pieces of a book: parts, chapters, scenes, a contents page, captions, speech across paragraphs, Gutenberg fences. */
const PIECES = [
	'“Shut the door,” said Mara.',
	'“Why?” Tobias asked.',
	'“Because the gulls are back,” she said.',
	'Tobias turned to the window and said:',
	'“We went down to the sea at dawn,',
	'“and the water was black,” said Tobias.',
	'Mara looked at Tobias.',
	'The harbour lay grey under a low sky, and the nets hung drying along the wall where the children played all day.',
	'CHAPTER IV',
	'Chapter 9',
	'BOOK TWO',
	'* * *',
	'CONTENTS',
	'[Illustration: the gulls over the',
	'harbour wall]',
	'[Illustration: Mara at the lamp]',
	'Produced by the harbour circle',
];

/** A book long enough that an edit near its end has many chapter headings before it. */
function book(picks: readonly number[]): string {
	const chapters = Array.from(
		{ length: 24 },
		(_, index) =>
			`${index % 4 === 0 ? `BOOK ${index / 4 + 1}\n\n` : ''}CHAPTER ${index + 1}\n\n` +
			picks.map((pick, at) => PIECES[(pick + index * 3 + at) % PIECES.length]).join('\n\n'),
	);
	return [
		'Licence words.',
		'*** START OF THE PROJECT GUTENBERG EBOOK THE LAMP ***',
		'CONTENTS',
		'CHAPTER 1',
		'CHAPTER 2',
		...chapters,
		'*** END OF THE PROJECT GUTENBERG EBOOK THE LAMP ***',
		'More licence.',
	].join('\n\n');
}

const INSERTS = ['x', '“', '”', ' said Mara', '\n\n', '\n\nCHAPTER 40\n\n', '\n\n* * *\n\n', ']', '\n\n[Illustration: a boat', '\n\nCONTENTS\n\n', ''];

/** What a reader of the model sees: its shape, and the dialogue with its speakers. */
function seen(model: StoryModel) {
	return {
		words: model.words,
		body: model.body,
		matter: model.matter,
		chapters: model.chapters,
		scenes: model.scenes,
		dialogue: model.dialogue.map(span => ({ ...span })),
		speakers: model.turnTaking.speakers,
	};
}

describe('assemble: the walk taken up after an edit', () => {
	it('gives the model of a fresh analysis after random edits in sequence, most of them late in the book', () => {
		fc.assert(
			fc.property(
				fc.array(fc.nat({ max: PIECES.length - 1 }), { minLength: 6, maxLength: 14 }),
				fc.array(fc.record({ at: fc.double({ min: 0.3, max: 1, noNaN: true }), length: fc.nat({ max: 40 }), insert: fc.constantFrom(...INSERTS) }), {
					minLength: 1,
					maxLength: 6,
				}),
				(picks, edits) => {
					let text = book(picks);
					let model = analyzeStory(text);
					for (const { at, length, insert } of edits) {
						const start = Math.floor(at * text.length);
						const end = Math.min(text.length, start + length);
						const edited = text.slice(0, start) + insert + text.slice(end);
						model = updateStory(model, (from, to) => edited.slice(from, to), [{ start, end, text: insert }]);
						text = edited;
						assert.deepStrictEqual(seen(model), seen(analyzeStory(text)));
					}
				},
			),
			{ numRuns: 100 },
		);
	});

	it('keeps the chapters and scenes before an edit late in the book as the last model had them', () => {
		const text = book([0, 1, 7, 2, 11, 3, 4, 5, 6, 7]);
		const before = analyzeStory(text);
		const at = text.lastIndexOf('gulls');
		const edited = `${text.slice(0, at)}grey ${text.slice(at)}`;
		const after = updateStory(before, edited, [{ start: at, end: at, text: 'grey ' }]);
		assert.ok(before.chapters.length > 10, `the book has its chapters (${before.chapters.length})`);
		assert.strictEqual(after.chapters[1], before.chapters[1], 'a chapter long closed before the edit is the last model’s');
		assert.strictEqual(after.scenes[2], before.scenes[2], 'so is a scene');
		assert.deepStrictEqual(seen(after), seen(analyzeStory(edited)));
	});
});
