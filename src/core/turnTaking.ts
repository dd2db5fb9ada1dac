// Decides who speaks the turns the prose leaves unattributed, across a document's paragraphs: in a
// two-person exchange turns alternate, a `she said` goes to the one who is a she, and a pronoun with
// no exchange to go by goes to the person the story showed last. Runs on every edit, so it only walks
// the turns once with small, fixed state.

import { Gender, genderOfWords, isDescription, samePerson } from './speakerNames';
import { ParagraphTurn } from './speakers';

/**
 * The document's turns of speech as the document pass hands them over, in parallel arrays rather than an
 * object per turn: the pass builds this on every edit, and a novel has thousands of turns.
 */
export class TurnSequence {
	/** What each turn's own paragraph says about its speaker. */
	readonly readings: ParagraphTurn[] = [];
	/** The turn before belongs to another exchange: a scene break or long narration lies between. */
	readonly startsExchange: boolean[] = [];
	/** The person a short narration paragraph just before the turn opened on: `Ogden made for the box.` */
	readonly precedingSubjects: (string | undefined)[] = [];
	/** The people the narration paragraphs opened on, in order; `mentionedEnd[turn]` is where the turn's end. */
	readonly mentioned: string[] = [];
	readonly mentionedEnd: number[] = [];

	get length(): number {
		return this.readings.length;
	}

	add(reading: ParagraphTurn, startsExchange: boolean, precedingSubject: string | undefined): void {
		this.readings.push(reading);
		this.startsExchange.push(startsExchange);
		this.precedingSubjects.push(precedingSubject);
		this.mentionedEnd.push(this.mentioned.length);
	}

	/** A scene break: the people narration named since the last turn are out of the next scene. */
	forgetMentions(): void {
		this.mentioned.length = this.mentionedEnd.length > 0 ? this.mentionedEnd[this.mentionedEnd.length - 1] : 0;
	}
}

/** What the turn-taking concluded, kept with the model so that an edit which changes no turn reuses it. */
export interface TurnTaking {
	readonly turns: TurnSequence;
	/** The speaker of each turn, or undefined. */
	readonly speakers: readonly (string | undefined)[];
}

/** The speakers of `turns`, worked out again only when some turn differs from `previous`'s. */
export function takeTurns(turns: TurnSequence, previous?: TurnTaking): TurnTaking {
	if (previous && sameTurns(turns, previous.turns)) {
		return { turns, speakers: previous.speakers };
	}
	return { turns, speakers: assignSpeakers(turns) };
}

function sameTurns(a: TurnSequence, b: TurnSequence): boolean {
	if (a.length !== b.length || a.mentioned.length !== b.mentioned.length) {
		return false;
	}
	for (let index = 0; index < a.length; index++) {
		if (a.startsExchange[index] !== b.startsExchange[index] || a.precedingSubjects[index] !== b.precedingSubjects[index] || a.mentionedEnd[index] !== b.mentionedEnd[index] || !sameReading(a.readings[index], b.readings[index])) {
			return false;
		}
	}
	return a.mentioned.every((name, index) => name === b.mentioned[index]);
}

function sameReading(x: ParagraphTurn, y: ParagraphTurn): boolean {
	return x === y || (
		x.firstQuote === y.firstQuote && x.endQuote === y.endQuote && x.speaker === y.speaker && x.tie === y.tie &&
		x.narrator === y.narrator && x.pronoun === y.pronoun && x.stranger === y.stranger && sameList(x.addressed, y.addressed)
	);
}

function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
	return a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((item, index) => item === b[index]));
}

/** The narrator, who speaks when the prose says `I said` but whose name the prose does not give. */
const NARRATOR = '\u0000I';

/** How many people back a pronoun may reach. */
const SALIENT_PEOPLE = 3;

/**
 * The speaker of each turn, or undefined. A turn the prose attributes keeps its speaker. Within an
 * exchange, turns alternate between two people, so a turn the prose leaves unattributed goes to
 * whoever the prose names two turns before or after it. Where the names stop alternating (a third
 * voice, a speaker who goes on in a new paragraph) the alternation starts over from that turn. A
 * description (`the old man`) stands in for a person until the exchange names them.
 */
export function assignSpeakers(turns: TurnSequence): (string | undefined)[] {
	const named = oneSpellingEach(turns.readings.map((reading, index) => reading.speaker ?? (reading.narrator ? NARRATOR : turns.precedingSubjects[index])));
	const genders = learnGenders(turns, named);
	const genderOf = (speaker: string | undefined): Gender | undefined => {
		if (speaker === undefined || speaker === NARRATOR) {
			return undefined;
		}
		if (!genders.has(speaker)) {
			genders.set(speaker, genderOfWords(speaker));
		}
		return genders.get(speaker);
	};
	const speakers: (string | undefined)[] = new Array(turns.length).fill(undefined);
	const recent: string[] = [];
	const see = (name: string | undefined) => {
		if (name === undefined || name === NARRATOR || recent[0] === name || isDescription(name)) {
			return;
		}
		const at = recent.indexOf(name);
		recent.splice(at < 0 ? SALIENT_PEOPLE - 1 : at, 1);
		recent.unshift(name);
	};
	let runStart = 0;
	let participants: (string | undefined)[] = [undefined, undefined];

	const fill = (end: number) => {
		for (let index = runStart; index < end; index++) {
			const reading = turns.readings[index];
			if (turns.startsExchange[index]) {
				recent.length = 0;
			}
			for (let mention = index > 0 ? turns.mentionedEnd[index - 1] : 0; mention < turns.mentionedEnd[index]; mention++) {
				see(turns.mentioned[mention]);
			}
			let speaker = named[index];
			if (speaker === undefined && !reading.stranger) {
				const parity = (index - runStart) % 2;
				const other = participants[1 - parity];
				speaker = participants[parity];
				const calledOut = (name: string | undefined) => name !== undefined && reading.addressed?.includes(name) === true;
				if ((reading.pronoun !== undefined && genderOf(speaker) !== undefined && genderOf(speaker) !== reading.pronoun) || calledOut(speaker)) {
					// `she said` when the turn-taking says Robert, or `"Won't you tell, Douglas?"`: the alternation slipped.
					speaker = (reading.pronoun === undefined || genderOf(other) === reading.pronoun) && !calledOut(other) ? other : undefined;
				}
				if (speaker === undefined && reading.pronoun !== undefined) {
					// `"…," he said.` with no exchange to go by: the last person of that gender the story showed.
					speaker = recent.find(name => genderOf(name) !== (reading.pronoun === 'he' ? 'she' : 'he') && !calledOut(name));
				}
			}
			speakers[index] = speaker === NARRATOR ? undefined : speaker;
			see(named[index]);
		}
	};
	const restart = (index: number, first: string | undefined, second: string | undefined) => {
		fill(index);
		runStart = index;
		participants = [first, second !== first ? second : undefined];
	};

	for (let index = 0; index < turns.length; index++) {
		const startsExchange = turns.startsExchange[index];
		if (startsExchange && index > runStart) {
			restart(index, undefined, undefined);
		}
		if (turns.readings[index].stranger) {
			// `somebody said`: a voice from outside breaks the alternation.
			restart(index, undefined, undefined);
			restart(index + 1, undefined, undefined);
			continue;
		}
		const name = named[index];
		if (name === undefined) {
			continue;
		}
		const parity = (index - runStart) % 2;
		const mine = participants[parity];
		const other = participants[1 - parity];
		if (mine === name || (isDescription(name) && name !== NARRATOR && mine !== undefined)) {
			continue;
		}
		if ((mine === undefined || (isDescription(mine) && mine !== NARRATOR)) && other !== name) {
			participants[parity] = name;
			continue;
		}
		// The names stop alternating: a new run starts here, with whoever spoke just before.
		restart(index, name, index > 0 && !startsExchange ? named[index - 1] : undefined);
	}
	fill(turns.length);
	return speakers;
}

/**
 * One spelling per person: `Mulligan` is `Buck Mulligan` and `Darcy` is `Mr. Darcy` once the longer
 * name has appeared, but `Mr. Bennet` is never `Mrs. Bennet`. Names are bucketed by their last word,
 * so the pass stays linear.
 */
function oneSpellingEach(names: readonly (string | undefined)[]): (string | undefined)[] {
	const chosen = new Map<string, string>();
	const bySurname = new Map<string, string[]>();
	return names.map(name => {
		if (name === undefined || name === NARRATOR || isDescription(name)) {
			return name;
		}
		const known = chosen.get(name);
		if (known !== undefined) {
			return known;
		}
		const surname = name.slice(name.lastIndexOf(' ') + 1);
		const bucket = bySurname.get(surname) ?? [];
		const longer = bucket.find(other => other.length > name.length && samePerson(other, name));
		const spelling = longer ?? name;
		chosen.set(name, spelling);
		if (!longer) {
			bucket.push(name);
			bySurname.set(surname, bucket);
		}
		return spelling;
	});
}

/** Genders the document shows: the pronoun a paragraph used for the one person its narration names. */
function learnGenders(turns: TurnSequence, named: readonly (string | undefined)[]): Map<string, Gender | undefined> {
	const votes = new Map<string, number>();
	turns.readings.forEach((reading, index) => {
		const name = named[index];
		if (reading.tie === 'pronoun' && reading.pronoun !== undefined && name !== undefined) {
			votes.set(name, (votes.get(name) ?? 0) + (reading.pronoun === 'he' ? 1 : -1));
		}
	});
	const genders = new Map<string, Gender | undefined>();
	for (const [name, vote] of votes) {
		if (vote !== 0 && genderOfWords(name) === undefined) {
			genders.set(name, vote > 0 ? 'he' : 'she');
		}
	}
	return genders;
}
