// One task run a moment after the calls that ask for it, not on every one of them: a view refreshed after
// a pause in typing, an index told of edits a few times a second, history saved a second after the last
// count. Two ways to wait, since features need both: `debounce` waits for the calls to stop, `schedule`
// runs at most `delayMs` after the first call however many follow (so steady typing still gets through).

import { Releasable } from './dispose';

/** The clock a Delayer waits on: the host's timers, or a test's own. */
export interface Timers {
	setTimeout(callback: () => void, ms: number): unknown;
	clearTimeout(handle: unknown): void;
}

const hostTimers: Timers = {
	setTimeout: (callback, ms) => setTimeout(callback, ms),
	clearTimeout: handle => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class Delayer implements Releasable {
	private timer: unknown;

	constructor(
		private readonly delayMs: number,
		private readonly task: () => void,
		private readonly timers: Timers = hostTimers,
	) {}

	/** True while a run is waiting. */
	get isPending(): boolean {
		return this.timer !== undefined;
	}

	/** (Re)starts the wait: the task runs once `delayMs` pass with no further call. */
	debounce(): void {
		this.cancel();
		this.start();
	}

	/** Starts the wait unless one is running: the task runs `delayMs` after the first call since it last ran. */
	schedule(): void {
		if (this.timer === undefined) {
			this.start();
		}
	}

	/** Runs a waiting task now; without one, does nothing. */
	flush(): void {
		if (this.timer !== undefined) {
			this.cancel();
			this.task();
		}
	}

	/** Drops a waiting run. */
	cancel(): void {
		if (this.timer !== undefined) {
			this.timers.clearTimeout(this.timer);
			this.timer = undefined;
		}
	}

	dispose(): void {
		this.cancel();
	}

	private start(): void {
		this.timer = this.timers.setTimeout(() => {
			this.timer = undefined;
			this.task();
		}, this.delayMs);
	}
}
