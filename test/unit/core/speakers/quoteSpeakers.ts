// What the speaker tests read: each quote of a story beside the speaker the model gives it.
import { analyzeStory } from '../../../../src/core';

/** Each quote of the story with its speaker, `-` for none; paragraphs are joined with blank lines. */
export function quoteSpeakers(story: string | readonly string[]): string[] {
	const text = typeof story === 'string' ? story : story.join('\n\n');
	return analyzeStory(text).dialogue.map(span => `${text.slice(span.start, span.end)} ${span.speaker ?? '-'}`);
}

/** The speaker of each quote of the story, `-` for none. */
export function speakerNames(text: string): string[] {
	return analyzeStory(text).dialogue.map(span => span.speaker ?? '-');
}
