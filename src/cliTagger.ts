// dist/cliTagger.js, the command line's tagging thread (cliTaggerThread): loads compromise from its code
// cache at once, then answers each window it is sent with its terms' tags, and signals the reply.

import * as path from 'path';
import { workerData } from 'worker_threads';
import type { TaggerThreadData, TaggerThreadReply } from './cliTaggerThread';
import { loadCached } from './codeCache';

type Compromise = (text: string) => { docs: { text: string; tags: Set<string> }[][] };

const { port, replied } = workerData as TaggerThreadData;

/**
 * Tagged once as soon as compromise has loaded, and thrown away: the first sentence compromise tags builds
 * its net of rules and runs its tagger cold, some tens of milliseconds that the book's first doubtful name
 * would otherwise wait for. Here they pass while the book is still being read. Tags do not depend on what
 * was tagged before (the unit tests check the thread's tags against compromise's own).
 */
const WARM_UP = [
	'“Will you take the lamp up to Mrs. Harrow, Tom?” asked Ellen Marsh, and he said he would.',
	'They rode from Dunmore to the coast on the third of May, and nobody spoke of the letters again.',
];

let nlp: Compromise | undefined;
let failure: string | undefined;
try {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	nlp = loadCached(path.join(__dirname, 'compromise.js'), id => require(id)).exports as Compromise;
	WARM_UP.forEach(sentence => nlp?.(sentence).docs);
} catch (error) {
	failure = `compromise did not load: ${String(error)}`;
}

port.on('message', (window: string) => {
	let reply: TaggerThreadReply;
	try {
		reply = nlp
			? {
					terms: nlp(window)
						.docs.flat()
						.map(term => ({ text: term.text, tags: [...term.tags] })),
				}
			: { error: failure ?? 'compromise did not load' };
	} catch (error) {
		reply = { error: String(error) };
	}
	// Posted before the signal, so the reply is there to read when the waiting thread wakes.
	port.postMessage(reply);
	Atomics.store(replied, 0, 1);
	Atomics.notify(replied, 0);
});
