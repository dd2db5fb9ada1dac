// What a description (`the old man`, `my brother’s wife`) stands for: within an exchange, the name that
// takes its place in the turn-taking; over the whole story, the person the exchanges mostly tied it to.
// turnTaking.ts says when a name takes a description's place; this file remembers what it learnt.

import { isDescription } from '../lexicon/speakerNames';
import { genderOfWords } from '../lexicon/genderWords';
import { Gender } from '../lexicon/types';
import { NARRATOR } from './narrator';

/** Exchanges that must tie a description to one person, and the share of its ties theirs must be, before it stands for them throughout. */
const LEAST_TIES = 2;
const TIED_SHARE = 0.6;

/** The descriptions of one story and the names they were tied to, exchange by exchange. */
export class DescriptionTies {
	/** Descriptions this exchange has named: `my brother’s wife` is Rose once Rose answers in her place. */
	private readonly aliases = new Map<string, string>();
	/** Descriptions a speech verb has tied to a line in this exchange: `said the pedlar`. */
	private readonly spoken = new Set<string>();
	/** What each description stood for, exchange by exchange, over the whole story: `the doctor` is Mr. Losberne. */
	private readonly ties = new Map<string, Map<string, number>>();

	/** `genders` is the turn-taking's own record of who is a he or a she, which a tie may add to. */
	constructor(private readonly genders: Map<string, Gender | undefined>) {}

	/** `name`, or the name this exchange has put in its place if it is a description. */
	resolve(name: string | undefined): string | undefined {
		return name !== undefined && name !== NARRATOR && isDescription(name) ? (this.aliases.get(name) ?? name) : name;
	}

	/** `the man` is someone else in the next exchange. */
	startExchange(): void {
		this.aliases.clear();
		this.spoken.clear();
	}

	/** A speech verb tied `description` to a line of this exchange. */
	speaks(description: string): void {
		this.spoken.add(description);
	}

	/** Whether a speech verb tied `description` to a line of this exchange. */
	spokeHere(description: string): boolean {
		return this.spoken.has(description);
	}

	/** `name` took the place `held` had in the turn-taking: if `held` is a description, it was them. */
	replace(held: string | undefined, name: string): void {
		if (held !== undefined && held !== NARRATOR && isDescription(held) && !isDescription(name)) {
			this.aliases.set(held, name);
			const tied = this.ties.get(held) ?? new Map<string, number>();
			tied.set(name, (tied.get(name) ?? 0) + 1);
			this.ties.set(held, tied);
			// `my brother's wife` is Rose: so Rose is a she, when nothing else has said.
			const gender = genderOfWords(held);
			if (gender !== undefined && this.genders.get(name) === undefined && genderOfWords(name) === undefined) {
				this.genders.set(name, gender);
			}
		}
	}

	/** A description no exchange named goes to the person the story's other exchanges mostly tied it to. */
	nameAll(speakers: (string | undefined)[], genderOf: (speaker: string) => Gender | undefined): void {
		const tiedPerson = new Map<string, string | undefined>();
		for (const [description, names] of this.ties) {
			let best: string | undefined;
			let bestCount = 0;
			let total = 0;
			const gender = genderOfWords(description);
			for (const [name, count] of names) {
				// `the girl` was never Fagin: an exchange that tied them slipped.
				if (gender !== undefined && genderOf(name) !== undefined && genderOf(name) !== gender) {
					continue;
				}
				total += count;
				if (count > bestCount) {
					best = name;
					bestCount = count;
				}
			}
			tiedPerson.set(description, bestCount >= LEAST_TIES && bestCount >= TIED_SHARE * total ? best : undefined);
		}
		for (let index = 0; index < speakers.length; index++) {
			const speaker = speakers[index];
			if (speaker !== undefined && speaker !== NARRATOR && isDescription(speaker)) {
				speakers[index] = tiedPerson.get(speaker) ?? speaker;
			}
		}
	}
}
