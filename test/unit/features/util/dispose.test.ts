// What a Disposable holds is released once, in the order it was taken, even when one part fails.
import * as assert from 'assert';
import { Disposable, disposeAll, Releasable } from '../../../../src/features/util/dispose';

function recorder(log: string[], name: string, fails = false): Releasable {
	return {
		dispose: () => {
			log.push(name);
			if (fails) {
				throw new Error(`${name} failed`);
			}
		},
	};
}

class Holder extends Disposable {
	hold(value: Releasable): Releasable {
		return this.register(value);
	}

	holdAll(...values: Releasable[]): void {
		this.registerAll(...values);
	}

	get released(): boolean {
		return this.isDisposed;
	}
}

describe('Disposable', () => {
	it('releases what it holds in the order it was registered', () => {
		const log: string[] = [];
		const holder = new Holder();
		const emitter = recorder(log, 'emitter');
		assert.strictEqual(holder.hold(emitter), emitter);
		holder.holdAll(recorder(log, 'listener'), recorder(log, 'view'));
		holder.dispose();
		assert.deepStrictEqual(log, ['emitter', 'listener', 'view']);
		assert.strictEqual(holder.released, true);
	});

	it('releases once, however often it is disposed', () => {
		const log: string[] = [];
		const holder = new Holder();
		holder.hold(recorder(log, 'listener'));
		holder.dispose();
		holder.dispose();
		assert.deepStrictEqual(log, ['listener']);
	});

	it('releases at once what is registered after it was disposed', () => {
		const log: string[] = [];
		const holder = new Holder();
		holder.dispose();
		holder.hold(recorder(log, 'late'));
		assert.deepStrictEqual(log, ['late']);
	});
});

describe('disposeAll', () => {
	it('releases the rest when one fails, then throws its error', () => {
		const log: string[] = [];
		assert.throws(() => disposeAll([recorder(log, 'a'), recorder(log, 'b', true), recorder(log, 'c')]), /b failed/);
		assert.deepStrictEqual(log, ['a', 'b', 'c']);
	});

	it('throws every error when several fail', () => {
		const log: string[] = [];
		assert.throws(
			() => disposeAll([recorder(log, 'a', true), recorder(log, 'b', true)]),
			(error: unknown) => error instanceof AggregateError && error.errors.length === 2,
		);
		assert.deepStrictEqual(log, ['a', 'b']);
	});
});
