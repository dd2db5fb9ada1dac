// Decides which forms are one person: a shorter name joins the one character whose longer names hold it
// (`Karen` ⊂ `Karen Cartwright`, `Darcy` ⊂ `Mr. Darcy`), titles must agree (`Mr. Bennet` is never `Mrs.
// Bennet`, a colonel's name is his surname), a name shared by two characters stays apart unless one of them
// dominates the story, is the one of the sex the narration gives it, or is named just before nearly every
// sighting of it; a name under titles joins the one who goes by it bare far more often (`General Kutúzov`),
// and a full name the one who goes by its first name when its surname is a family's (`Nicholas Rostóv`).

import { Form, Person } from './types';
import { familyRole, honorificGroup, honorificsAgree, sameTitle, SURNAME_TITLES } from '../lexicon/honorifics';
import { fullNamesOf } from '../lexicon/petNames';
import { Sex } from '../lexicon/types';
import { opensClause, pronounAfter } from '../structure/pronounAfterName';

export interface Cluster {
	readonly members: Person[];
	/** Declared in the cast file under this name. */
	declaredName?: string;
}

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
		}
	}
	return clusters.filter(cluster => !merged.has(cluster));
}

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
 * True when `home` goes by another title of the same kind as `person`'s and never by its own (`Prince
 * Theodore` is not `Count Rostopchín`, though both are Theodore): a man is a prince or a count, where a
 * general may be an emperor.
 */
function titleClashes(person: Person, home: Cluster): boolean {
	const { honorific } = person.form;
	const group = honorific === undefined ? undefined : honorificGroup(honorific);
	if (group === undefined || group === 'neutral' || home.members.some(member => member.form.honorific === honorific)) {
		return false;
	}
	return home.members.some(member => member.form.honorific !== undefined && honorificGroup(member.form.honorific) === group);
}

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

/**
 * The sex the narration gives a form: each sighting that opens its clause (`Defarge wiped his hands`) votes
 * with the first pronoun after it in its sentence, as the turn-taking's votes do. Undefined unless at least
 * three votes fall and three times as many go one way as the other.
 */
function narratedSex(form: Form): Sex | undefined {
	let male = 0;
	let female = 0;
	for (const sighting of form.sightings) {
		if (sighting.inDialogue) {
			continue;
		}
		const { text, names } = sighting.block.analysis;
		const start = sighting.start - sighting.block.start;
		const end = sighting.end - sighting.block.start;
		// Read up to the next name, as the narration's votes are: `Defarge eyed Madame Defarge and her knitting`.
		const limit = names.find(name => name.start >= end)?.start ?? text.length;
		const gender = opensClause(text, start) ? pronounAfter(text, end, limit) : undefined;
		if (gender === 'he') {
			male++;
		} else if (gender === 'she') {
			female++;
		}
	}
	if (male >= MIN_SEX_VOTES && male >= SEX_MAJORITY * female) {
		return 'male';
	}
	return female >= MIN_SEX_VOTES && female >= SEX_MAJORITY * male ? 'female' : undefined;
}

const MIN_SEX_VOTES = 3;
const SEX_MAJORITY = 3;

/** The sex a cluster's names give it (`Madame`, `Ernest`), when those that give one agree. */
function sexOf(cluster: Cluster): Sex | undefined {
	const sexes = new Set(cluster.members.map(member => member.gender).filter(gender => gender !== undefined));
	return sexes.size === 1 ? [...sexes][0] : undefined;
}

function opposite(sex: Sex): Sex {
	return sex === 'male' ? 'female' : 'male';
}

/**
 * The one cluster a name belongs to among those whose names contain it: the only one, or one mentioned ten
 * times as often as any other (`Andrew` is Prince Andrew, not the Andrew Kaysárov of one chapter).
 * Undefined when there is none, or the name is truly shared (`Bennet`: Mr. and Mrs.).
 */
function dominant(homes: ReadonlySet<Cluster>): Cluster | undefined {
	if (homes.size <= 1) {
		return homes.size === 1 ? [...homes][0] : undefined;
	}
	const ranked = [...homes].map(cluster => ({ cluster, mentions: mentionsOf(cluster) })).sort((a, b) => b.mentions - a.mentions);
	return ranked[0].mentions >= DOMINANCE * ranked[1].mentions ? ranked[0].cluster : undefined;
}

const DOMINANCE = 10;

function mentionsOf(cluster: Cluster): number {
	return cluster.members.reduce((sum, member) => sum + member.form.sightings.length, 0);
}

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
		const gender = (of: Cluster) => of.members.find(member => member.gender !== undefined)?.gender;
		const sameSex = host === undefined || gender(host) === undefined || gender(cluster) === undefined || gender(host) === gender(cluster);
		if (host !== undefined && sameSex && !absorbed.has(host) && mentions.get(host)! > mentions.get(cluster)!) {
			host.members.push(...cluster.members);
			absorbed.add(cluster);
		}
	}
	return clusters.filter(cluster => !absorbed.has(cluster));
}

/** How many times as often a character is named as its pet name must be, for the pet name to join it. */
const FULL_NAME_SHARE = 4;

/** True when the name `cluster` goes by most is `firstName` with no title before it (`Elizabeth`, not `Lady Catherine`). */
function goesByFirstName(cluster: Cluster, firstName: string): boolean {
	const main = cluster.members.reduce((best, member) => (member.form.sightings.length > best.form.sightings.length ? member : best));
	return main.form.honorific === undefined && main.form.core[0] === firstName;
}

/** The names a pet name may come from: `ratty` from `rat`, `moly` from `mole`, `toady` and `billie` as they stand. */
function baseNames(word: string): string[] {
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

/** `prince andrew bolkonski` holds `prince andrew` word for word. */
function containsWords(long: string, short: string): boolean {
	return ` ${long} `.includes(` ${short} `) && short.includes(' ');
}

/** True when `longer` names the same person as `shorter`, more fully. */
function contains(longer: Person, shorter: Person): boolean {
	const a = longer.form;
	const b = shorter.form;
	const moreWords = a.core.length > b.core.length;
	const sameWordsMoreTitle = a.core.length === b.core.length && a.honorific !== undefined && b.honorific === undefined;
	// `Mister Noah Claypole` is `Mr. Noah Claypole`: the shorter-read of the two joins the other.
	const sameWordsTitleSpelledOtherwise =
		a.core.length === b.core.length &&
		a.honorific !== undefined &&
		b.honorific !== undefined &&
		a.honorific !== b.honorific &&
		sameTitle(a.honorific, b.honorific);
	if ((!moreWords && !sameWordsMoreTitle && !sameWordsTitleSpelledOtherwise) || !containsRun(a.core, b.core)) {
		return false;
	}
	if (!honorificsAgree(a.honorific, b.honorific)) {
		return false;
	}
	if (longer.gender && shorter.gender && longer.gender !== shorter.gender) {
		return false;
	}
	// `Colonel Fitzwilliam` is no `Mr. Fitzwilliam Darcy`: a rank goes before a surname, unless both bear it.
	if (
		b.honorific !== undefined &&
		b.honorific !== a.honorific &&
		SURNAME_TITLES.has(b.honorific) &&
		b.core.length === 1 &&
		a.core[a.core.length - 1] !== b.core[0]
	) {
		return false;
	}
	// A married woman is `Mrs. Verloc`, not `Winnie Verloc`: the full name is someone else in the family.
	if (b.honorific && !a.honorific && honorificGroup(b.honorific) === 'married') {
		return false;
	}
	return true;
}

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
	outer: for (let start = 0; start + needle.length <= haystack.length; start++) {
		for (let offset = 0; offset < needle.length; offset++) {
			if (haystack[start + offset] !== needle[offset]) {
				continue outer;
			}
		}
		return true;
	}
	return false;
}
