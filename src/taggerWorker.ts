// The cast's English in a worker thread (Node extension host only). compromise takes a few hundred
// milliseconds to load and tags slowly; here it does both off the extension host's thread, handing over
// its lexicon (as JSON, which the host parses in a few milliseconds) and the tags of the windows asked for.

import { parentPort } from 'worker_threads';
import type { TaggerRequest, TaggerResponse } from './features/services/compromiseWorker';

interface Compromise {
	(text: string): { docs: { text: string; tags: Set<string> }[][] };
	model(): { one: { lexicon: Record<string, string | string[]> }; two: { switches: Record<string, string> } };
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const nlp = require('compromise/two') as Compromise;

parentPort?.on('message', (request: TaggerRequest) => {
	let response: TaggerResponse;
	try {
		if (request.kind === 'lexicon') {
			const model = nlp.model();
			response = { id: request.id, lexicon: JSON.stringify({ words: model.one.lexicon, switches: model.two.switches }) };
		} else {
			response = {
				id: request.id,
				tagged: request.windows.map(window =>
					nlp(window)
						.docs.flat()
						.map(term => ({ text: term.text, tags: [...term.tags] })),
				),
			};
		}
	} catch (error) {
		response = { id: request.id, error: String(error) };
	}
	parentPort!.postMessage(response);
});
