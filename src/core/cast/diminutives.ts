// Decides which pet names join the character whose name they are made from: one the prose makes of a one-word
// name (`Ratty` is Rat), or an English pet name of the first name a character goes by (`Lizzy` is Elizabeth);
// and which whole names under a short first name are the same name under the full one (`Bill Sikes`, `William Sikes`).

import { Cluster, mentionsOf } from './clusters';
import { fullFirstNamesOf, fullNamesOf } from '../lexicon/petNames';

/**
 * A pet name the prose makes of a one-word name joins it (`Ratty` is Rat, `Toady` Toad, `Moly` Mole, `Billie`
 * Bill), and so does an English pet name of the full first name a character goes by (`Lizzy` is Elizabeth),
 * when exactly one character goes by that name and it is mentioned more than the pet name. A character
 * known mostly under a title is not called by a pet name (`Kitty` is no Lady Catherine).
 */
export function joinDiminutives(clusters: Cluster[]): Cluster[] {
	const mentions = new Map(clusters.map(cluster => [cluster, mentionsOf(cluster)]));
	const byName = new Map<string, Cluster[]>();
	for (const cluster of clusters) {
		for (const member of cluster.members) {
			if (member.form.core.length === 1) {
				const list = byName.get(member.form.core[0]) ?? [];
				if (!list.includes(cluster)) {
					list.push(cluster);
				}
				byName.set(member.form.core[0], list);
			}
		}
	}
	const absorbed = new Set<Cluster>();
	for (const cluster of clusters) {
		const words = new Set(cluster.members.map(member => (member.form.core.length === 1 ? member.form.core[0] : '')));
		if (words.size !== 1) {
			continue;
		}
		const word = [...words][0];
		const hosts = new Set(baseNames(word).flatMap(base => byName.get(base) ?? []));
		// `Lizzy` is Elizabeth, whom the story calls by that name untitled, and several times as often: `Katie` the
		// maid is not the `Catherine` (Semënovna, or the Great) named twice as often.
		for (const fullName of fullNamesOf(word)) {
			for (const host of byName.get(fullName) ?? []) {
				if (goesByFirstName(host, fullName) && mentions.get(host)! >= FULL_NAME_SHARE * mentions.get(cluster)!) {
					hosts.add(host);
				}
			}
		}
		hosts.delete(cluster);
		const host = hosts.size === 1 ? [...hosts][0] : undefined;
		// `Emily` is not `Emil`.
		if (host !== undefined && sameSex(host, cluster) && !absorbed.has(host) && mentions.get(host)! > mentions.get(cluster)!) {
			host.members.push(...cluster.members);
			absorbed.add(cluster);
		}
	}
	return clusters.filter(cluster => !absorbed.has(cluster));
}

/**
 * A whole name whose first name is short for another's joins the character of the whole name it stands for
 * (`Mr. William Sikes` is `Mr. Bill Sikes`, `Master Charles Bates` is `Charley Bates`): the same surname, the
 * first name the lexicon says it is short for, and no sex between them to keep them apart. The character
 * mentioned less joins the other.
 */
export function joinShortFirstNames(clusters: Cluster[]): Cluster[] {
	const byWholeName = new Map<string, Cluster[]>();
	for (const cluster of clusters) {
		for (const member of cluster.members) {
			if (member.form.core.length > 1) {
				const key = member.form.core.join(' ');
				byWholeName.set(key, [...(byWholeName.get(key) ?? []), cluster]);
			}
		}
	}
	const mentions = new Map(clusters.map(cluster => [cluster, mentionsOf(cluster)]));
	const absorbed = new Map<Cluster, Cluster>();
	const current = (cluster: Cluster) => {
		let found = cluster;
		while (absorbed.has(found)) {
			found = absorbed.get(found)!;
		}
		return found;
	};
	for (const cluster of clusters) {
		for (const member of cluster.members) {
			const [first, ...rest] = member.form.core;
			if (rest.length === 0) {
				continue;
			}
			for (const full of fullFirstNamesOf(first)) {
				for (const found of byWholeName.get([full, ...rest].join(' ')) ?? []) {
					const host = current(found);
					const own = current(cluster);
					if (host === own || !sameSex(host, own)) {
						continue;
					}
					const [bigger, smaller] = mentions.get(host)! >= mentions.get(own)! ? [host, own] : [own, host];
					bigger.members.push(...smaller.members);
					mentions.set(bigger, mentions.get(bigger)! + mentions.get(smaller)!);
					absorbed.set(smaller, bigger);
				}
			}
		}
	}
	return clusters.filter(cluster => !absorbed.has(cluster));
}

/** No sex between two characters to keep them apart: the first of each one's names that gives one agree, or one gives none. */
function sameSex(a: Cluster, b: Cluster): boolean {
	const gender = (of: Cluster) => of.members.find(member => member.gender !== undefined)?.gender;
	return gender(a) === undefined || gender(b) === undefined || gender(a) === gender(b);
}

/** How many times as often a character is named as its pet name must be, for the pet name to join it. */
const FULL_NAME_SHARE = 4;

/** True when the name `cluster` goes by most is `firstName` with no title before it (`Elizabeth`, not `Lady Catherine`). */
function goesByFirstName(cluster: Cluster, firstName: string): boolean {
	const main = cluster.members.reduce((best, member) => (member.form.sightings.length > best.form.sightings.length ? member : best));
	return main.form.honorific === undefined && main.form.core[0] === firstName;
}

/**
 * The names a pet name may come from: `ratty` from `rat`, `moly` from `mole`, `toady` and `billie` as they stand;
 * Spanish `Rosarito` from `Rosario`, `Eugenita` from `Eugenia`, `Joaquinito` from `Joaquín`.
 */
function baseNames(word: string): string[] {
	const spanish = SPANISH_DIMINUTIVE.exec(word);
	if (spanish !== null) {
		const stem = spanish[1];
		return [`${stem}o`, `${stem}a`, `${stem}io`, `${stem}ia`, `${stem}e`, stem, withLastVowelAccented(stem)];
	}
	const stem = word.endsWith('ie') ? word.slice(0, -2) : word.endsWith('y') ? word.slice(0, -1) : undefined;
	if (stem === undefined || stem.length < 3) {
		return [];
	}
	const bases = [stem, `${stem}e`];
	if (stem.length >= 4 && stem[stem.length - 1] === stem[stem.length - 2]) {
		bases.push(stem.slice(0, -1));
	}
	return bases;
}

/** A Spanish pet name made with `-ito`, `-illo` and their feminines, from a stem of four letters or more (`Benito` is a name of its own). */
const SPANISH_DIMINUTIVE = /^(\p{L}{4,})(?:ito|ita|illo|illa)$/u;

const ACCENTED: Readonly<Record<string, string>> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú' };

/** `Joaquin` → `Joaquín`: the stress a Spanish name ending in a consonant is written with, lost in `Joaquinito`. */
function withLastVowelAccented(stem: string): string {
	for (let index = stem.length - 1; index >= 0; index--) {
		const accented = ACCENTED[stem[index]];
		if (accented !== undefined) {
			return stem.slice(0, index) + accented + stem.slice(index + 1);
		}
	}
	return stem;
}
