// Decides which spellings of a speaker are one person: `Mulligan` is `Buck Mulligan` once the longer
// name has appeared, `the doctor` is `Dr. Archie` where the story gives one person that title, and
// `Mr. Bennet` is never `Mrs. Bennet`, and a lone `Jane` the story uses as a first name (`Jane Andrews`) is
// never `Flora Jane`. The turn-taking counts and alternates people, not spellings.

import { bare, isDescription, samePerson } from '../lexicon/speakerNames';
import { BARE_TITLES, SPEAKER_TITLES, TITLE_SPELLINGS } from '../lexicon/honorifics';
import { ITEMS_PER_CHECK } from '../text/steps';
import { ShouldYield, Steps } from '../text/types';
import { NARRATOR } from './narrator';
import { bearerNear, speakerBearingTitle, TitledName } from './titledMentions';

/**
 * One spelling per person: `Mulligan` is `Buck Mulligan` and `Darcy` is `Mr. Darcy` once the longer
 * name has appeared, but `Mr. Bennet` is never `Mrs. Bennet`. Names are bucketed by their last word,
 * so the pass stays linear. `narrated` holds more names the story uses (the subjects of the narration
 * before each turn): evidence of which words are first names, not spellings to choose from.
 */
export function* oneSpellingEach(
	names: readonly (string | undefined)[],
	shouldYield: ShouldYield,
	narrated: readonly (string | undefined)[] = [],
	titledNames: readonly TitledName[] = [],
	mentioned: readonly string[] = [],
): Steps<{ spellings: (string | undefined)[]; spellingOf: (name: string | undefined) => string | undefined }> {
	const chosen = new Map<string, string>();
	/** Names so far by their last word and their first (after any title): the words a shorter spelling keeps. */
	const bySurname = new Map<string, string[]>();
	const { titled, shown } = yield* titledDescriptions(names, titledNames, shouldYield);
	// Worked out only when a lone word would join a longer name ending in it, which most stories never ask.
	let firstNames: Set<string> | undefined;
	const isFirstName = (word: string) => (firstNames ??= firstNamesOf([names, narrated])).has(word);
	let firstNamesBySurname: Map<string, Set<string>> | undefined;
	const isOneOfSisters = (name: string) =>
		isMissAndSurname(name) &&
		((firstNamesBySurname ??= firstNamesBySurnameOf([names, narrated, mentioned])).get(name.slice(name.indexOf(' ') + 1))?.size ?? 0) >= 2;
	const spellingOf = (name: string | undefined) => {
		if (name === undefined || name === NARRATOR) {
			return name;
		}
		if (isDescription(name)) {
			return titled.get(name) ?? name;
		}
		const known = chosen.get(name);
		if (known !== undefined) {
			return known;
		}
		const words = name.split(' ');
		const keys = [words[words.length - 1], words[SPEAKER_TITLES.has(bare(words[0])) && words.length > 1 ? 1 : 0]];
		const longer = keys
			.map(key => bySurname.get(key)?.find(other => other.length > name.length && samePerson(other, name) && !(endsWithout(other, name) && isFirstName(name))))
			.find(found => found !== undefined && !isOneOfSisters(name));
		const spelling = longer ?? name;
		chosen.set(name, spelling);
		if (!longer) {
			for (const key of new Set(keys)) {
				bySurname.set(key, [...(bySurname.get(key) ?? []), name]);
			}
		}
		return spelling;
	};
	const spellings: (string | undefined)[] = [];
	for (const name of names) {
		// `the doctor` before the story names its one doctor, or far from him, may be another: it stays as it stands.
		const bearerShown = name === undefined ? undefined : shown.get(name);
		spellings.push(bearerShown !== undefined && !bearerNear(bearerShown, spellings.length) ? name : spellingOf(name));
		if ((spellings.length & (ITEMS_PER_CHECK - 1)) === 0 && shouldYield()) {
			yield;
		}
	}
	return { spellings, spellingOf };
}

/**
 * The single words the story uses as someone's first name and never as a surname: `Jane` once it has
 * said `Jane Andrews` (or `Miss Jane Bennet`), unless it also says `Mr. Jane`. A lone `Jane` is then
 * that Jane, not `Flora Jane`, whose name only ends in it.
 */
function firstNamesOf(lists: readonly (readonly (string | undefined)[])[]): Set<string> {
	const heads = new Set<string>();
	const surnames = new Set<string>();
	for (const list of lists) {
		// A novel has thousands of names here, most of one word: those cost one look for a space.
		for (const name of list) {
			const space = name === undefined ? -1 : name.indexOf(' ');
			if (space < 0 || isDescription(name!)) {
				continue;
			}
			const first = name!.slice(0, space);
			const title = bare(first);
			if (!SPEAKER_TITLES.has(title)) {
				heads.add(first);
				continue;
			}
			const second = name!.indexOf(' ', space + 1);
			if (second >= 0) {
				heads.add(name!.slice(space + 1, second));
			} else if (SURNAME_TITLES.has(title)) {
				surnames.add(name!.slice(space + 1));
			}
		}
	}
	for (const surname of surnames) {
		heads.delete(surname);
	}
	return heads;
}

/** `Miss Bennet`: the title and a single name after it. */
function isMissAndSurname(name: string): boolean {
	const space = name.indexOf(' ');
	return space > 0 && name.indexOf(' ', space + 1) < 0 && bare(name.slice(0, space)) === 'miss';
}

/**
 * The first names the story puts before each surname (`Jane Bennet`, `Miss Lydia Bennet`). Where it gives
 * one surname two or more of them, `Miss Bennet` is one of the sisters, by custom the eldest, and no longer
 * name the story has spoken yet.
 */
function firstNamesBySurnameOf(lists: readonly (readonly (string | undefined)[])[]): Map<string, Set<string>> {
	const bySurname = new Map<string, Set<string>>();
	for (const list of lists) {
		for (const name of list) {
			if (name === undefined || !/\s/.test(name) || isDescription(name)) {
				continue;
			}
			// `Jane\nBennet`: a narration mention may break its line inside the name.
			const words = name.split(/\s+/);
			const core = SPEAKER_TITLES.has(bare(words[0])) ? words.slice(1) : words;
			if (core.length === 2) {
				(bySurname.get(core[1]) ?? bySurname.set(core[1], new Set()).get(core[1])!).add(core[0]);
			}
		}
	}
	return bySurname;
}

/** Titles that go before a surname, never before a first name alone: `Mr. Jane` makes `Jane` a surname. */
const SURNAME_TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms']);

/** `Flora Jane` ends in `Jane` without starting with it (past any title). */
function endsWithout(long: string, word: string): boolean {
	const words = long.split(' ');
	const first = words[SPEAKER_TITLES.has(bare(words[0])) && words.length > 1 ? 1 : 0];
	return first !== word && words[words.length - 1] === word;
}

/**
 * `the doctor` → the one named person the story gives that title, where there is exactly one: a speaker so
 * named, or the speaker of the surname of the one name the story gives that title anywhere (`titledNames`).
 */
function* titledDescriptions(
	names: readonly (string | undefined)[],
	titledNames: readonly TitledName[],
	shouldYield: ShouldYield,
): Steps<{ titled: Map<string, string>; shown: Map<string, readonly number[]> }> {
	// Each name once, in the order of first appearance: a novel's thousands of turns have a few hundred names.
	const distinct = new Set(names);
	const holders = new Map<string, Set<string>>();
	let looked = 0;
	for (const name of distinct) {
		if (name !== undefined && name !== NARRATOR && !isDescription(name)) {
			const title = bare(name.split(' ')[0]);
			(holders.get(title) ?? holders.set(title, new Set()).get(title)!).add(name);
		}
		if ((++looked & (ITEMS_PER_CHECK - 1)) === 0 && shouldYield()) {
			yield;
		}
	}
	const titled = new Map<string, string>();
	/** Where the story shows the person a description is titled to by their surname: it stands for them near there only. */
	const shown = new Map<string, readonly number[]>();
	for (const name of distinct) {
		if ((++looked & (ITEMS_PER_CHECK - 1)) === 0 && shouldYield()) {
			yield;
		}
		const noun = name !== undefined && name.startsWith('the ') ? name.slice(4) : name !== undefined && BARE_TITLES.has(name) ? name : undefined;
		if (noun !== undefined && TITLE_SPELLINGS[noun] && !titled.has(name!)) {
			const people = new Set(TITLE_SPELLINGS[noun].flatMap(title => [...(holders.get(title) ?? [])]));
			if (people.size === 1) {
				titled.set(name!, [...people][0]);
			} else if (people.size === 0) {
				const bearer = speakerBearingTitle(noun, titledNames, names);
				if (bearer !== undefined) {
					titled.set(name!, bearer.speaker);
					shown.set(name!, bearer.shown);
				}
			}
		}
	}
	return { titled, shown };
}
