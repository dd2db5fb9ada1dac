// compromise in a thread of its own for the command line, on a long book: it loads there while the book is
// read here (a few hundred milliseconds, then, that the run no longer waits for), and tags the doubtful
// names' windows there. The command line's main is synchronous, so each window is handed over and its
// tags waited for with Atomics.wait and read with receiveMessageOnPort: the same tags, in the same order,
// as compromise loaded here would give. Should the thread fail, the tagger tags here as before.

import * as fs from 'fs';
import * as path from 'path';
import type { MessagePort, Worker } from 'worker_threads';
import type { Term } from './core';

/** The thread's script, beside the command line's bundle in dist/. */
export const TAGGER_THREAD_SCRIPT = 'cliTagger.js';

/** What the thread is given to start. */
export interface TaggerThreadData {
	readonly port: MessagePort;
	/** Set to 1 and notified when a reply has been posted. */
	readonly replied: Int32Array;
}

/** The thread's reply to a window: its terms and their tags, or why it could not tag. */
export type TaggerThreadReply = { readonly terms: { text: string; tags: string[] }[] } | { readonly error: string };

/** How long a window's tags are waited for before it is tagged here instead: only a thread that died waits this long. */
const REPLY_TIMEOUT_MS = 60_000;

export class TaggerThread {
	private failed = false;

	private constructor(
		private readonly worker: Worker,
		private readonly port: MessagePort,
		private readonly replied: Int32Array,
		private readonly receiveMessageOnPort: typeof import('worker_threads').receiveMessageOnPort,
	) {}

	/** A thread loading compromise from `folder`, or undefined where there is no thread's script (unbuilt sources). */
	static start(folder: string): TaggerThread | undefined {
		const script = path.join(folder, TAGGER_THREAD_SCRIPT);
		if (!fs.existsSync(script)) {
			return undefined;
		}
		// Required here, not imported: a short story's run never starts a thread, nor pays for loading the module.
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const { MessageChannel, receiveMessageOnPort, Worker } = require('worker_threads') as typeof import('worker_threads');
		const { port1, port2 } = new MessageChannel();
		const replied = new Int32Array(new SharedArrayBuffer(4));
		const data: TaggerThreadData = { port: port2, replied };
		const worker = new Worker(script, { workerData: data, transferList: [port2] });
		// The run ends when its last report is written, whether or not the thread is still loading.
		worker.unref();
		port1.unref();
		return new TaggerThread(worker, port1, replied, receiveMessageOnPort);
	}

	/** How compromise tags `window`, waited for; undefined once the thread has failed. */
	tag(window: string): Term[] | undefined {
		if (this.failed) {
			return undefined;
		}
		Atomics.store(this.replied, 0, 0);
		this.port.postMessage(window);
		const waited = Atomics.wait(this.replied, 0, 0, REPLY_TIMEOUT_MS);
		const reply = waited === 'timed-out' ? undefined : (this.receiveMessageOnPort(this.port)?.message as TaggerThreadReply | undefined);
		if (!reply || 'error' in reply) {
			this.failed = true;
			return undefined;
		}
		return reply.terms.map(({ text, tags }) => ({ text, tags: new Set(tags) }));
	}

	stop(): void {
		void this.worker.terminate();
	}
}
