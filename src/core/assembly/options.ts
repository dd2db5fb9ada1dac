// The knobs a writer can turn, as a plain object the core trusts: settings are validated before
// they arrive here.

import { DEFAULT_HEADING_PATTERNS } from '../structure/headings';
import { AnalysisOptions } from './types';

export const DEFAULT_OPTIONS: AnalysisOptions = {
	headings: DEFAULT_HEADING_PATTERNS,
	markdown: false,
	dialogueStyle: 'auto',
};
