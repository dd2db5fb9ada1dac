// What the prepositions before a form's sightings say of it: `in Boston`, `on Broadway`, `the battle of
// Borodinó` are places; `with Pell` is company and counts elsewhere.

import type { Form } from './types';
import { EVIDENCE_WEIGHTS as W } from './evidenceWeights';

/** Sightings from which `of` counts as a place preposition. */
const OF_COUNTS_FROM = 5;

/** The points the place prepositions before a form's sightings add to its score (none, or a negative). */
export function placePrepositionScore(form: Form): number {
	const count = form.sightings.length;
	// `of` counts only over many mentions: `the brother of Jove` is as common as `the battle of Borodinó`.
	const ofCounts = count >= OF_COUNTS_FROM;
	const placed = (form.placePreposition + (ofCounts ? form.afterOf : 0)) / count;
	if (placed >= 0.5) {
		return W.mostlyAfterPlacePreposition;
	}
	if (placed >= 0.3) {
		return W.oftenAfterPlacePreposition;
	}
	if (form.placePreposition > 0) {
		return W.sometimesAfterPlacePreposition;
	}
	// Too few to count, `of` still leans when nothing at all says person: `heard of Constantinople`.
	return form.afterOf > 0 && !hasPersonEvidence(form) ? W.afterOfAndNothingElse : 0;
}

/** Whether anything around its sightings says person: speech, a vocative, a possessive, an introduction, a verb people do. */
export function hasPersonEvidence(form: Form): boolean {
	return form.speech + form.speechAfterArticle + form.vocative + form.possessive + form.personContext + form.introduced > 0;
}
