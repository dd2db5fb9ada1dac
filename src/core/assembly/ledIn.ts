// A turn read with the narration just before it: a paragraph that hands the speech on (`My uncle said:`,
// `She smiled, and went on,`) says who speaks the quote that follows, unless the quote's own prose does.

import { LeadIn, ParagraphTurn } from '../speakers/types';

/** A turn the paragraph before led into (`My uncle said:`), unless its own prose says who speaks. */
export function ledIn(reading: ParagraphTurn, leadIn: LeadIn): ParagraphTurn {
	if (leadIn.continues !== undefined) {
		// `He broke off. / "…," he asked.`: the same he, unless the paragraph turned to someone. So too
		// `She smiled, and went on, / "…"`, where the lead-in's own pronoun speaks.
		const pronoun = reading.pronoun ?? (reading.attributed ? undefined : leadIn.pronoun);
		return reading.speaker === undefined && !reading.narrator && pronoun === leadIn.continues
			? { ...reading, continues: true, pronoun, attributed: true, objects: leadIn.objects ?? reading.objects }
			: reading;
	}
	if (reading.attributed || reading.speaker !== undefined || reading.narrator) {
		return reading;
	}
	return {
		...reading,
		speaker: leadIn.speaker,
		tie: leadIn.speaker === undefined ? undefined : leadIn.pronoun !== undefined ? 'pronoun' : 'verb',
		narrator: leadIn.narrator ?? false,
		pronoun: leadIn.pronoun ?? reading.pronoun,
		objects: leadIn.objects ?? reading.objects,
		attributed: true,
	};
}
