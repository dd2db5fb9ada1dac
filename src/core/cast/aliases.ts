// Decides which forms are one person: a shorter name joins the one character whose longer names hold it
// (`Karen` ⊂ `Karen Cartwright`, `Darcy` ⊂ `Mr. Darcy`); a name two characters share stays apart unless one
// dominates the story, is of the sex the narration gives the name, or is named just before nearly every sighting.

import { Cluster, dominant, DOMINANCE, sexOf } from './clusters';
import { contains, titleClashes } from './nameContainment';
import { narratedSex } from './narratedSex';
import { Person } from './types';
import { honorificGroup } from '../lexicon/honorifics';
import { Sex } from '../lexicon/types';

/**
 * Joins each form to the one character whose longer names contain it (`Karen` ⊂ `Karen Cartwright`,
 * `Darcy` ⊂ `Mr. Darcy`). A form contained in the names of two characters (`Bennet` in `Mr. Bennet` and
 * `Mrs. Bennet`) is ambiguous and stays a character of its own.
 */
export function clusterForms(people: readonly Person[]): Cluster[] {
	const ordered = [...people].sort(
		(a, b) =>
			b.form.core.length - a.form.core.length ||
			Number(b.form.honorific !== undefined) - Number(a.form.honorific !== undefined) ||
			b.form.sightings.length - a.form.sightings.length,
	);
	const clusters: Cluster[] = [];
	// A cluster can hold a form only if one of its members has the form's first word.
	const byWord = new Map<string, Cluster[]>();
	const shared: { person: Person; homes: Set<Cluster>; own: Cluster }[] = [];
	for (const person of ordered) {
		const homes = new Set<Cluster>();
		for (const cluster of byWord.get(person.form.core[0]) ?? []) {
			if (!homes.has(cluster) && cluster.members.some(member => contains(member, person))) {
				homes.add(cluster);
			}
		}
		let home: Cluster;
		if (homes.size === 1) {
			home = [...homes][0];
			home.members.push(person);
		} else {
			home = { members: [person] };
			clusters.push(home);
			if (homes.size > 1) {
				shared.push({ person, homes, own: home });
			}
		}
		for (const word of person.form.core) {
			const list = byWord.get(word) ?? [];
			if (!list.includes(home)) {
				list.push(home);
			}
			byWord.set(word, list);
		}
	}
	// Only now are the clusters' mentions known: a name shared by a main character and a passing one goes
	// to the main character (`Mr. Cruncher` is Jerry, not the `Mr. Jeremiah Cruncher` of one letter; `Andrew`
	// is Prince Andrew, `Wickham` Mr. George Wickham rather than the Mrs. Wickham of a few pages). A bare surname
	// no one dominates stays shared (`Rostóv` is a whole family) unless the sex the narration gives it leaves one.
	const merged = new Set<Cluster>();
	for (const { person, homes: foundHomes, own } of shared) {
		// A home merged into another since it was found is that other now, already among the homes.
		const homes = new Set([...foundHomes].filter(cluster => !merged.has(cluster)));
		const { honorific } = person.form;
		const holders = (cluster: Cluster) => cluster.members.filter(member => contains(member, person));
		// A title goes to the holder under the same title (`Mr. Cruncher`). Otherwise the name goes, as an
		// untitled one does, to the dominant holder that goes by it (`Miss Lucie` is Lucie Manette), else to the
		// one its sex leaves, unless its title gave it a sex already (`Doctor Manette` is the man of the family);
		// an untitled name last to the one named just before nearly all its sightings (`Jane Andrews`, `Jane`).
		const underTheTitle =
			honorific === undefined
				? undefined
				: dominant(new Set([...homes].filter(cluster => holders(cluster).some(member => member.form.honorific === honorific))));
		const sexless = honorific === undefined || honorificGroup(honorific) === 'neutral';
		const home =
			underTheTitle ??
			dominantGoingByIt(person, homes, holders) ??
			(sexless ? dominant(ofItsSex(person, homes)) : undefined) ??
			(honorific === undefined ? namedBefore(person, homes, holders) : undefined);
		if (home && own.members.length === 1 && !merged.has(home) && (underTheTitle !== undefined || !titleClashes(person, home))) {
			home.members.push(person);
			merged.add(own);
		} else if (home === undefined && honorific === undefined) {
			// `K.` a thousand times, `Josef K.` and `Herr K.` a few: the fuller names are the one person it is.
			for (const drawn of drawnIn(person, homes, holders)) {
				own.members.push(...drawn.members);
				merged.add(drawn);
			}
		}
	}
	return clusters.filter(cluster => !merged.has(cluster));
}

/**
 * The homes an untitled name draws into its own character when the story uses it alone ten times as often as
 * all their names that hold it together, and they all fit one person: `Josef K.` and `Herr K.` are the `K.` of
 * a thousand lines, `Master Randolph` and `Randolph C. Miller` the `Randolph` of forty. A home of the other
 * sex than the name's is someone else (`Frau Grubach K.`, where German puts her before him): the name's sex
 * is the narration's, or else the one nearly all those fuller names give it. Where the fuller names disagree
 * on a word (`Sherlock Holmes`, `Mycroft Holmes`), the name is a family's, and draws none in.
 */
function drawnIn(person: Person, homes: ReadonlySet<Cluster>, holders: (cluster: Cluster) => Person[]): Cluster[] {
	const usesOf = new Map([...homes].map(cluster => [cluster, holders(cluster).reduce((sum, holder) => sum + holder.form.sightings.length, 0)]));
	const uses = (cluster: Cluster) => usesOf.get(cluster)!;
	const sex = narratedSex(person.form) ?? sexMostHoldersGive(homes, uses);
	const fitting = [...homes].filter(cluster => sex === undefined || sexOf(cluster) === undefined || sexOf(cluster) === sex);
	const sexes = new Set(fitting.map(sexOf).filter(found => found !== undefined));
	if (fitting.length === 0 || sexes.size > 1 || person.form.sightings.length < DOMINANCE * fitting.reduce((sum, cluster) => sum + uses(cluster), 0)) {
		return [];
	}
	// The word each fuller name puts at each place before and after the name, initials aside.
	const around = new Map<number, string>();
	const short = person.form.core;
	for (const cluster of fitting) {
		for (const holder of holders(cluster)) {
			const words = holder.form.core.filter(word => word.length > 1 || short.includes(word));
			const at = words.indexOf(short[0]);
			if (at < 0) {
				return [];
			}
			for (let index = 0; index < words.length; index++) {
				const place = index < at ? index - at : index - at - short.length + 1;
				if (index >= at && index < at + short.length) {
					continue;
				}
				if ((around.get(place) ?? words[index]) !== words[index]) {
					return [];
				}
				around.set(place, words[index]);
			}
		}
	}
	return fitting;
}

/** The sex of the homes whose names holding the name are used at least four times in five, if they give one. */
function sexMostHoldersGive(homes: ReadonlySet<Cluster>, uses: (cluster: Cluster) => number): Sex | undefined {
	const bySex = new Map<Sex, number>();
	let total = 0;
	for (const cluster of homes) {
		const sex = sexOf(cluster);
		if (sex !== undefined) {
			bySex.set(sex, (bySex.get(sex) ?? 0) + uses(cluster));
			total += uses(cluster);
		}
	}
	return [...bySex].find(([, count]) => count >= MOST_HOLDERS_SHARE * total)?.[0];
}

const MOST_HOLDERS_SHARE = 0.8;

/**
 * The character ten times as mentioned as any other that holds an untitled name, when one of its names opens
 * on it past any title (`Ned Land`, `Mr. Wickham`): `Andrew` is Prince Andrew, `Ned` is Ned Land, though a rare
 * run such as `Accompagné de Ned` ends in it, and `Wickham` is Mr. George Wickham.
 */
function dominantGoingByIt(person: Person, homes: ReadonlySet<Cluster>, holders: (cluster: Cluster) => Person[]): Cluster | undefined {
	const home = dominant(homes);
	return home && holders(home).some(member => member.form.core[0] === person.form.core[0]) ? home : undefined;
}

/**
 * The holder the story names last before nearly every sighting of an untitled name (`Jane Andrews`, then
 * `Jane` for pages): a reader takes a short name for the person just named in full. Each sighting votes for
 * the holder whose sighting comes last before it, in the stories' order; the name goes to one holder only if
 * at least five of its sightings, and four in five, vote for it. A surname goes no way a married title alone
 * shows it (`Mrs Pontifex`, then `Pontifex`): a family's bare surname is more often another's.
 */
function namedBefore(person: Person, homes: ReadonlySet<Cluster>, holders: (cluster: Cluster) => Person[]): Cluster | undefined {
	const marks: { story: number; start: number; cluster: Cluster }[] = [];
	for (const cluster of homes) {
		for (const holder of holders(cluster)) {
			for (const sighting of holder.form.sightings) {
				marks.push({ story: sighting.story, start: sighting.start, cluster });
			}
		}
	}
	marks.sort((a, b) => a.story - b.story || a.start - b.start);
	const votes = new Map<Cluster, number>();
	for (const sighting of person.form.sightings) {
		let low = 0;
		let high = marks.length;
		while (low < high) {
			const middle = (low + high) >> 1;
			const mark = marks[middle];
			if (mark.story < sighting.story || (mark.story === sighting.story && mark.start < sighting.start)) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		if (low > 0) {
			const { cluster } = marks[low - 1];
			votes.set(cluster, (votes.get(cluster) ?? 0) + 1);
		}
	}
	const [best, bestVotes] = [...votes].reduce((a, b) => (b[1] > a[1] ? b : a), [undefined as Cluster | undefined, 0]);
	const married = (member: Person) => member.form.honorific !== undefined && honorificGroup(member.form.honorific) === 'married';
	if (best === undefined || bestVotes < MIN_NAMED_BEFORE || bestVotes < NAMED_BEFORE_SHARE * person.form.sightings.length) {
		return undefined;
	}
	return holders(best).every(married) ? undefined : best;
}

const MIN_NAMED_BEFORE = 5;
const NAMED_BEFORE_SHARE = 0.8;

/**
 * The characters an untitled name shared by several may still stand for once the narration has given the name
 * a sex (`Defarge … his`): the one man among Monsieur, Madame and Thérèse Defarge, or Mr. Pellow rather than
 * Mrs. Empty when the narration gives it none, or when every one of them is of that sex (the Rostóvs' sons
 * and father), where it tells nothing.
 */
function ofItsSex(person: Person, homes: ReadonlySet<Cluster>): Set<Cluster> {
	const sex = narratedSex(person.form);
	const fitting = sex === undefined ? [] : [...homes].filter(cluster => sexOf(cluster) !== opposite(sex));
	return new Set(fitting.length < homes.size ? fitting : []);
}

function opposite(sex: Sex): Sex {
	return sex === 'male' ? 'female' : 'male';
}
