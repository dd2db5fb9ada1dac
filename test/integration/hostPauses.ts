// Whether the extension host stays free while a long document is read: how many turns other work gets
// while the reading is under way, counted (a reading done in one go gives none, however fast the machine),
// which the tests assert; and, printed beside them for the reader, how long the host's thread is held at
// once, seen from a 5 ms timer: the wall-clock gap between two ticks, and how much of it the host was
// working. Times are not asserted: they depend on the machine, and the budget is bench/stalls.mjs's.

export interface HostPauses {
	/** The longest gap between two ticks. */
	readonly longestGapMs: number;
	/** The longest the host worked at once. */
	readonly longestHoldMs: number;
}

export async function watchHostPauses<T>(work: () => Thenable<T>): Promise<{ result: T; pauses: HostPauses }> {
	let longestGapMs = 0;
	let longestHoldMs = 0;
	let last = performance.now();
	let lastUsage = process.cpuUsage();
	const ticker = setInterval(() => {
		const now = performance.now();
		const usage = process.cpuUsage(lastUsage);
		longestGapMs = Math.max(longestGapMs, now - last);
		longestHoldMs = Math.max(longestHoldMs, Math.min(now - last, (usage.user + usage.system) / 1000));
		last = now;
		lastUsage = process.cpuUsage();
	}, 5);
	try {
		const result = await work();
		return { result, pauses: { longestGapMs, longestHoldMs } };
	} finally {
		clearInterval(ticker);
	}
}

/**
 * How many times a task queued on the extension host got its turn while `underWay()` held, each queued
 * after the last ran: a reading in slices lets one run between two of its slices.
 */
export async function turnsWhile(underWay: () => boolean): Promise<number> {
	let turns = 0;
	while (underWay()) {
		await new Promise(resolve => setTimeout(resolve, 0));
		if (underWay()) {
			turns++;
		}
	}
	return turns;
}

/** The fewest turns other work must get during a long reading: more than one shows it went in slices. */
export const MIN_TURNS_DURING_READING = 5;
