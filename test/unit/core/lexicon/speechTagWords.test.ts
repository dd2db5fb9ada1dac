import * as assert from 'assert';
import {
	ADDRESSING_VERBS,
	ADVERBS_OF_TIME,
	AFTER_DESCRIPTION,
	AUXILIARIES,
	isPastVerb,
	NAME_VERB_GAP_WORDS,
	NOT_VERBS,
	OBJECT_MARKERS,
	PEOPLE_IN_ING,
	PERCEPTION_VERBS,
	PHRASAL_PARTICLES,
	RELATIVES,
	SENTENCE_OPENERS,
	STILL_DESCRIBING,
} from '../../../../src/core/lexicon/speechTagWords';

describe('speechTagWords', () => {
	it('knows the words that end a description after a speech verb, and those that do not', () => {
		for (const word of ['once', 'again', 'now']) {
			assert.ok(ADVERBS_OF_TIME.has(word), word);
		}
		for (const word of ['stripling', 'darling', 'being']) {
			assert.ok(PEOPLE_IN_ING.has(word), word);
		}
		assert.ok(!PEOPLE_IN_ING.has('smiling'));
		assert.ok(STILL_DESCRIBING.has('same') && !STILL_DESCRIBING.has('adjutant'));
		for (const word of ['aloud', 'outside', 'afterwards', 'they', 'were']) {
			assert.ok(AFTER_DESCRIPTION.has(word), word);
		}
		assert.ok(!AFTER_DESCRIPTION.has('old') && !AFTER_DESCRIPTION.has('man'));
	});

	it('knows the words between a subject and its speech verb', () => {
		for (const word of ['had', 'would', 'then', 'presently', 'last']) {
			assert.ok(AUXILIARIES.has(word), word);
		}
		assert.ok(!AUXILIARIES.has('door'));
	});

	it('gives the cast’s name reading fewer of them, and suddenly', () => {
		for (const word of ['had', 'has', 'then', 'finally', 'once', 'suddenly']) {
			assert.ok(NAME_VERB_GAP_WORDS.has(word), word);
		}
		for (const word of ['would', 'was', 'did', 'presently', 'last']) {
			assert.ok(AUXILIARIES.has(word) && !NAME_VERB_GAP_WORDS.has(word), word);
		}
		for (const word of NAME_VERB_GAP_WORDS) {
			assert.ok(AUXILIARIES.has(word) || word === 'suddenly', word);
		}
	});

	it('reads past tenses, with or without -ed', () => {
		assert.deepStrictEqual(['came', 'nodded', 'stood', 'Alfred', 'red', 'door'].map(isPastVerb), [true, true, true, false, false, false]);
	});

	it('knows the words that make a name an object, that show no verb follows, and that open a sentence before its subject', () => {
		assert.ok(OBJECT_MARKERS.has('to') && OBJECT_MARKERS.has('told') && !OBJECT_MARKERS.has('said'));
		assert.ok(NOT_VERBS.has('and') && !NOT_VERBS.has('laughed'));
		assert.ok(SENTENCE_OPENERS.has('whereupon') && !SENTENCE_OPENERS.has('karen'));
	});

	it('knows relatives, the particles of phrasal verbs and the verbs by which a narrator watches', () => {
		assert.ok(RELATIVES.has('who') && RELATIVES.has('whose') && !RELATIVES.has('what'));
		assert.ok(PHRASAL_PARTICLES.has('up') && PHRASAL_PARTICLES.has('aside') && !PHRASAL_PARTICLES.has('da'));
		assert.ok(PERCEPTION_VERBS.has('saw') && PERCEPTION_VERBS.has('spied') && !PERCEPTION_VERBS.has('said'));
	});

	it('knows the verbs of speaking to someone, not those of speaking out', () => {
		assert.deepStrictEqual(
			['told', 'asked', 'assured', 'said', 'repeated', 'cried'].map(verb => ADDRESSING_VERBS.has(verb)),
			[true, true, true, false, false, false],
		);
	});
});
