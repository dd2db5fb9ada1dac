// compromise in a worker thread, for the cast: it loads there and tags the doubtful names' windows there,
// so the extension host never holds still for it. Only where the host runs on Node; in a browser the web
// extension's tagger loads compromise in its own thread, as the CLI does.

import type { Worker } from 'worker_threads';
import * as vscode from 'vscode';
import { Lexicon, Term } from '../../core';

export type TaggerRequest = { readonly id: number } & ({ readonly kind: 'lexicon' } | { readonly kind: 'tag'; readonly windows: readonly string[] });
export type TaggerResponse = { readonly id: number } & (
	{ readonly lexicon: string } | { readonly tagged: { text: string; tags: string[] }[][] } | { readonly error: string }
);

export class CompromiseWorker implements vscode.Disposable {
	private worker: Worker | undefined;
	private failed: Error | undefined;
	private nextId = 0;
	private readonly waiting = new Map<number, { resolve: (response: TaggerResponse) => void; reject: (error: Error) => void }>();
	private lexiconRequest: Promise<Lexicon> | undefined;

	private constructor(private readonly start: () => Worker) {}

	/** A worker where the host runs on Node, started on first use; undefined in a browser. */
	static forHost(extensionUri: vscode.Uri): CompromiseWorker | undefined {
		if (typeof process === 'undefined' || !process.versions?.node) {
			return undefined;
		}
		// Required here, not imported: the web extension's bundle must not load it.
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const threads = require('worker_threads') as typeof import('worker_threads');
		const script = vscode.Uri.joinPath(extensionUri, 'dist', 'taggerWorker.js').fsPath;
		return new CompromiseWorker(() => new threads.Worker(script));
	}

	/** compromise's lexicon, loaded once in the worker. */
	lexicon(): Promise<Lexicon> {
		this.lexiconRequest ??= this.ask({ id: this.nextId++, kind: 'lexicon' }).then(response => {
			if (!('lexicon' in response)) {
				throw new Error('The tagger worker sent no lexicon.');
			}
			return JSON.parse(response.lexicon) as Lexicon;
		});
		return this.lexiconRequest;
	}

	/** How compromise tags each of `windows`. */
	async tag(windows: readonly string[]): Promise<Term[][]> {
		const response = await this.ask({ id: this.nextId++, kind: 'tag', windows });
		if (!('tagged' in response)) {
			throw new Error('The tagger worker sent no tags.');
		}
		return response.tagged.map(terms => terms.map(term => ({ text: term.text, tags: new Set(term.tags) })));
	}

	private ask(request: TaggerRequest): Promise<TaggerResponse> {
		if (this.failed) {
			return Promise.reject(this.failed);
		}
		if (!this.worker) {
			const worker = this.start();
			worker.on('message', (response: TaggerResponse) => {
				const waiter = this.waiting.get(response.id);
				this.waiting.delete(response.id);
				if ('error' in response) {
					waiter?.reject(new Error(response.error));
				} else {
					waiter?.resolve(response);
				}
			});
			worker.on('error', error => this.fail(error));
			worker.on('exit', code => this.fail(new Error(`The tagger worker stopped (${code}).`)));
			// The host may quit while the worker idles.
			worker.unref();
			this.worker = worker;
		}
		return new Promise((resolve, reject) => {
			this.waiting.set(request.id, { resolve, reject });
			this.worker!.postMessage(request);
		});
	}

	private fail(error: Error): void {
		this.failed ??= error;
		for (const waiter of this.waiting.values()) {
			waiter.reject(error);
		}
		this.waiting.clear();
	}

	dispose(): void {
		this.failed ??= new Error('The tagger worker was stopped.');
		void this.worker?.terminate();
		this.fail(this.failed);
	}
}
