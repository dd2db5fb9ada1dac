import * as assert from 'assert';
import nlp from 'compromise';
import { CRYING_OUT_FORMS, SPEECH_VERB_STEMS, isReportingVerb, isSpeechVerb } from '../../../../src/core/lexicon/speechVerbs';

/** The part of compromise's API that conjugates a verb without tagging a sentence. */
interface ConjugatingNlp {
	methods(): { two: { transform: { verb: { conjugate(stem: string, model: object): { PastTense: string; PresentTense: string } } } } };
	model(): object;
}

describe('speechVerbs', () => {
	it('knows the verbs of speech in every form a tag uses, in any case', () => {
		const words = ['said', 'Said', 'asks', 'breathed', 'admitted', 'replied', 'quoth', 'say', 'commanded', 'mimicked', 'finished', 'walked', 'thought'];
		assert.deepStrictEqual(words.filter(isSpeechVerb), [
			'said',
			'Said',
			'asks',
			'breathed',
			'admitted',
			'replied',
			'quoth',
			'say',
			'commanded',
			'mimicked',
			'finished',
		]);
	});

	it('makes every past and third-person form compromise conjugates, for each verb it knows', () => {
		// compromise's conjugator gives the bare stem as the past of a verb outside its lexicon (`squeak`,
		// `chide`, `coo`), so the forms are made by suffix rules and checked here against the verbs it knows.
		const conjugating = nlp as unknown as ConjugatingNlp;
		const verb = conjugating.methods().two.transform.verb;
		const model = conjugating.model();
		const missing: string[] = [];
		let known = 0;
		for (const stem of SPEECH_VERB_STEMS) {
			const { PastTense: past, PresentTense: present } = verb.conjugate(stem, model);
			if (past === stem) {
				continue;
			}
			known++;
			missing.push(...[past, present].filter(form => !isReportingVerb(form)));
		}
		assert.ok(known > 150, `compromise knows ${known} of the verbs`);
		assert.deepStrictEqual(missing, []);
	});

	it('knows which forms invert: said he, asks Karen; but not I say', () => {
		assert.deepStrictEqual(['said', 'asks', 'snapped', 'say', 'reply'].map(isReportingVerb), [true, true, true, false, false]);
	});

	it('knows the verbs of crying out in every form, each a speech verb but chant', () => {
		for (const form of ['cried', 'crying', 'shouts', 'howling', 'chanted']) {
			assert.ok(CRYING_OUT_FORMS.has(form), form);
		}
		for (const form of ['said', 'asked', 'whispery']) {
			assert.ok(!CRYING_OUT_FORMS.has(form), form);
		}
		for (const form of CRYING_OUT_FORMS) {
			assert.ok(isSpeechVerb(form) || form.endsWith('ing') || form.startsWith('chant'), form);
		}
	});
});
