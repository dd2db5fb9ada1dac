// The two ways a Delayer waits, on a clock the test moves by hand.
import * as assert from 'assert';
import { Delayer, Timers } from '../../../../src/features/util/delayer';

/** A clock that only moves when told: each timer fires once `advance` passes its time. */
class ManualClock implements Timers {
	now = 0;
	private next = 1;
	private readonly waiting = new Map<number, { at: number; callback: () => void }>();

	setTimeout(callback: () => void, ms: number): unknown {
		const handle = this.next++;
		this.waiting.set(handle, { at: this.now + ms, callback });
		return handle;
	}

	clearTimeout(handle: unknown): void {
		this.waiting.delete(handle as number);
	}

	advance(ms: number): void {
		const until = this.now + ms;
		for (;;) {
			const due = [...this.waiting.entries()].filter(([, timer]) => timer.at <= until).sort(([, a], [, b]) => a.at - b.at)[0];
			if (!due) {
				break;
			}
			this.waiting.delete(due[0]);
			this.now = due[1].at;
			due[1].callback();
		}
		this.now = until;
	}
}

function delayerOn(clock: ManualClock, delayMs: number): { delayer: Delayer; runs: number[] } {
	const runs: number[] = [];
	return { delayer: new Delayer(delayMs, () => runs.push(clock.now), clock), runs };
}

describe('Delayer', () => {
	it('debounce runs the task once, the delay after the last call', () => {
		const clock = new ManualClock();
		const { delayer, runs } = delayerOn(clock, 100);
		delayer.debounce();
		clock.advance(60);
		delayer.debounce();
		clock.advance(60);
		delayer.debounce();
		assert.deepStrictEqual(runs, []);
		clock.advance(100);
		assert.deepStrictEqual(runs, [220]);
	});

	it('schedule runs the task the delay after the first call, however many follow', () => {
		const clock = new ManualClock();
		const { delayer, runs } = delayerOn(clock, 100);
		delayer.schedule();
		clock.advance(60);
		delayer.schedule();
		clock.advance(60);
		delayer.schedule();
		assert.deepStrictEqual(runs, [100]);
		clock.advance(100);
		assert.deepStrictEqual(runs, [100, 220]);
	});

	it('is pending from a call until the task runs', () => {
		const clock = new ManualClock();
		const { delayer } = delayerOn(clock, 100);
		assert.strictEqual(delayer.isPending, false);
		delayer.schedule();
		assert.strictEqual(delayer.isPending, true);
		clock.advance(100);
		assert.strictEqual(delayer.isPending, false);
	});

	it('flush runs a waiting task at once, and only a waiting one', () => {
		const clock = new ManualClock();
		const { delayer, runs } = delayerOn(clock, 100);
		delayer.flush();
		assert.deepStrictEqual(runs, []);
		delayer.debounce();
		clock.advance(30);
		delayer.flush();
		assert.deepStrictEqual(runs, [30]);
		clock.advance(200);
		assert.deepStrictEqual(runs, [30], 'the flushed run is not repeated when its time comes');
	});

	it('cancel and dispose drop a waiting run', () => {
		const clock = new ManualClock();
		const { delayer, runs } = delayerOn(clock, 100);
		delayer.debounce();
		delayer.cancel();
		clock.advance(200);
		delayer.schedule();
		delayer.dispose();
		clock.advance(200);
		assert.deepStrictEqual(runs, []);
		assert.strictEqual(delayer.isPending, false);
	});

	it('waits on the host timers by default', async () => {
		let ran = false;
		const delayer = new Delayer(1, () => (ran = true));
		delayer.debounce();
		assert.strictEqual(ran, false);
		await new Promise(resolve => setTimeout(resolve, 20));
		assert.strictEqual(ran, true);
	});
});
