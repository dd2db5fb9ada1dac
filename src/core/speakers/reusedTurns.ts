// The turns of speech a dialogue pass gathers, told against the last pass's. Most edits change no turn:
// while the turns and mentions added match the last pass's, nothing is copied, and a pass that ends with
// the same turns keeps the last pass's speakers without comparing or copying anything. At the first
// difference the part that matched is copied and the pass goes on adding to a sequence of its own.

import { ParagraphTurn } from './types';
import { TurnSequence } from './types';

export class ReusedTurns {
	/** The pass's own sequence, once it differs from the last pass's (or when there is none). */
	private own: TurnSequence | undefined;
	/** While the pass matches: how many of the last pass's turns and mentions it has added again. */
	private matchedTurns = 0;
	private matchedMentions = 0;
	/**
	 * Mentions added past the matched ones that the last pass's sequence does not hold there: a break may yet
	 * forget them (the last pass's were forgotten the same way, and later mentions took their places).
	 */
	private unmatched: string[] | undefined;
	/** Where the pass adds the people narration mentions, as it would a TurnSequence's. */
	readonly mentioned = { push: (name: string): void => this.mention(name) };

	constructor(private readonly previous: TurnSequence | undefined) {
		this.own = previous ? undefined : new TurnSequence();
	}

	get length(): number {
		return this.own ? this.own.length : this.matchedTurns;
	}

	get mentionedLength(): number {
		return this.own ? this.own.mentioned.length : this.matchedMentions + (this.unmatched?.length ?? 0);
	}

	/** The mentions from `start` on. */
	mentionsSince(start: number): string[] {
		if (this.own) {
			return this.own.mentioned.slice(start);
		}
		const matched = this.previous!.mentioned.slice(Math.min(start, this.matchedMentions), this.matchedMentions);
		const unmatched = this.unmatched ?? [];
		return matched.concat(start <= this.matchedMentions ? unmatched : unmatched.slice(start - this.matchedMentions));
	}

	add(reading: ParagraphTurn, startsExchange: boolean, precedingSubject: string | undefined): void {
		if (!this.own && !this.unmatched) {
			const previous = this.previous!;
			const turn = this.matchedTurns;
			if (
				turn < previous.length &&
				previous.startsExchange[turn] === startsExchange &&
				previous.precedingSubjects[turn] === precedingSubject &&
				previous.mentionedEnd[turn] === this.matchedMentions &&
				sameTurn(previous.readings[turn], reading)
			) {
				this.matchedTurns++;
				return;
			}
		}
		this.diverged().add(reading, startsExchange, precedingSubject);
	}

	/**
	 * Adds a run of turns and the mentions around them, as `mentioned.push` and `add` one by one would
	 * (`mentionedEnd[turn]`: how many of `mentioned` come before turn `turn`). A stretch copied from the last
	 * pass most often matches it at once, turn for turn: then only the counts move, with no call per item.
	 * Mentions after the last turn go one by one: a break after them forgets them, so the last pass may hold others there.
	 */
	addRun(
		readings: readonly ParagraphTurn[],
		startsExchange: readonly boolean[],
		precedingSubjects: readonly (string | undefined)[],
		mentioned: readonly string[],
		mentionedEnd: readonly number[],
	): void {
		let mention = 0;
		if (this.matchesRun(readings, startsExchange, precedingSubjects, mentioned, mentionedEnd)) {
			this.matchedTurns += readings.length;
			mention = readings.length > 0 ? mentionedEnd[readings.length - 1] : 0;
			this.matchedMentions += mention;
		} else {
			for (let turn = 0; turn < readings.length; turn++) {
				for (; mention < mentionedEnd[turn]; mention++) {
					this.mention(mentioned[mention]);
				}
				this.add(readings[turn], startsExchange[turn], precedingSubjects[turn]);
			}
		}
		for (; mention < mentioned.length; mention++) {
			this.mention(mentioned[mention]);
		}
	}

	/**
	 * True when adding the run's turns, and the mentions before its last turn, one by one would match the last
	 * pass's all through, by the very same readings.
	 */
	private matchesRun(
		readings: readonly ParagraphTurn[],
		startsExchange: readonly boolean[],
		precedingSubjects: readonly (string | undefined)[],
		mentioned: readonly string[],
		mentionedEnd: readonly number[],
	): boolean {
		if (this.own || this.unmatched) {
			return false;
		}
		const previous = this.previous!;
		const turns = this.matchedTurns;
		const mentions = this.matchedMentions;
		const count = readings.length;
		const before = count > 0 ? mentionedEnd[count - 1] : 0;
		if (turns + count > previous.length || mentions + before > previous.mentioned.length) {
			return false;
		}
		for (let turn = 0; turn < count; turn++) {
			if (
				previous.readings[turns + turn] !== readings[turn] ||
				previous.startsExchange[turns + turn] !== startsExchange[turn] ||
				previous.precedingSubjects[turns + turn] !== precedingSubjects[turn] ||
				previous.mentionedEnd[turns + turn] !== mentions + mentionedEnd[turn]
			) {
				return false;
			}
		}
		for (let mention = 0; mention < before; mention++) {
			if (previous.mentioned[mentions + mention] !== mentioned[mention]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Takes the last pass's first `turns` turns and `mentions` mentions as added again, as a pass that matched
	 * them one by one would hold them: for a pass taken up where the last one stood, with nothing yet added.
	 */
	matchStart(turns: number, mentions: number): void {
		this.matchedTurns = turns;
		this.matchedMentions = mentions;
	}

	/** True while the pass has matched the last pass's turns one by one, `turns` of them and `mentions` mentions so far. */
	matches(turns: number, mentions: number): boolean {
		return !this.own && !this.unmatched && this.matchedTurns === turns && this.matchedMentions === mentions;
	}

	forgetMentions(): void {
		if (this.own) {
			this.own.forgetMentions();
		} else {
			// As TurnSequence.forgetMentions does, on the matched part. The last turn matched, so it ended no later
			// than the matched mentions: whatever did not match is forgotten too.
			this.matchedMentions = this.matchedTurns > 0 ? this.previous!.mentionedEnd[this.matchedTurns - 1] : 0;
			this.unmatched = undefined;
		}
	}

	/** The turns so far, to read by index: the last pass's while they match. */
	get sequence(): TurnSequence {
		return this.own ?? this.previous!;
	}

	/** The pass's turns, and whether they are the last pass's very sequence. */
	finish(): { turns: TurnSequence; unchanged: boolean } {
		if (!this.own && !this.unmatched && this.matchedTurns === this.previous!.length && this.matchedMentions === this.previous!.mentioned.length) {
			return { turns: this.previous!, unchanged: true };
		}
		return { turns: this.diverged(), unchanged: false };
	}

	private mention(name: string): void {
		if (!this.own) {
			const previous = this.previous!;
			if (this.unmatched) {
				this.unmatched.push(name);
			} else if (this.matchedMentions < previous.mentioned.length && previous.mentioned[this.matchedMentions] === name) {
				this.matchedMentions++;
			} else {
				this.unmatched = [name];
			}
			return;
		}
		this.own.mentioned.push(name);
	}

	private diverged(): TurnSequence {
		if (!this.own) {
			const previous = this.previous!;
			const own = new TurnSequence();
			for (let turn = 0; turn < this.matchedTurns; turn++) {
				own.readings.push(previous.readings[turn]);
				own.startsExchange.push(previous.startsExchange[turn]);
				own.precedingSubjects.push(previous.precedingSubjects[turn]);
				own.mentionedEnd.push(previous.mentionedEnd[turn]);
			}
			for (let mention = 0; mention < this.matchedMentions; mention++) {
				own.mentioned.push(previous.mentioned[mention]);
			}
			for (const name of this.unmatched ?? []) {
				own.mentioned.push(name);
			}
			this.unmatched = undefined;
			this.own = own;
		}
		return this.own;
	}
}

/**
 * Two readings of a turn that say the same in every field, so the one can stand for the other: an edited
 * paragraph is read again into new objects, most often with the same conclusions.
 */
function sameTurn(a: ParagraphTurn, b: ParagraphTurn): boolean {
	if (a === b) {
		return true;
	}
	const keys = Object.keys(a) as (keyof ParagraphTurn)[];
	if (keys.length !== Object.keys(b).length) {
		return false;
	}
	for (const key of keys) {
		const x = a[key];
		const y = b[key];
		if (x !== y && !(Array.isArray(x) && Array.isArray(y) && x.length === y.length && x.every((item, index) => item === y[index]))) {
			return false;
		}
	}
	return true;
}
