// What the dialogue tests read: a paragraph's quotes, or a document's dialogue, as the text they cover.
import { analyzeStory, DEFAULT_OPTIONS, DialogueStyle } from '../../../../src/core';
import { findQuotes } from '../../../../src/core/dialogue/dialogue';

/** The quoted stretches of one paragraph, as text. */
export function quotes(paragraph: string, style: DialogueStyle): string[] {
	return findQuotes(paragraph, style).spans.map(span => paragraph.slice(span.start, span.end));
}

/** The document's dialogue spans, as text. */
export function dialogue(text: string, dialogueStyle: DialogueStyle | 'auto' = 'auto'): string[] {
	return analyzeStory(text, { ...DEFAULT_OPTIONS, dialogueStyle }).dialogue.map(span => text.slice(span.start, span.end));
}
