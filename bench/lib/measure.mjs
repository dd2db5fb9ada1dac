// Small timing helpers: medians and percentiles over repeated runs.

export function time(run) {
	const start = performance.now();
	const result = run();
	return { ms: performance.now() - start, result };
}

export function percentile(values, fraction) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

export function median(values) {
	return percentile(values, 0.5);
}

export function round(value, digits = 2) {
	const scale = 10 ** digits;
	return Math.round(value * scale) / scale;
}

/** Deterministic pseudo-random numbers, so every run makes the same edits. */
export function seededRandom(seed) {
	let state = seed >>> 0;
	return () => {
		state = (state * 1664525 + 1013904223) >>> 0;
		return state / 0x100000000;
	};
}
