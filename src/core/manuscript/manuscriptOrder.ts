// Decides the reading order of a manuscript's files: the writer's own list in `.dramatis/order.json`
// first, in that order, then every other file by natural sort of its path, so `2-x` comes before
// `10-y` and a folder's files stay together.

import { OrderFile } from './types';

/** Numbers by value, case ignored. Made when needed: the first one loads locale data, which activation should not wait for. */
function naturalCollator(): Intl.Collator {
	return new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
}

/**
 * Compares two `/`-separated paths folder by folder, numbers by value. A file is compared by its name
 * without extension, so `part2.md` (the part's opening) comes before the folder `part2/`.
 */
export function comparePaths(a: string, b: string, collator = naturalCollator()): number {
	const aParts = a.split('/');
	const bParts = b.split('/');
	for (let index = 0; index < Math.min(aParts.length, bParts.length); index++) {
		const byName = collator.compare(nameOf(aParts, index), nameOf(bParts, index));
		if (byName !== 0) {
			return byName;
		}
	}
	if (aParts.length !== bParts.length) {
		return aParts.length - bParts.length;
	}
	// Names that differ only in case still need an order that does not change from run to run.
	return a < b ? -1 : a > b ? 1 : 0;
}

function nameOf(parts: readonly string[], index: number): string {
	return index === parts.length - 1 ? parts[index].replace(/(.)\.[^.]*$/, '$1') : parts[index];
}

/** `paths` in reading order: those named in `order` first, as listed, then the rest in natural order. */
export function orderPaths(paths: readonly string[], order: readonly string[] = []): string[] {
	return [...paths].sort(readingOrder(order));
}

/** Compares paths in reading order: those named in `order` first, as listed, then the rest in natural order. */
export function readingOrder(order: readonly string[]): (a: string, b: string) => number {
	const rank = new Map<string, number>();
	order.forEach((path, index) => {
		const key = normalizePath(path);
		if (!rank.has(key)) {
			rank.set(key, index);
		}
	});
	const collator = naturalCollator();
	return (a, b) => {
		const aRank = rank.get(normalizePath(a));
		const bRank = rank.get(normalizePath(b));
		if (aRank !== undefined || bRank !== undefined) {
			return aRank === undefined ? 1 : bRank === undefined ? -1 : aRank - bRank;
		}
		return comparePaths(a, b, collator);
	};
}

export function normalizePath(path: string): string {
	return path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}

/** Reads `.dramatis/order.json`: a list of paths, or `{ "order": [...] }`, relative to the workspace folder. */
export function parseOrderFile(json: string): OrderFile {
	let value: unknown;
	try {
		value = JSON.parse(json);
	} catch (error) {
		return { error: `.dramatis/order.json is not valid JSON: ${(error as Error).message}` };
	}
	const list = Array.isArray(value) ? value : value && typeof value === 'object' ? (value as { order?: unknown }).order : undefined;
	if (!Array.isArray(list) || !list.every(item => typeof item === 'string')) {
		return { error: '.dramatis/order.json must be a list of file paths, such as ["01-arrival.md", "02-the-party.md"]' };
	}
	return { order: list.map(normalizePath) };
}
