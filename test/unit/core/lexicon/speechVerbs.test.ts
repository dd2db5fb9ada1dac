import * as assert from 'assert';
import { CRYING_OUT_FORMS, isReportingVerb, isSpeechVerb } from '../../../../src/core/lexicon/speechVerbs';

describe('speechVerbs', () => {
	it('knows the verbs of speech in every form a tag uses, in any case', () => {
		const words = ['said', 'Said', 'asks', 'breathed', 'admitted', 'replied', 'quoth', 'say', 'walked', 'thought'];
		assert.deepStrictEqual(words.filter(isSpeechVerb), ['said', 'Said', 'asks', 'breathed', 'admitted', 'replied', 'quoth', 'say']);
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
