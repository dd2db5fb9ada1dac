// What a cluster of forms is, and what the passes that join clusters ask of one: how often the story
// mentions it, the sex its names agree on, and which of several that hold a shared name dominates the rest.

import { Person } from './types';
import { Sex } from '../lexicon/types';

export interface Cluster {
	readonly members: Person[];
	/** Declared in the cast file under this name. */
	declaredName?: string;
}

/** The sex a cluster's names give it (`Madame`, `Ernest`), when those that give one agree. */
export function sexOf(cluster: Cluster): Sex | undefined {
	const sexes = new Set(cluster.members.map(member => member.gender).filter(gender => gender !== undefined));
	return sexes.size === 1 ? [...sexes][0] : undefined;
}

/**
 * The one cluster a name belongs to among those whose names contain it: the only one, or one mentioned ten
 * times as often as any other (`Andrew` is Prince Andrew, not the Andrew Kaysárov of one chapter).
 * Undefined when there is none, or the name is truly shared (`Bennet`: Mr. and Mrs.).
 */
export function dominant(homes: ReadonlySet<Cluster>): Cluster | undefined {
	if (homes.size <= 1) {
		return homes.size === 1 ? [...homes][0] : undefined;
	}
	const ranked = [...homes].map(cluster => ({ cluster, mentions: mentionsOf(cluster) })).sort((a, b) => b.mentions - a.mentions);
	return ranked[0].mentions >= DOMINANCE * ranked[1].mentions ? ranked[0].cluster : undefined;
}

/** How many times as often one holder of a name must be mentioned as any other to take it alone. */
export const DOMINANCE = 10;

export function mentionsOf(cluster: Cluster): number {
	return cluster.members.reduce((sum, member) => sum + member.form.sightings.length, 0);
}
