// Analysis whole, a slice at a time, and after edits: the same model every way.
import * as assert from 'assert';
import fc from 'fast-check';
import { analyzeStory, StoryAnalysis, updateStory } from '../../src/core/analyze';
import { StoryModel } from '../../src/core/model';

const pieces = ['The gulls came back.', '“Shut the door,” she said.', 'Chapter 1', 'CHAPTER II', 'Part Two', 'Contents', '* * *', 'XXX', 'XXIX', 'I', '# Night', '### Dawn', 'I lit the lamp.', '\n', '\n\n', '\r\n\r\n', '    ', 'ERSTES KAPITEL', 'DIE MÖWEN', '[Illustration: gulls]', '*** START OF THE PROJECT GUTENBERG EBOOK X ***', 'Produced by the circle'];
const storyText = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map(parts => parts.join(' '));

/** What features read of a model: everything but the cached paragraph analyses. */
function shape(model: StoryModel) {
	const { words, body, matter, chapters, scenes, dialogue } = model;
	return { words, body, matter, chapters, scenes, dialogue };
}

describe('analyze', () => {
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

	it('keeps chapters, scenes and matter right after any edit, as a fresh analysis would', () => {
		fc.assert(
			fc.property(storyText, fc.nat(), fc.nat(), fc.constantFrom(...pieces), (text, at, length, inserted) => {
				const start = text.length === 0 ? 0 : at % (text.length + 1);
				const end = Math.min(text.length, start + (length % 12));
				const edited = text.slice(0, start) + inserted + text.slice(end);
				const updated = updateStory(analyzeStory(text), edited, [{ start, end, text: inserted }]);
				assert.deepStrictEqual(shape(updated), shape(analyzeStory(edited)));
			}),
		);
	});
});
