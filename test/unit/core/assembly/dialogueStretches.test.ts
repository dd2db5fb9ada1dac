// After an edit the dialogue pass copies the stretches of paragraphs the edit left alone, and the turns
// of speech it matches against the last pass's: the dialogue and its speakers must come out as a fresh
// analysis gives them, and only the stretch around the edit is read again.
import * as assert from 'assert';
import * as fc from 'fast-check';
import { analyzeStory, StoryModel, updateStory } from '../../../../src/core';

/** Paragraphs of a harbour story: turns, beats, lead-ins, speech over several paragraphs, breaks. */
const PARAGRAPHS = [
	'“Shut the door,” said Mara.',
	'“Why?” Tobias asked.',
	'“Because the gulls are back,” she said.',
	'“They never left,” he said.',
	'“Who is there?” somebody called from the stairs.',
	'“Nobody,” I said.',
	'Mara looked at Tobias.',
	'Tobias turned to the window and said:',
	'“The boats are late.”',
	'“Late?”',
	'“My dear Mara, the tide is wrong,” said the old man.',
	'“We went down to the sea at dawn,',
	'“and the water was black,” said Tobias.',
	'“You never told me that, Tobias.”',
	`${'The harbour lay grey under a low sky, and the nets hung drying along the wall where the children played. '.repeat(8)}Mara counted the boats twice.`,
	`${'Nobody on the quay said anything for a long while, and the wind came off the water cold and steady. '.repeat(8)}`,
	'    “Indented, a letter read aloud,” she wrote.',
	'Chapter 7',
	'* * *',
	'Ogden made for the box.',
	'“Mine,” Ogden said, “and nobody else’s.”',
	'“Stop!” he cried. “Stop!” she cried.',
];

const story = fc
	.array(fc.integer({ min: 0, max: PARAGRAPHS.length - 1 }), { minLength: 20, maxLength: 90 })
	.map(picks => picks.map(pick => PARAGRAPHS[pick]).join('\n\n'));

const INSERTS = ['x', '“', '”', ' said Mara', '\n\n', '\n\nChapter 9\n\n', ' Tobias ', '.', '\n\n“Run,” she said.\n\n', '\n\nTobias said:\n\n', ''];

const edit = fc.record({ at: fc.nat(), length: fc.nat({ max: 40 }), insert: fc.constantFrom(...INSERTS) });

/** The dialogue a reader of the model sees, speakers included, and the turn-taking's conclusions. */
function dialogueOf(model: StoryModel) {
	return { dialogue: model.dialogue.map(span => ({ ...span })), speakers: model.turnTaking.speakers };
}

describe('dialogue stretches', () => {
	it('after random edits in sequence, give the dialogue and speakers of a fresh analysis', () => {
		fc.assert(
			fc.property(story, fc.array(edit, { minLength: 1, maxLength: 6 }), (original, edits) => {
				let text = original;
				let model = analyzeStory(text);
				for (const { at, length, insert } of edits) {
					const start = at % (text.length + 1);
					const end = Math.min(text.length, start + length);
					const edited = text.slice(0, start) + insert + text.slice(end);
					model = updateStory(model, (from, to) => edited.slice(from, to), [{ start, end, text: insert }]);
					const fresh = analyzeStory(edited);
					assert.deepStrictEqual(dialogueOf(model), dialogueOf(fresh));
					assert.deepStrictEqual(model.scenes, fresh.scenes);
					text = edited;
				}
			}),
			{ numRuns: 400 },
		);
	});

	it('leave the model an edit started from as it was', () => {
		fc.assert(
			fc.property(story, edit, (text, { at, length, insert }) => {
				const before = analyzeStory(text);
				const seen = JSON.stringify(dialogueOf(before));
				const start = at % (text.length + 1);
				const end = Math.min(text.length, start + length);
				const edited = text.slice(0, start) + insert + text.slice(end);
				updateStory(before, edited, [{ start, end, text: insert }]);
				assert.strictEqual(JSON.stringify(dialogueOf(before)), seen);
			}),
			{ numRuns: 200 },
		);
	});

	it('read again only the stretch around an edit in a long story', () => {
		const exchange = [
			'“Shut the door,” said Mara.',
			'“Why?” Tobias asked.',
			'“Because the gulls are back,” she said.',
			`${'The harbour lay grey under a low sky, and the nets hung drying along the wall. '.repeat(12)}`,
		];
		const text = Array.from({ length: 200 }, (_, index) => exchange[index % exchange.length]).join('\n\n');
		const before = analyzeStory(text);
		const at = text.indexOf('gulls', text.length >> 1);
		const after = updateStory(before, `${text.slice(0, at)}grey ${text.slice(at)}`, [{ start: at, end: at, text: 'grey ' }]);
		const kept = new Set(before.dialogueStretches.stretches);
		const readAgain = after.dialogueStretches.stretches.filter(stretch => !kept.has(stretch));
		assert.ok(before.dialogueStretches.stretches.length > 5, `the story falls into stretches (${before.dialogueStretches.stretches.length})`);
		assert.strictEqual(readAgain.length, 1, 'one stretch read again');
		assert.strictEqual(after.turnTaking, before.turnTaking, 'the same turns keep the last pass’s speakers');
		assert.deepStrictEqual(dialogueOf(after), dialogueOf(analyzeStory(`${text.slice(0, at)}grey ${text.slice(at)}`)));
	});
});
