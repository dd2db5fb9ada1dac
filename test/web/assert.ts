// Node's `assert`, as much of it as the integration tests use, for the browser's extension host, which has
// no Node modules: the web test bundle maps `assert` here, so the same test files run in both hosts.

export class AssertionError extends Error {
	override name = 'AssertionError';
}

function fail(message: string | Error | undefined, fallback: string): never {
	if (message instanceof Error) {
		throw message;
	}
	throw new AssertionError(message ?? fallback);
}

function show(value: unknown): string {
	try {
		return typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
	} catch {
		return String(value);
	}
}

export function ok(value: unknown, message?: string | Error): asserts value {
	if (!value) {
		fail(message, `Expected a truthy value, got ${show(value)}`);
	}
}

export function strictEqual<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
	if (!Object.is(actual, expected)) {
		fail(message, `Expected ${show(actual)} to be strictly equal to ${show(expected)}`);
	}
}

export function notStrictEqual(actual: unknown, expected: unknown, message?: string | Error): void {
	if (Object.is(actual, expected)) {
		fail(message, `Expected ${show(actual)} not to be strictly equal to ${show(expected)}`);
	}
}

export function deepStrictEqual<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
	if (!deepEqual(actual, expected)) {
		fail(message, `Expected values to be deeply and strictly equal:\n  actual:   ${show(actual)}\n  expected: ${show(expected)}`);
	}
}

export function match(text: string, pattern: RegExp, message?: string | Error): void {
	if (typeof text !== 'string' || !pattern.test(text)) {
		fail(message, `Expected ${show(text)} to match ${pattern}`);
	}
}

export function throws(run: () => unknown, expected?: RegExp, message?: string | Error): void {
	try {
		run();
	} catch (error) {
		checkError(error, expected, message);
		return;
	}
	fail(message, 'Expected the function to throw');
}

export async function rejects(promise: Promise<unknown> | (() => Promise<unknown>), expected?: RegExp, message?: string | Error): Promise<void> {
	try {
		await (typeof promise === 'function' ? promise() : promise);
	} catch (error) {
		checkError(error, expected, message);
		return;
	}
	fail(message, 'Expected the promise to reject');
}

function checkError(error: unknown, expected: RegExp | undefined, message: string | Error | undefined): void {
	const text = error instanceof Error ? error.message : String(error);
	if (expected && !expected.test(text)) {
		fail(message, `Expected the error ${show(text)} to match ${expected}`);
	}
}

/** As Node's strict deep equality: same prototypes, same own enumerable keys, Object.is on leaves. */
function deepEqual(actual: unknown, expected: unknown): boolean {
	if (Object.is(actual, expected)) {
		return true;
	}
	if (typeof actual !== 'object' || typeof expected !== 'object' || actual === null || expected === null) {
		return false;
	}
	if (Object.getPrototypeOf(actual) !== Object.getPrototypeOf(expected)) {
		return false;
	}
	if (actual instanceof Set && expected instanceof Set) {
		return actual.size === expected.size && [...actual].every(item => expected.has(item));
	}
	if (actual instanceof Map && expected instanceof Map) {
		return actual.size === expected.size && [...actual].every(([key, value]) => expected.has(key) && deepEqual(value, expected.get(key)));
	}
	const actualKeys = Object.keys(actual);
	const expectedKeys = Object.keys(expected);
	if (actualKeys.length !== expectedKeys.length) {
		return false;
	}
	const other = expected as Record<string, unknown>;
	return actualKeys.every(key => Object.prototype.hasOwnProperty.call(other, key) && deepEqual((actual as Record<string, unknown>)[key], other[key]));
}

export default ok;
