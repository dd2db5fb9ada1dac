// Decides which rarely mentioned names join a character mentioned ten times as often, once the forms are
// clustered: a long name spelling out a short one (`Prince Andrew Bolkónski`), a name under titles the one who goes
// by it bare (`General Kutúzov`), a full name the one who goes by its first name when its surname is a family's.

import { Cluster, DOMINANCE, mentionsOf, sexOf } from './clusters';
import { contains, containsWords, titleClashes } from './nameContainment';
import { Person } from './types';
import { familyRole, sameTitle } from '../lexicon/honorifics';

/**
 * Rare long names join the frequent short name they spell out (`Prince Andrew Bolkónski` and `Captain Prince
 * Andrew` are Prince Andrew), when they hold it word for word and no other frequent name.
 */
export function foldRareLongNames(clusters: Cluster[]): Cluster[] {
	const byWord = clustersByWord(clusters);
	return foldEach(clusters, (rare, mentions, absorbed) => {
		const hosts = new Set<Cluster>();
		for (const long of rare.members) {
			for (const host of byWord.get(long.form.core[0]) ?? []) {
				if (host === rare || absorbed.has(host) || mentions.get(host)! < DOMINANCE * mentions.get(rare)!) {
					continue;
				}
				if (host.members.some(short => short.form.key !== long.form.key && containsWords(long.form.key, short.form.key))) {
					hosts.add(host);
				}
			}
		}
		return hosts.size === 1 ? [...hosts][0] : undefined;
	});
}

/**
 * A name under a title joins the one character that goes by the name bare and is mentioned ten times as often
 * (`General Kutúzov`, `Prince Kutúzov` and `Father Kutúzov` are Kutúzov; `Monsieur Pierre` and `Uncle Pierre`
 * are Pierre). clusterForms leaves them apart when there are several: the bare name is then shared by all of
 * them, and none dominates the others. Not when a longer name under the same title holds it too (`Prince
 * Nicholas` is also `Prince Nicholas Bolkónski`), nor under a title the character does not go by when it goes
 * by any (`Mrs. Cruncher` and `Master Cruncher` are not Mr. Cruncher), nor a family's surname (`Mr.` and `Mrs.
 * Hollis`), nor a saint's name, which is someone else's.
 */
export function foldTitledNames(clusters: Cluster[]): Cluster[] {
	const byWord = clustersByWord(clusters);
	// The places in a family each name is found in under a title: `Mr.`, `Mrs.` and `Master Hollis` are three people.
	const familyRoles = new Map<string, Set<string>>();
	for (const cluster of clusters) {
		for (const { form } of cluster.members) {
			const role = form.core.length === 1 && form.honorific !== undefined ? familyRole(form.honorific) : undefined;
			if (role !== undefined) {
				familyRoles.set(form.core[0], (familyRoles.get(form.core[0]) ?? new Set()).add(role));
			}
		}
	}
	const ownMembers = new Map(clusters.map(cluster => [cluster, cluster.members.length]));
	return foldEach(clusters, (titled, mentions, absorbed) => {
		const word = titled.members[0].form.core[0];
		const onlyTitled = titled.members.every(
			member =>
				member.form.core.length === 1 && member.form.core[0] === word && member.form.honorific !== undefined && !sameTitle(member.form.honorific, 'saint'),
		);
		if (!onlyTitled || (familyRoles.get(word)?.size ?? 0) > 1) {
			return undefined;
		}
		const others = (byWord.get(word) ?? []).filter(cluster => cluster !== titled && !absorbed.has(cluster));
		const hosts = others.filter(cluster => bareMember(cluster, word) !== undefined && mentions.get(cluster)! >= DOMINANCE * mentions.get(titled)!);
		if (hosts.length !== 1) {
			return undefined;
		}
		const host = hosts[0];
		// Under the same title: `Michael Kutúzov` holds `Father Kutúzov` only as it holds the bare `Kutúzov`.
		const heldByLonger = others.some(cluster =>
			cluster.members.some(long =>
				titled.members.some(member => long.form.honorific !== undefined && sameTitle(long.form.honorific, member.form.honorific!) && contains(long, member)),
			),
		);
		// The titles it went by before this pass: `Father Kutúzov` joining makes `Marshal Kutúzov` no less his.
		const asItWas: Cluster = { members: host.members.slice(0, ownMembers.get(host)) };
		const hostTitles = asItWas.members
			.filter(member => member.form.honorific !== undefined && member.form.core.includes(word))
			.map(member => member.form.honorific!);
		// Nor a title of a kind it bears another of: `Prince Theodore` is not Count Rostopchín, though he is Theodore.
		const underItsTitles = titled.members.every(
			member => (hostTitles.length === 0 || hostTitles.some(title => sameTitle(title, member.form.honorific!))) && !titleClashes(member, asItWas),
		);
		const joins = !heldByLonger && underItsTitles && ofHostsSex(titled, host) && titled.members.every(member => contains(member, bareMember(host, word)!));
		return joins ? host : undefined;
	});
}

/**
 * A rare full name joins the character who goes by its first name, when its surname is one the story uses
 * bare for a family, and so names no one person: `Nicholas Rostóv` is Nicholas, whom the book names 570 times,
 * and not the Rostóvs; `Pierre Bezúkhov` is Pierre, not his father Count Bezúkhov. Only when the first name's
 * character is mentioned ten times as often, and the surname is no one's first name (`Natásha Pierre` is two
 * people side by side). A full name whose surname the story never uses bare is someone else who shares the
 * first name (`Mary Hendríkhovna` is not Princess Mary).
 */
export function foldFullNames(clusters: Cluster[]): Cluster[] {
	const byWord = clustersByWord(clusters);
	return foldEach(clusters, (full, mentions, absorbed) => {
		const [given, surname] = full.members[0].form.core;
		const onlyThisName = full.members.every(
			member => member.form.honorific === undefined && member.form.core.length === 2 && member.form.core[0] === given && member.form.core[1] === surname,
		);
		if (!onlyThisName) {
			return undefined;
		}
		const hosts = (byWord.get(given) ?? []).filter(
			cluster =>
				cluster !== full && !absorbed.has(cluster) && bareMember(cluster, given) !== undefined && mentions.get(cluster)! >= DOMINANCE * mentions.get(full)!,
		);
		// Someone the story calls by the surname alone, which is no first name (as `Pierre` in `Natásha Pierre`).
		const family = (byWord.get(surname) ?? []).filter(cluster => {
			const bare = bareMember(cluster, surname);
			return cluster !== full && bare !== undefined && bare.gender === undefined;
		});
		const host = hosts.length === 1 && family.length > 0 && !family.includes(hosts[0]) ? hosts[0] : undefined;
		return host !== undefined && ofHostsSex(full, host) ? host : undefined;
	});
}

/**
 * Each cluster, the least mentioned first, joins the host `hostOf` finds for it, if it finds one; a host's
 * mentions grow as clusters join it, and `absorbed` holds those that have joined another.
 */
function foldEach(
	clusters: Cluster[],
	hostOf: (cluster: Cluster, mentions: ReadonlyMap<Cluster, number>, absorbed: ReadonlySet<Cluster>) => Cluster | undefined,
): Cluster[] {
	const mentions = new Map(clusters.map(cluster => [cluster, mentionsOf(cluster)]));
	const absorbed = new Set<Cluster>();
	for (const cluster of [...clusters].sort((a, b) => mentions.get(a)! - mentions.get(b)!)) {
		const host = hostOf(cluster, mentions, absorbed);
		if (host !== undefined) {
			host.members.push(...cluster.members);
			mentions.set(host, mentions.get(host)! + mentions.get(cluster)!);
			absorbed.add(cluster);
		}
	}
	return clusters.filter(cluster => !absorbed.has(cluster));
}

/** True when no name of `cluster` tells a sex other than the one `host`'s names agree on. */
function ofHostsSex(cluster: Cluster, host: Cluster): boolean {
	const sex = sexOf(host);
	return cluster.members.every(member => member.gender === undefined || sex === undefined || member.gender === sex);
}

/** The member of `cluster` that is `word` alone, untitled: `Kutúzov`, not `General Kutúzov`. */
function bareMember(cluster: Cluster, word: string): Person | undefined {
	return cluster.members.find(member => member.form.honorific === undefined && member.form.core.length === 1 && member.form.core[0] === word);
}

/** The clusters each word of a name is in, each cluster once per word. */
function clustersByWord(clusters: readonly Cluster[]): Map<string, Cluster[]> {
	const byWord = new Map<string, Cluster[]>();
	for (const cluster of clusters) {
		for (const member of cluster.members) {
			for (const word of member.form.core) {
				const list = byWord.get(word) ?? [];
				if (list[list.length - 1] !== cluster) {
					list.push(cluster);
				}
				byWord.set(word, list);
			}
		}
	}
	return byWord;
}
