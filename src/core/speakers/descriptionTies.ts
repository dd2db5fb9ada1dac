// What a description (`the old man`, `my brother’s wife`) stands for: within an exchange, the name that
// takes its place in the turn-taking; over the whole story, the person the exchanges mostly tied it to.
// turnTaking.ts says when a name takes a description's place; this file remembers what it learnt.

import { isDescription, samePerson } from '../lexicon/speakerNames';
import { genderOfWords } from '../lexicon/genderWords';
import { isOwnedDescription } from '../lexicon/determiners';
import { Gender } from '../lexicon/types';
import { NARRATOR } from './narrator';

/** Exchanges that must tie a description to one person, and the share of its ties theirs must be, before it stands for them throughout. */
const LEAST_TIES = 2;
const TIED_SHARE = 0.6;
/** Turns within which an exchange's tie of a description to a name holds for the same description unnamed. */
const NEAR_TIE = 100;

/** The descriptions of one story and the names they were tied to, exchange by exchange. */
export class DescriptionTies {
	/** Descriptions this exchange has named: `my brother’s wife` is Rose once Rose answers in her place. */
	private readonly aliases = new Map<string, string>();
	/** Descriptions a speech verb has tied to a line in this exchange: `said the pedlar`. */
	private readonly spoken = new Set<string>();
	/** The names each description of this exchange answers and is answered by, which it cannot stand for. */
	private readonly answered = new Map<string, Set<string>>();
	/** What each description stood for, exchange by exchange, over the whole story, and at which turns: `the doctor` is Mr. Losberne. */
	private readonly ties = new Map<string, { turns: number[]; names: string[] }>();

	/**
	 * `genders` is the turn-taking's own record of who is a he or a she, which a tie may add to; `narrated`
	 * is what the narration's pronouns say.
	 */
	constructor(
		private readonly genders: Map<string, Gender | undefined>,
		private readonly narrated: ReadonlyMap<string, Gender>,
	) {}

	/** `name`, or the name this exchange has put in its place if it is a description. */
	resolve(name: string | undefined): string | undefined {
		return name !== undefined && name !== NARRATOR && isDescription(name) ? (this.aliases.get(name) ?? name) : name;
	}

	/**
	 * `the man` is someone else in the next exchange. `tagged` is who a speech verb gives each of its turns to,
	 * in order: where it goes back and forth between two (`said Mr. Bumble`, `said the stranger`, `said Mr.
	 * Bumble`), they are two people, and a slip of the alternation must not make the one the other's name.
	 * Two lines in a row alone do not tell: one person may speak twice, named differently (`said the young
	 * man`; `said Harry`).
	 */
	startExchange(tagged: readonly (string | undefined)[]): void {
		this.aliases.clear();
		this.spoken.clear();
		this.answered.clear();
		for (let index = 2; index < tagged.length; index++) {
			const first = tagged[index - 2];
			const second = tagged[index - 1];
			if (first !== undefined && second !== undefined && first !== second && tagged[index] === first) {
				this.answer(first, second);
				this.answer(second, first);
			}
		}
	}

	private answer(description: string, name: string): void {
		if (isDescription(description)) {
			const names = this.answered.get(description) ?? new Set<string>();
			names.add(name);
			this.answered.set(description, names);
		}
	}

	/** A speech verb tied `description` to a line of this exchange. */
	speaks(description: string): void {
		this.spoken.add(description);
	}

	/** Whether a speech verb tied `description` to a line of this exchange. */
	spokeHere(description: string): boolean {
		return this.spoken.has(description);
	}

	/** `name` took the place `held` had in the turn-taking at turn `turn`: if `held` is a description, it was them. */
	replace(held: string | undefined, name: string, turn: number): void {
		if (held === undefined || held === NARRATOR || !isDescription(held) || isDescription(name) || this.answered.get(held)?.has(name)) {
			return;
		}
		const gender = genderOfWords(held);
		const known = this.genders.get(name) ?? this.narrated.get(name) ?? genderOfWords(name);
		if (gender !== undefined && known !== undefined && known !== gender) {
			// `the girl` was never Fagin: the alternation slipped, and must not make him a she.
			return;
		}
		this.aliases.set(held, name);
		const tied = this.ties.get(held) ?? { turns: [], names: [] };
		tied.turns.push(turn);
		tied.names.push(name);
		this.ties.set(held, tied);
		// `my brother's wife` is Rose: so Rose is a she, when nothing else has said.
		if (gender !== undefined && this.genders.get(name) === undefined && genderOfWords(name) === undefined) {
			this.genders.set(name, gender);
		}
	}

	/**
	 * A description no exchange named goes to the person the exchanges near it mostly tied it to (`the old
	 * lady` is Mrs. Bedwin in one part of a book and Mrs. Maylie in another), or else to the person the
	 * story's exchanges mostly tied it to.
	 */
	nameAll(speakers: (string | undefined)[], genderOf: (speaker: string) => Gender | undefined): void {
		const tiedPerson = new Map<string, string | undefined>();
		for (const [description, { names }] of this.ties) {
			tiedPerson.set(description, mostTied(description, names, genderOf));
		}
		for (let index = 0; index < speakers.length; index++) {
			const speaker = speakers[index];
			if (speaker !== undefined && speaker !== NARRATOR && isDescription(speaker)) {
				speakers[index] = this.nearbyTie(speaker, index, genderOf) ?? tiedPerson.get(speaker) ?? speaker;
			}
		}
	}

	/**
	 * The person the exchanges within NEAR_TIE turns of `turn` mostly tied `description` to, by the same
	 * measure as the whole story's.
	 */
	private nearbyTie(description: string, turn: number, genderOf: (speaker: string) => Gender | undefined): string | undefined {
		const tied = this.ties.get(description);
		if (tied === undefined) {
			return undefined;
		}
		let low = 0;
		let high = tied.turns.length;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (tied.turns[middle] < turn - NEAR_TIE) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		let end = low;
		while (end < tied.turns.length && tied.turns[end] <= turn + NEAR_TIE) {
			end++;
		}
		return mostTied(description, tied.names.slice(low, end), genderOf);
	}
}

/** The name most of `names` are, if enough of them are and none is of the other sex than `description` says. */
function mostTied(description: string, names: readonly string[], genderOf: (speaker: string) => Gender | undefined): string | undefined {
	const counts = new Map<string, number>();
	let best: string | undefined;
	let bestCount = 0;
	let total = 0;
	const gender = genderOfWords(description);
	for (const name of names) {
		// `the girl` was never Fagin: an exchange that tied them slipped.
		if (gender !== undefined && genderOf(name) !== undefined && genderOf(name) !== gender) {
			continue;
		}
		total++;
		counts.set(name, (counts.get(name) ?? 0) + 1);
	}
	// `le Canadien` tied to `Ned` in one exchange and to `Ned Land` in another is tied to Ned Land twice. Not
	// `his son`, whose ties are to sons of different fathers.
	for (const [name, count] of isOwnedDescription(description) ? [] : counts) {
		const fuller = [...counts.keys()].filter(other => other.length > name.length && samePerson(other, name));
		if (fuller.length === 1) {
			counts.set(fuller[0], counts.get(fuller[0])! + count);
			counts.delete(name);
		}
	}
	for (const [name, count] of counts) {
		if (count > bestCount) {
			best = name;
			bestCount = count;
		}
	}
	return bestCount >= LEAST_TIES && bestCount >= TIED_SHARE * total ? best : undefined;
}
