// Gathers the paragraphs' quotes into the document's dialogue, feeds their turns to the turn-taking and
// keeps its work by stretches of paragraphs, so that after an edit the stretches the edit left alone are
// copied rather than read again. The assembly hands it each paragraph and each break between scenes.

import { DialogueStretch, DialogueStretches, StretchSpan } from './types';
import { findStretch, STRETCH_PARAGRAPHS } from './dialogueStretches';
import { Block, BlockAnalysis } from './types';
import { DialogueSpan } from '../dialogue/types';
import { MentionFlag } from '../structure/types';
import { LeadIn, ParagraphTurn, TurnTaking } from '../speakers/types';
import { ReusedTurns } from '../speakers/reusedTurns';
import { genderVote, opensClause, pronounAfter } from '../speakers/narrationGender';
import { ITEMS_PER_CHECK } from '../text/steps';
import { ShouldYield, Steps } from '../text/types';
import { takeTurnsInSteps } from '../speakers/turnTaking';
import { titledMention } from '../speakers/titledMentions';
import { actsAsSubject, joinedByAnd, PAIR_MARK, SUBJECT_MARK } from '../speakers/narratedSubjects';

/** The last pass's dialogue work, which the next pass reuses where the paragraphs are the same. */
export interface PreviousDialogue {
	readonly turnTaking: TurnTaking;
	readonly stretches: DialogueStretches;
}

/** Where a stretch being read began: its first pending paragraph, and how much the pass held then. */
interface StretchStart {
	readonly from: number;
	readonly spans: number;
	readonly turns: number;
	readonly mentioned: number;
	readonly narrationWords: number;
}

type MutableDialogueSpan = { -readonly [K in keyof DialogueSpan]: DialogueSpan[K] };

/** Mentions that are places or things, or speech itself, rather than someone present in the narration. */
const NOT_PEOPLE = MentionFlag.InDialogue | MentionFlag.AfterPlacePreposition | MentionFlag.AfterOf | MentionFlag.AfterDeterminer;

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
	private readonly spans: MutableDialogueSpan[] = [];
	private readonly turns: ReusedTurns;
	/** For each turn, its spans in `spans`: from where, and how many. */
	private readonly turnSpans: number[] = [];
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
	/** This pass's stretches, as DialogueStretches keeps them; `copied` lists those whose spans came from the last pass. */
	private readonly stretches: DialogueStretch[] = [];
	private readonly firstBlocks: number[] = [];
	private readonly origins: number[] = [];
	private readonly firstSpans: number[] = [];
	private readonly copied: number[] = [];
	/** For each copied stretch: its index among the last pass's stretches, and where its turns now start. */
	private readonly copiedFrom: number[] = [];
	private readonly copiedTurns: number[] = [];

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
		this.copied.push(this.stretches.length);
		this.copiedFrom.push(index);
		this.copiedTurns.push(turns.length);
		this.stretches.push(stretch);
		this.firstBlocks.push(block);
		this.origins.push(origin);
		this.firstSpans.push(firstSpan);
		const made = previous.spans;
		const madeFrom = previous.firstSpans[index];
		const shift = origin - previous.origins[index];
		for (let offset = 0; offset < stretch.spans.length; offset++) {
			const span = made[madeFrom + offset];
			if (shift === 0) {
				spans.push(span as MutableDialogueSpan);
			} else {
				const start = span.start + shift;
				spans.push({ start, end: span.end + shift, closed: span.closed, lastOpening: span.lastOpening + shift, speaker: span.speaker, kind: span.kind });
			}
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

	/** The copied stretches' spans as the paragraphs gave them, before the turn-taking named their speakers. */
	private remakeCopiedSpans(): void {
		for (const index of this.copied) {
			const stretch = this.stretches[index];
			const origin = this.origins[index];
			const first = this.firstSpans[index];
			stretch.spans.forEach((span, offset) => {
				const start = span.start + origin;
				this.spans[first + offset] = {
					start,
					end: span.end + origin,
					closed: span.closed,
					lastOpening: span.lastOpening + origin,
					speaker: span.speaker,
					kind: span.kind,
				};
			});
		}
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
			this.mention(block, openingSubject);
			return;
		}
		this.noteTitled(block);
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

	/**
	 * Notes the people a paragraph with speech names in its narration (`she wanted Mr. Darcy to account for it`:
	 * the one she talks to, whom an untagged reply may be given), and the names it gives with a title (`when
	 * Doctor Losberne came in`): see titledMentions.ts.
	 */
	private noteTitled(block: Block): void {
		for (const name of block.analysis.names) {
			// A sentence's opening word is the turn's own subject, counted there, or no one (`Rehearsal ended.`).
			if ((name.flags & (NOT_PEOPLE | MentionFlag.SentenceStart)) === 0) {
				this.turns.mentioned.push(name.text);
			}
			const titled = titledMention(name.text);
			if (titled !== undefined) {
				this.turns.mentioned.push(titled);
			}
		}
	}

	/** Notes the people a paragraph's narration names, leaving out places (`in London`, `the battle of Borodinó`). */
	/** Notes too what each name's own sentence says of their sex (`Mara sat… her knees`). */
	private mention(block: Block, except: string | undefined): void {
		const { names, text } = block.analysis;
		// `Pell and Bram sat on.`: two people, so no one a `he` after it points to; each is marked as a pair's.
		let pair = false;
		for (let index = 0; index < names.length; index++) {
			const name = names[index];
			if ((name.flags & NOT_PEOPLE) !== 0) {
				pair = false;
				continue;
			}
			const second: boolean = pair;
			pair = !second && index + 1 < names.length && joinedByAnd(text, name.end, names[index + 1].start) && actsAsSubject(text, name.start, name.flags);
			if (name.text !== except) {
				this.turns.mentioned.push(name.text);
				if (pair || second) {
					this.turns.mentioned.push(PAIR_MARK);
				} else if (actsAsSubject(text, name.start, name.flags)) {
					this.turns.mentioned.push(SUBJECT_MARK);
				}
			}
			const titled = titledMention(name.text);
			if (titled !== undefined) {
				this.turns.mentioned.push(titled);
			}
			// Whether the name opens its clause is asked only of the few a pronoun follows.
			const gender = pronounAfter(text, name.end, index + 1 < names.length ? names[index + 1].start : text.length);
			if (gender !== undefined && opensClause(text, name.start)) {
				this.turns.mentioned.push(genderVote(name.text, gender));
			}
		}
	}

	/**
	 * The turns (1) of stretches copied to the same place among the turns as the last pass had them. With the
	 * last pass's speakers their spans already hold what finish() would give them: the last pass gave it.
	 */
	private turnsCopiedInPlace(turnCount: number): Uint8Array {
		const inPlace = new Uint8Array(turnCount);
		const previous = this.previous!.stretches.stretches;
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
		this.copied.forEach((index, copy) => {
			const from = this.copiedTurns[copy];
			if (from === starts[this.copiedFrom[copy]]) {
				inPlace.fill(1, from, from + this.stretches[index].readings.length);
			}
		});
		return inPlace;
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
			this.remakeCopiedSpans();
		}
		yield;
		const inPlace = unchanged && previous ? this.turnsCopiedInPlace(turnTaking.speakers.length) : undefined;
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

/** A turn the paragraph before led into (`My uncle said:`), unless its own prose says who speaks. */
function ledIn(reading: ParagraphTurn, leadIn: LeadIn): ParagraphTurn {
	if (leadIn.continues !== undefined) {
		// `He broke off. / "…," he asked.`: the same he, unless the paragraph turned to someone. So too
		// `She smiled, and went on, / "…"`, where the lead-in's own pronoun speaks.
		const pronoun = reading.pronoun ?? (reading.attributed ? undefined : leadIn.pronoun);
		return reading.speaker === undefined && !reading.narrator && pronoun === leadIn.continues
			? { ...reading, continues: true, pronoun, attributed: true, objects: leadIn.objects ?? reading.objects }
			: reading;
	}
	if (reading.attributed || reading.speaker !== undefined || reading.narrator) {
		return reading;
	}
	return {
		...reading,
		speaker: leadIn.speaker,
		tie: leadIn.speaker === undefined ? undefined : leadIn.pronoun !== undefined ? 'pronoun' : 'verb',
		narrator: leadIn.narrator ?? false,
		pronoun: leadIn.pronoun ?? reading.pronoun,
		objects: leadIn.objects ?? reading.objects,
		attributed: true,
	};
}
