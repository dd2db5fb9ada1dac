// The knobs a writer can turn, as a plain object the core trusts: settings are validated before
// they arrive here.

import { DialogueStyle } from '../dialogue/dialogue';
import { DEFAULT_HEADING_PATTERNS, HeadingPatterns } from '../structure/headings';

export interface AnalysisOptions {
	readonly headings: HeadingPatterns;
	/** Markdown link targets and HTML tags are markup, not words. */
	readonly markdown: boolean;
	/** `auto` detects each document's convention from the quote marks it uses. */
	readonly dialogueStyle: DialogueStyle | 'auto';
}

export const DEFAULT_OPTIONS: AnalysisOptions = {
	headings: DEFAULT_HEADING_PATTERNS,
	markdown: false,
	dialogueStyle: 'auto',
};
