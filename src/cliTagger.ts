// dist/cliTagger.js, the command line's tagging thread (cliTaggerThread): loads compromise from its code
// cache at once, then answers each window it is sent with its terms' tags, and signals the reply.

import * as path from 'path';
import { workerData } from 'worker_threads';
import type { TaggerThreadData, TaggerThreadReply } from './cliTaggerThread';
import { loadCached } from './codeCache';

type Compromise = (text: string) => { docs: { text: string; tags: Set<string> }[][] };

const { port, replied } = workerData as TaggerThreadData;

let nlp: Compromise | undefined;
let failure: string | undefined;
try {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	nlp = loadCached(path.join(__dirname, 'compromise.js'), id => require(id)).exports as Compromise;
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
