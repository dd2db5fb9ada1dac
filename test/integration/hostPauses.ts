// How long the extension host's thread is held at once while some work runs, seen from a 5 ms timer:
// the wall-clock gap between two ticks, and how much of it the host was working. On a busy machine the
// host also waits for a core, so the gap overstates what the work held; the processor time it used (no
// more than the gap: the garbage collector's helper threads count too) is what the writer would feel on
// an idle one.

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
