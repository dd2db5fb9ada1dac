// Which of a dialogue pass's stretches were copied from the last pass, and where. The copies carry the last
// pass's spans, speakers and all: when the turn-taking comes out different they are made again from the
// stretch, and when it is the same, the stretches copied to the same place among the turns need nothing.

import { DialogueStretch } from './types';
import { DialogueSpan } from '../dialogue/types';

export type MutableDialogueSpan = { -readonly [K in keyof DialogueSpan]: DialogueSpan[K] };

/** `span` moved `by` characters along, as a span of this pass's own (finish() names its speaker in place). */
export function movedSpan(span: DialogueSpan, by: number): MutableDialogueSpan {
	return { start: span.start + by, end: span.end + by, closed: span.closed, lastOpening: span.lastOpening + by, speaker: span.speaker, kind: span.kind };
}

export class CopiedStretches {
	/** How many stretches the pass opened with copied each to its own index, the last pass's first ones. */
	private first = 0;
	/** The copied stretches' indices among this pass's stretches. */
	private readonly copied: number[] = [];
	/** For each copied stretch: its index among the last pass's stretches, and where its turns now start. */
	private readonly copiedFrom: number[] = [];
	private readonly copiedTurns: number[] = [];

	/** Notes that the pass's first `count` stretches are the last pass's, each at its own index and with its turns in place. */
	addFirst(count: number): void {
		this.first = count;
	}

	/** Notes that this pass's stretch `index` is the last pass's stretch `from`, its turns now starting at `firstTurn`. */
	add(index: number, from: number, firstTurn: number): void {
		this.copied.push(index);
		this.copiedFrom.push(from);
		this.copiedTurns.push(firstTurn);
	}

	/** The copied stretches' spans as the paragraphs gave them, before the turn-taking named their speakers. */
	remakeSpans(stretches: readonly DialogueStretch[], origins: readonly number[], firstSpans: readonly number[], spans: MutableDialogueSpan[]): void {
		for (let index = 0; index < this.first; index++) {
			this.remakeSpansOf(stretches[index], origins[index], firstSpans[index], spans);
		}
		for (const index of this.copied) {
			this.remakeSpansOf(stretches[index], origins[index], firstSpans[index], spans);
		}
	}

	private remakeSpansOf(stretch: DialogueStretch, origin: number, first: number, spans: MutableDialogueSpan[]): void {
		stretch.spans.forEach((span, offset) => {
			spans[first + offset] = movedSpan(span, origin);
		});
	}

	/**
	 * The turns (1) of stretches copied to the same place among the turns as the last pass had them. With the
	 * last pass's speakers their spans already hold what finish() would give them: the last pass gave it.
	 */
	turnsInPlace(previous: readonly DialogueStretch[], stretches: readonly DialogueStretch[], turnCount: number): Uint8Array {
		const inPlace = new Uint8Array(turnCount);
		// The last pass's stretches hold all its turns, in order: where each stretch's turns started.
		const starts: number[] = [];
		let turns = 0;
		for (const stretch of previous) {
			starts.push(turns);
			turns += stretch.readings.length;
		}
		if (turns !== turnCount) {
			return inPlace;
		}
		// The first ones start where they did: they are the last pass's first stretches.
		inPlace.fill(1, 0, this.first < starts.length ? starts[this.first] : turns);
		this.copied.forEach((index, copy) => {
			const from = this.copiedTurns[copy];
			if (from === starts[this.copiedFrom[copy]]) {
				inPlace.fill(1, from, from + stretches[index].readings.length);
			}
		});
		return inPlace;
	}
}
