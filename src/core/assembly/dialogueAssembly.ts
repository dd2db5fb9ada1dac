// Gathers the paragraphs' quotes into the document's dialogue, feeds their turns to the turn-taking and
// keeps its work by stretches of paragraphs, so that after an edit the stretches the edit left alone are
// copied rather than read again. The assembly hands it each paragraph and each break between scenes.

import { DialogueCheckpoint, DialogueStretch, DialogueStretches, PreviousDialogue, StretchSpan } from './types';
import { findStretch, STRETCH_PARAGRAPHS } from './dialogueStretches';
import { Block, BlockAnalysis } from './types';
import { CopiedStretches, movedSpan, MutableDialogueSpan } from './copiedStretches';
import { ledIn } from './ledIn';
import { mentionNarrated, noteTitled } from './narrationMentions';
import { DialogueSpan } from '../dialogue/types';
import { LeadIn, TurnTaking } from '../speakers/types';
import { ReusedTurns } from '../speakers/reusedTurns';
import { ITEMS_PER_CHECK } from '../text/steps';
import { ShouldYield, Steps } from '../text/types';
import { takeTurnsInSteps } from '../speakers/turnTaking';
import { SUBJECT_MARK } from '../speakers/narratedSubjects';

/** Where a stretch being read began: its first pending paragraph, and how much the pass held then. */
interface StretchStart {
	readonly from: number;
	readonly spans: number;
	readonly turns: number;
	readonly mentioned: number;
	readonly narrationWords: number;
}

/** A narration paragraph this short between two lines is a beat: its subject likely speaks next. */
const BEAT_WORDS = 60;

/** Narration longer than this between two turns ends an exchange: turn-taking starts over. */
const EXCHANGE_GAP_WORDS = 120;

/**
 * Gathers the paragraphs' quotes into the document's dialogue. Speech left open at a paragraph's end
 * carries on when the next paragraph opens with a quote: with the same mark it is one span across
 * both; with another (French «… then —…) the open quote counts as closed there.
 */
export class DialogueAssembly {
	private spans: MutableDialogueSpan[] = [];
	private readonly turns: ReusedTurns;
	/** For each turn, its spans in `spans`: from where, and how many. */
	private turnSpans: number[] = [];
	private open: { span: MutableDialogueSpan; kind: string } | undefined;
	private narrationWords = 0;
	private broken = true;
	/** The person the narration paragraph just before opened on, if it was short. */
	private subject: string | undefined;
	/** Who the narration paragraph just before handed the speech to: `…and said:`. */
	private leadIn: LeadIn | undefined;
	/** The blocks (by index) of the paragraphs since the last break: read when the break or the end comes. */
	private readonly pending: number[] = [];
	/** Where reading the pending paragraphs stopped to yield, and the stretch it was in. */
	private readFrom = 0;
	private reading: StretchStart | undefined;
	/** This pass's stretches, as DialogueStretches keeps them; `copied` notes those whose spans came from the last pass. */
	private stretches: DialogueStretch[] = [];
	private firstBlocks: number[] = [];
	private origins: number[] = [];
	private firstSpans: number[] = [];
	private readonly copied = new CopiedStretches();

	constructor(
		private readonly indentedIsQuotation: boolean,
		private readonly blocks: readonly Block[],
		private readonly previous: PreviousDialogue | undefined,
		private readonly shouldYield: ShouldYield,
	) {
		this.turns = new ReusedTurns(previous?.turnTaking.turns);
	}

	/** False when the paragraphs before the break are not all read yet: call again once the thread is back. */
	addBreak(): boolean {
		if (!this.readPending()) {
			return false;
		}
		this.open = undefined;
		this.broken = true;
		this.subject = undefined;
		this.leadIn = undefined;
		this.turns.forgetMentions();
		return true;
	}

	/** Where the pass stands, just after addBreak() returned true. */
	checkpoint(): DialogueCheckpoint {
		const { stretches, spans, turns, narrationWords } = this;
		return { stretches: stretches.length, spans: spans.length, turns: turns.length, mentions: turns.mentionedLength, narrationWords };
	}

	/**
	 * Takes the pass up where the last pass stood at `checkpoint`, its paragraphs before it the same: as though
	 * each of the last pass's stretches before it were copied in turn, as they would be. `turnSpans` is the
	 * last pass's, by turn.
	 */
	resume(checkpoint: DialogueCheckpoint, turnSpans: readonly number[]): void {
		const previous = this.previous!.stretches;
		const count = checkpoint.stretches;
		this.copied.addFirst(count);
		this.stretches = previous.stretches.slice(0, count);
		this.firstBlocks = previous.firstBlocks.slice(0, count);
		this.origins = previous.origins.slice(0, count);
		this.firstSpans = previous.firstSpans.slice(0, count);
		this.spans = previous.spans.slice(0, checkpoint.spans) as MutableDialogueSpan[];
		this.turnSpans = turnSpans.slice(0, 2 * checkpoint.turns);
		this.turns.matchStart(checkpoint.turns, checkpoint.mentions);
		this.narrationWords = checkpoint.narrationWords;
	}

	/**
	 * True, having taken the rest of the last pass's dialogue, moved along, when the pass stands at a break as
	 * the last pass stood at `checkpoint`, with the same turns and mentions so far, matched one by one, and as
	 * many words of narration since the last turn: the last pass's paragraphs from there on are the ones to
	 * come, `shift` blocks on and `moved` characters on. `turnSpans` is the last pass's, by turn.
	 */
	takeRest(checkpoint: DialogueCheckpoint, turnSpans: readonly number[], shift: number, moved: number): boolean {
		if (!this.turns.matches(checkpoint.turns, checkpoint.mentions) || this.narrationWords !== checkpoint.narrationWords) {
			return false;
		}
		const previous = this.previous!.stretches;
		const addedSpans = this.spans.length - checkpoint.spans;
		let turn = checkpoint.turns;
		for (let index = checkpoint.stretches; index < previous.stretches.length; index++) {
			const stretch = previous.stretches[index];
			this.copied.add(this.stretches.length, index, turn);
			this.stretches.push(stretch);
			this.firstBlocks.push(previous.firstBlocks[index] + shift);
			this.origins.push(previous.origins[index] + moved);
			this.firstSpans.push(previous.firstSpans[index] + addedSpans);
			turn += stretch.readings.length;
		}
		for (let index = checkpoint.spans; index < previous.spans.length; index++) {
			const span = previous.spans[index];
			this.spans.push(moved === 0 ? (span as MutableDialogueSpan) : movedSpan(span, moved));
		}
		for (let index = 2 * checkpoint.turns; index < turnSpans.length; index += 2) {
			this.turnSpans.push(turnSpans[index] + addedSpans, turnSpans[index + 1]);
		}
		const sequence = this.previous!.turnTaking.turns;
		this.turns.matchStart(sequence.length, sequence.mentioned.length);
		return true;
	}

	/** For each turn, where its spans start among the pass's spans, and how many: what resume() takes of the last pass. */
	get spansByTurn(): readonly number[] {
		return this.turnSpans;
	}

	addParagraph(index: number): void {
		this.pending.push(index);
	}

	/**
	 * Reads the paragraphs since the last break: where the pass holds nothing over and the last pass read
	 * the same paragraphs, their stretch is copied; the rest are read and kept as stretches for the next pass.
	 * False when `shouldYield` stopped it first; the next call goes on from there.
	 */
	private readPending(): boolean {
		const { pending, blocks } = this;
		const previous = this.previous?.stretches;
		let { reading: recording, readFrom: from } = this;
		let looks = 0;
		while (from < pending.length) {
			if ((++looks & (ITEMS_PER_CHECK - 1)) === 0 && this.shouldYield()) {
				this.reading = recording;
				this.readFrom = from;
				return false;
			}
			if (this.holdsNothingOver()) {
				const found = previous ? findStretch(previous, this.indentedIsQuotation, blocks, pending, from) : -1;
				if (found >= 0 || (recording && from - recording.from >= STRETCH_PARAGRAPHS)) {
					if (recording) {
						this.keep(recording, from, true);
						recording = undefined;
					}
					if (found >= 0) {
						this.copy(previous!, found, pending[from]);
						from += previous!.stretches[found].analyses.length;
						continue;
					}
				}
			}
			recording ??= { from, spans: this.spans.length, turns: this.turns.length, mentioned: this.turns.mentionedLength, narrationWords: this.narrationWords };
			this.readParagraph(blocks[pending[from]]);
			from++;
		}
		if (recording) {
			this.keep(recording, pending.length, false);
		}
		pending.length = 0;
		this.reading = undefined;
		this.readFrom = 0;
		return true;
	}

	/** Nothing left open, no subject or lead-in waiting, and the next turn starts an exchange: a stretch may start here. */
	private holdsNothingOver(): boolean {
		return this.open === undefined && this.subject === undefined && this.leadIn === undefined && (this.broken || this.narrationWords > EXCHANGE_GAP_WORDS);
	}

	/** Keeps what reading the pending paragraphs `[start.from, to)` added, relative to the first one, for the next pass. */
	private keep(start: StretchStart, to: number, endsFresh: boolean): void {
		const { pending, blocks } = this;
		const origin = blocks[pending[start.from]].start;
		const analyses: BlockAnalysis[] = [];
		const offsets: number[] = [];
		for (let index = start.from; index < to; index++) {
			analyses.push(blocks[pending[index]].analysis);
			offsets.push(blocks[pending[index]].start - origin);
		}
		const spans: StretchSpan[] = [];
		for (let index = start.spans; index < this.spans.length; index++) {
			const span = this.spans[index];
			spans.push({
				start: span.start - origin,
				end: span.end - origin,
				closed: span.closed,
				lastOpening: span.lastOpening - origin,
				speaker: span.speaker,
				kind: span.kind,
			});
		}
		const turns = this.turns.sequence;
		const turnCount = this.turns.length;
		const turnSpans: number[] = [];
		const mentionedEnd: number[] = [];
		for (let turn = start.turns; turn < turnCount; turn++) {
			turnSpans.push(this.turnSpans[2 * turn] - start.spans, this.turnSpans[2 * turn + 1]);
			mentionedEnd.push(turns.mentionedEnd[turn] - start.mentioned);
		}
		const hasTurns = turnCount > start.turns;
		this.stretches.push({
			analyses,
			offsets,
			endsFresh,
			spans,
			turnSpans,
			readings: turns.readings.slice(start.turns, turnCount),
			startsExchange: turns.startsExchange.slice(start.turns, turnCount),
			precedingSubjects: turns.precedingSubjects.slice(start.turns, turnCount),
			mentioned: this.turns.mentionsSince(start.mentioned),
			mentionedEnd,
			hasTurns,
			narrationWords: hasTurns ? this.narrationWords : this.narrationWords - start.narrationWords,
			subject: this.subject,
			leadIn: this.leadIn,
		});
		this.firstBlocks.push(pending[start.from]);
		this.origins.push(origin);
		this.firstSpans.push(start.spans);
	}

	/**
	 * Adds what the last pass added for its stretch `index`, whose first paragraph is now block `block`,
	 * and takes on the state it left. The spans are the last pass's, moved with their paragraphs; should the
	 * turns come out different, finish() makes them again without the speakers the turn-taking gave them.
	 */
	private copy(previous: DialogueStretches, index: number, block: number): void {
		const stretch = previous.stretches[index];
		const origin = this.blocks[block].start;
		const { spans, turns, turnSpans } = this;
		const firstSpan = spans.length;
		this.copied.add(this.stretches.length, index, turns.length);
		this.stretches.push(stretch);
		this.firstBlocks.push(block);
		this.origins.push(origin);
		this.firstSpans.push(firstSpan);
		const made = previous.spans;
		const madeFrom = previous.firstSpans[index];
		const shift = origin - previous.origins[index];
		for (let offset = 0; offset < stretch.spans.length; offset++) {
			const span = made[madeFrom + offset];
			spans.push(shift === 0 ? (span as MutableDialogueSpan) : movedSpan(span, shift));
		}
		const { readings, startsExchange, precedingSubjects, mentionedEnd, mentioned } = stretch;
		turns.addRun(readings, startsExchange, precedingSubjects, mentioned, mentionedEnd);
		for (let turn = 0; turn < readings.length; turn++) {
			turnSpans.push(stretch.turnSpans[2 * turn] + firstSpan, stretch.turnSpans[2 * turn + 1]);
		}
		this.open = undefined;
		if (stretch.hasTurns) {
			this.broken = false;
			this.narrationWords = stretch.narrationWords;
		} else {
			this.narrationWords += stretch.narrationWords;
		}
		this.subject = stretch.subject;
		this.leadIn = stretch.leadIn;
	}

	private readParagraph(block: Block): void {
		const { quotes, speakers, opensWithQuote } = block.analysis;
		const open = this.open;
		this.open = undefined;
		if (quotes.length === 0 || (this.indentedIsQuotation && block.analysis.quoteMarks.indentedParagraphs > 0)) {
			this.narrationWords += block.analysis.words;
			const { openingSubject } = block.analysis;
			this.subject = block.analysis.words <= BEAT_WORDS ? openingSubject : undefined;
			this.leadIn = block.analysis.speakers.leadIn;
			if (openingSubject !== undefined) {
				this.turns.mentioned.push(openingSubject);
				this.turns.mentioned.push(SUBJECT_MARK);
			}
			mentionNarrated(block, openingSubject, this.turns.mentioned);
			return;
		}
		noteTitled(block, this.turns.mentioned);
		for (const reading of speakers.turns) {
			const firstSpan = this.spans.length;
			// A named thought or a note takes no turn in the conversation around it.
			let spoken = false;
			for (let index = reading.firstQuote; index < reading.endQuote; index++) {
				const quote = quotes[index];
				const start = block.start + quote.start;
				const end = block.start + quote.end;
				if (index === 0 && open && opensWithQuote) {
					open.span.closed = true;
					if (open.kind === quote.kind) {
						open.span.end = end;
						open.span.closed = quote.closed;
						open.span.lastOpening = start;
						if (!quote.closed) {
							this.open = open;
						}
						continue;
					}
				}
				// Every span has the same shape, speaker or not, so the engine keeps them fast to build and read.
				const kind = speakers.kinds?.kinds[index] ?? 'speech';
				const span: MutableDialogueSpan = {
					start,
					end,
					closed: quote.closed,
					lastOpening: start,
					speaker: speakers.quoteSpeakers?.[index] ?? speakers.kinds?.thinkers[index],
					kind,
				};
				this.spans.push(span);
				// A thought whose tag names no one (`she thought`) goes through the turn-taking to find its thinker.
				spoken ||= kind === 'speech' || (kind === 'thought' && span.speaker === undefined);
				if (!quote.closed && index === quotes.length - 1) {
					this.open = { span, kind: quote.kind };
				}
			}
			if (this.spans.length > firstSpan && !spoken) {
				this.subject = undefined;
			} else if (this.spans.length > firstSpan) {
				this.turns.add(this.leadIn ? ledIn(reading, this.leadIn) : reading, this.broken || this.narrationWords > EXCHANGE_GAP_WORDS, this.subject);
				this.leadIn = undefined;
				this.turnSpans.push(firstSpan, this.spans.length - firstSpan);
				this.broken = false;
				this.narrationWords = 0;
				this.subject = undefined;
			}
		}
		// `…Mrs. Pell half opened the door and called out,`: the narration after the last quote leads on.
		if (speakers.leadIn !== undefined) {
			this.leadIn = speakers.leadIn;
		}
	}

	*finish(): Steps<{ spans: DialogueSpan[]; turnTaking: TurnTaking; stretches: DialogueStretches }> {
		while (!this.readPending()) {
			yield;
		}
		const { turns, unchanged } = this.turns.finish();
		const previous = this.previous?.turnTaking;
		// The same turns as the last pass: its speakers stand, and so do the spans copied with them.
		const turnTaking = unchanged && previous ? previous : yield* takeTurnsInSteps(turns, previous, this.shouldYield);
		if (turnTaking.speakers !== previous?.speakers) {
			this.copied.remakeSpans(this.stretches, this.origins, this.firstSpans, this.spans);
		}
		yield;
		const inPlace =
			unchanged && previous ? this.copied.turnsInPlace(this.previous!.stretches.stretches, this.stretches, turnTaking.speakers.length) : undefined;
		turnTaking.speakers.forEach((speaker, turn) => {
			if (speaker === undefined || inPlace?.[turn] === 1) {
				return;
			}
			const first = this.turnSpans[2 * turn];
			const end = first + this.turnSpans[2 * turn + 1];
			for (let index = first; index < end; index++) {
				this.spans[index].speaker ??= speaker;
			}
		});
		const { indentedIsQuotation, blocks, stretches, firstBlocks, origins, firstSpans, spans } = this;
		return { spans, turnTaking, stretches: { indentedIsQuotation, blockCount: blocks.length, stretches, firstBlocks, origins, firstSpans, spans } };
	}
}
