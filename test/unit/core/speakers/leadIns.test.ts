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
});
