// Names a speaker the prose gives only as someone's kin (`said her mother`, `cried his wife`) by the family
// name: the mother of a Bennet daughter is the `Mrs. Bennet` the story has speaking, the wife of `Mr. Pell`
// is `Mrs. Pell`. The one the possessive points to is someone of the exchange around the turn; the story
// must give them a surname (`Mr. Pell`, `Nell Pell`, or a first name it spells out in full elsewhere).

import { bare, isDescription } from '../lexicon/speakerNames';
import { SPEAKER_TITLES } from '../lexicon/honorifics';
import { Gender } from '../lexicon/types';
import { isMark } from './narratedSubjects';
import { TurnSequence } from './types';

/** Kin words, the title the kin goes by, and whether they are the possessor's spouse rather than parent. */
const KIN = new Map<string, { title: string; spouse: boolean }>([
	['mother', { title: 'Mrs.', spouse: false }],
	['father', { title: 'Mr.', spouse: false }],
	['wife', { title: 'Mrs.', spouse: true }],
	['lady', { title: 'Mrs.', spouse: true }],
	['husband', { title: 'Mr.', spouse: true }],
]);

const POSSESSIVES = new Map<string, Gender | undefined>([
	['his', 'he'],
	['her', 'she'],
	['their', undefined],
]);

/** Titles a family name follows: `Mr. Pell`, `Miss Pell`, `Master Pell`. */
const FAMILY_TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'miss', 'ms', 'master']);

/** The kin words of one story's turns, named by the family names the story gives the people around them. */
export class KinNames {
	private surnames: Map<string, Set<string>> | undefined;

	constructor(
		private readonly turns: TurnSequence,
		private readonly spelled: readonly (string | undefined)[],
		private readonly spellingOf: (name: string | undefined) => string | undefined,
	) {}

	/**
	 * The person the kin word `named[index]` is, by the people around the turn: those it calls out, the
	 * turn before (its speaker and whom it calls out), the narration since, and the turn after's speaker.
	 */
	kinAt(
		index: number,
		named: readonly (string | undefined)[],
		resolve: (name: string | undefined) => string | undefined,
		genderOf: (name: string) => Gender | undefined,
		speaks: (name: string) => boolean,
	): string | undefined {
		const { turns, spellingOf } = this;
		const people: (string | undefined)[] = [...(turns.readings[index].addressed?.map(spellingOf) ?? [])];
		if (index > 0 && !turns.startsExchange[index]) {
			people.push(resolve(named[index - 1]), ...(turns.readings[index - 1].addressed?.map(spellingOf) ?? []));
		}
		for (let mention = index > 0 ? turns.mentionedEnd[index - 1] : 0; mention < turns.mentionedEnd[index]; mention++) {
			if (!isMark(turns.mentioned[mention])) {
				people.push(spellingOf(turns.mentioned[mention]));
			}
		}
		if (index + 1 < turns.length && !turns.startsExchange[index + 1]) {
			people.push(named[index + 1]);
		}
		return kinOf(named[index]!, people, genderOf, () => this.surnamesOf(), speaks);
	}

	/** First names the story spells out in full, with their surnames: worked out only when a kin word asks. */
	private surnamesOf(): ReadonlyMap<string, ReadonlySet<string>> {
		if (this.surnames === undefined) {
			// Each name once, as written, from the speakers and the subjects just before turns: the narration's
			// tens of thousands of other mentions would cost more than they add.
			const names = new Set<string | undefined>(this.spelled);
			this.turns.precedingSubjects.forEach(name => names.add(name));
			this.turns.readings.forEach(reading => reading.addressed?.forEach(name => names.add(name)));
			this.surnames = familyNames(names);
		}
		return this.surnames;
	}
}

/** `her mother` → who the possessive is (a she) and what the kin is; undefined for any other description. */
export function kinWord(description: string): { possessor: Gender | undefined; title: string; spouse: boolean } | undefined {
	const space = description.indexOf(' ');
	if (space < 0 || description.indexOf(' ', space + 1) >= 0) {
		return undefined;
	}
	const possessive = description.slice(0, space);
	const kin = KIN.get(description.slice(space + 1));
	if (kin === undefined || !POSSESSIVES.has(possessive) || (kin.title === 'Mrs.' && kin.spouse && possessive !== 'his')) {
		return undefined;
	}
	return { possessor: POSSESSIVES.get(possessive), ...kin };
}

/** The surnames the story gives each first name it spells out in full (`Nell Pell`, `Miss Nell Pell`). */
export function familyNames(names: Iterable<string | undefined>): Map<string, Set<string>> {
	const surnames = new Map<string, Set<string>>();
	for (const name of names) {
		if (name === undefined || name.indexOf(' ') < 0 || isDescription(name)) {
			continue;
		}
		const words = name.split(/\s+/);
		const start = FAMILY_TITLES.has(bare(words[0])) ? 1 : SPEAKER_TITLES.has(bare(words[0])) ? -1 : 0;
		if (start < 0 || words.length - start < 2) {
			continue;
		}
		const first = words[start];
		(surnames.get(first) ?? surnames.set(first, new Set()).get(first)!).add(words[words.length - 1]);
	}
	return surnames;
}

/**
 * The kin `description` names among `candidates` (the people of the exchange, nearest first): the one
 * `${title} ${surname}` that some candidate of the possessive's sex makes, and that `speaks`. A married
 * woman's parents do not bear her married name, nor does a Miss have a husband: only a possessor whose
 * name carries the family's surname by birth (or, for a wife, his) counts.
 */
export function kinOf(
	description: string,
	candidates: readonly (string | undefined)[],
	genderOf: (name: string) => Gender | undefined,
	surnamesOf: () => ReadonlyMap<string, ReadonlySet<string>>,
	speaks: (name: string) => boolean,
): string | undefined {
	const kin = kinWord(description);
	if (kin === undefined) {
		return undefined;
	}
	let found: string | undefined;
	for (const candidate of candidates) {
		if (
			candidate === undefined ||
			isDescription(candidate) ||
			(kin.possessor !== undefined && genderOf(candidate) === (kin.possessor === 'he' ? 'she' : 'he'))
		) {
			continue;
		}
		const surname = surnameOf(candidate, kin.spouse, kin.possessor, surnamesOf);
		const name = surname === undefined ? undefined : `${kin.title} ${surname}`;
		if (name === undefined || name === candidate || name === found || !speaks(name)) {
			continue;
		}
		if (found !== undefined) {
			return undefined;
		}
		found = name;
	}
	return found;
}

/** The family name `name` passes to their kin of that kind, if the story gives one. */
function surnameOf(
	name: string,
	spouse: boolean,
	possessor: Gender | undefined,
	surnamesOf: () => ReadonlyMap<string, ReadonlySet<string>>,
): string | undefined {
	const words = name.split(/\s+/);
	const title = bare(words[0]);
	if (FAMILY_TITLES.has(title)) {
		if (words.length < 2) {
			return undefined;
		}
		// `Mrs. Pell`'s husband is `Mr. Pell`, her parents are not Pells; a Miss or a Master has no spouse.
		const married = title === 'mr' || title === 'mrs';
		return married === spouse ? words[words.length - 1] : undefined;
	}
	if (SPEAKER_TITLES.has(title)) {
		return undefined;
	}
	// A woman's first and last name may be her maiden name: only a man's passes to his wife.
	if (spouse && possessor !== 'he') {
		return undefined;
	}
	if (words.length > 1) {
		return words[words.length - 1];
	}
	const surnames = surnamesOf().get(name);
	return surnames?.size === 1 ? [...surnames][0] : undefined;
}
