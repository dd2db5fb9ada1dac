// What a long-lived feature or service holds (listeners, emitters, views, timers) released together when
// the extension deactivates, in the order it was taken. No `vscode` import: anything with a `dispose`
// method is held, so the rule is unit-tested in plain mocha.

/** Anything that lets go of what it holds: a `vscode.Disposable`, an event subscription, a Delayer. */
export interface Releasable {
	dispose(): unknown;
}

/** Releases each in the order given; one that throws does not keep the rest from being released. */
export function disposeAll(disposables: Iterable<Releasable>): void {
	const errors: unknown[] = [];
	for (const disposable of disposables) {
		try {
			disposable.dispose();
		} catch (error) {
			errors.push(error);
		}
	}
	if (errors.length === 1) {
		throw errors[0];
	}
	if (errors.length > 1) {
		throw new AggregateError(errors, 'Several disposables failed to dispose');
	}
}

/** The base of a class that holds things to release: `register` what it takes, `dispose` lets go of all of it. */
export abstract class Disposable {
	private disposed = false;
	private readonly held: Releasable[] = [];

	/** Holds `value` until this is disposed; once disposed, anything registered is released at once. */
	protected register<T extends Releasable>(value: T): T {
		if (this.disposed) {
			value.dispose();
		} else {
			this.held.push(value);
		}
		return value;
	}

	/** Holds each of `values`, in order. */
	protected registerAll(...values: Releasable[]): void {
		values.forEach(value => this.register(value));
	}

	protected get isDisposed(): boolean {
		return this.disposed;
	}

	dispose(): void {
		if (this.disposed) {
			return;
		}
		this.disposed = true;
		disposeAll(this.held.splice(0));
	}
}
