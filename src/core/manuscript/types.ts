// The manuscript folder's shapes: a story file's text as the index is handed it, and what the writer's
// order file says.

import { AnalysisOptions } from '../assembly/types';

export interface ManuscriptText {
	readonly id: string;
	readonly path: string;
	readonly text: string;
	readonly options: AnalysisOptions;
}

export type OrderFile = { readonly order: readonly string[] } | { readonly error: string };
