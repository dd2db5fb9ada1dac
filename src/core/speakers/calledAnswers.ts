// Ties a described speaker to the person the line before called out by name: `"This is serious, Small,"
// said the detective. / "Justice!" snarled the ex-convict.` The ex-convict is Small, when the two of them
// are all the exchange has and Small is someone the story has speaking.

import { isDescription, samePerson } from '../lexicon/speakerNames';
import { NARRATOR } from './narrator';
import { TurnSequence } from './types';

/** Who the described speakers of one story's turns answer as; remembers what each name called out spells. */
export class CalledAnswers {
	/** Each name called out, spelled, and the speaking name it is (undefined for none): a novel calls out a few hundred. */
	private readonly spellings = new Map<string, string | undefined>();

	/** The speaking names by each of their words, built when a description first answers a name. */
	private byWord: Map<string, string[]> | undefined;

	constructor(private readonly speaking: ReadonlySet<string | undefined>) {}

	/** The speaking names with `word` among their words: the only ones a name ending in it can be a spelling of. */
	private speakingWith(word: string): readonly string[] {
		if (this.byWord === undefined) {
			this.byWord = new Map();
			for (const name of this.speaking) {
				for (const each of new Set(name?.split(' ') ?? [])) {
					(this.byWord.get(each) ?? this.byWord.set(each, []).get(each)!).push(name!);
				}
			}
		}
		return this.byWord.get(word) ?? [];
	}

	/**
	 * The person the description `named[index]` answers as, or undefined: the first name the turn before
	 * called out that is someone a speech verb ties to a line (under their longest spelling), when that
	 * turn's speaker is another, the exchange so far (`participants`) holds no one else, the description
	 * stands for no one yet, and its own line does not call the same person out.
	 */
	answererOf(
		turns: TurnSequence,
		index: number,
		named: readonly (string | undefined)[],
		participants: readonly (string | undefined)[],
		resolve: (name: string | undefined) => string | undefined,
		spellingOf: (name: string | undefined) => string | undefined,
	): string | undefined {
		const description = named[index];
		const calledOut = turns.readings[index - 1].addressed;
		if (
			calledOut === undefined ||
			description === undefined ||
			description === NARRATOR ||
			!isDescription(description) ||
			resolve(description) !== description
		) {
			return undefined;
		}
		const before = resolve(named[index - 1]);
		if (before === undefined || before === NARRATOR || before === description) {
			return undefined;
		}
		const called = calledOut.map(name => this.castSpelling(spellingOf(name)!)).find(name => name !== undefined);
		if (called === undefined || before === called || samePerson(before, called) || samePerson(called, before)) {
			return undefined;
		}
		const inExchange = (person: string | undefined) =>
			person === undefined || person === before || person === description || person === called || samePerson(called, person);
		if (!participants.every(inExchange) || turns.readings[index].addressed?.some(other => spellingOf(other) === called)) {
			return undefined;
		}
		return called;
	}

	/**
	 * The name a speech verb ties somewhere that `spelling`, called out, is: the one longer spelling of it if
	 * there is one (`Small` is `Jonathan Small`), else itself; undefined for a word no one speaks as
	 * (`"Hard-hearted, Mrs. Corney?"`).
	 */
	private castSpelling(spelling: string): string | undefined {
		if (this.spellings.has(spelling)) {
			return this.spellings.get(spelling);
		}
		let longer: string | undefined;
		let several = false;
		const words = spelling.split(' ');
		for (const other of this.speakingWith(words[words.length - 1])) {
			if (other.length > spelling.length && samePerson(other, spelling)) {
				several = longer !== undefined;
				longer = other;
				if (several) {
					break;
				}
			}
		}
		const cast = longer !== undefined && !several ? longer : this.speaking.has(spelling) ? spelling : undefined;
		this.spellings.set(spelling, cast);
		return cast;
	}
}
