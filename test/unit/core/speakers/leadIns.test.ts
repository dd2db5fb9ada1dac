import * as assert from 'assert';
import { analyzeStory } from '../../../../src/core';

/** Each quote of the story with its speaker, `-` for none. */
function speakers(paragraphs: readonly string[]): string[] {
	const text = paragraphs.join('\n\n');
	return analyzeStory(text).dialogue.map(span => `${text.slice(span.start, span.end)} ${span.speaker ?? '-'}`);
}

describe('speakers: lead-ins', () => {
	it('gives speech to whoever a narration paragraph ending on `said,` names', () => {
		const story = [
			'The kettle had boiled dry twice before anyone noticed it. As they carried the cups out to the porch together, Wren said,',
			'"I shall miss this place."',
			'"So shall I," Abel answered.',
		];
		assert.deepStrictEqual(speakers(story), ['"I shall miss this place." Wren', '"So shall I," Abel']);
	});

	it('takes a number or a call for a name right after an inverted speech verb', () => {
		const story = ['"I could not help it," said Nine, in a sulky tone; "Four jogged my elbow."', '"Hush, both of you," replied Pooh.'];
		assert.deepStrictEqual(speakers(story), ['"I could not help it," Nine', '"Four jogged my elbow." Nine', '"Hush, both of you," Pooh']);
	});

	it('keeps a name before a comma from owning the quote after it', () => {
		const story = ['"Pockets are for picking," said the Weasel, lowering his talk to the level of Tom’s wits, "or some other fellow will pick them."'];
		assert.deepStrictEqual(speakers(story), ['"Pockets are for picking," Weasel', '"or some other fellow will pick them." Weasel']);
	});

	it('reads a word said over again as no one’s name', () => {
		const story = ['"Well, here goes," said Ada, and jumped.', 'Down, down, down. Would the well never end? "I wonder how far I have fallen?" she said aloud.'];
		assert.deepStrictEqual(speakers(story), ['"Well, here goes," Ada', '"I wonder how far I have fallen?" Ada']);
	});
});
