// Reads the counts from the end of mocha's spec reporter: "N passing" and, when any failed, "N failing".
export function mochaCounts(stdout) {
	const last = pattern => {
		const matches = [...stdout.matchAll(pattern)];
		return matches.length > 0 ? Number(matches[matches.length - 1][1]) : undefined;
	};
	return { passed: last(/^\s*(\d+) passing\b/gm), failed: last(/^\s*(\d+) failing\b/gm) };
}
