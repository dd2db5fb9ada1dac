import * as assert from 'assert';
import {
	isCallingVerb,
	isNamingWord,
	isPersonNoun,
	isPersonVerb,
	isSpeechVerbAfterName,
	isSpeechVerbBeforeName,
} from '../../../../src/core/lexicon/personWords';
import { COMMON_SPEECH_FORMS, isSpeechVerb } from '../../../../src/core/lexicon/speechVerbs';

describe('personWords', () => {
	it('takes the common speech verbs and `thought` beside a name for a speaker', () => {
		const words = ['said', 'asked', 'whispered', 'wondered', 'thought', 'noted', 'piped', 'walked'];
		assert.deepStrictEqual(words.filter(isSpeechVerbAfterName), ['said', 'asked', 'whispered', 'wondered', 'thought']);
	});

	it('does not take `called` before a name for speech: a village called Greensburgh', () => {
		assert.strictEqual(isSpeechVerbAfterName('called'), true);
		assert.strictEqual(isSpeechVerbBeforeName('called'), false);
		assert.strictEqual(isSpeechVerbBeforeName('said'), true);
	});

	it('takes German speech verbs before a name only: `sagte Leni`, but not the `Da` of `Da sagte er`', () => {
		assert.deepStrictEqual(['sagte', 'fragte', 'antwortete'].map(isSpeechVerbBeforeName), [true, true, true]);
		assert.deepStrictEqual(['sagte', 'fragte', 'antwortete'].map(isSpeechVerbAfterName), [false, false, false]);
	});

	it('draws its speech verbs from the one list of speech verbs', () => {
		for (const form of COMMON_SPEECH_FORMS) {
			assert.ok(isSpeechVerb(form), form);
		}
	});

	it('knows what people do, the nouns for people and the words of naming', () => {
		assert.deepStrictEqual(['smiled', 'married', 'rained'].map(isPersonVerb), [true, true, false]);
		assert.deepStrictEqual(['father', 'ploughboy', 'village'].map(isPersonNoun), [true, true, false]);
		assert.deepStrictEqual(['christened', 'dubbed', 'called'].map(isNamingWord), [true, true, false]);
		// `Call me Ishmael`, `they called me Pip`: not `told me`, `gave me`.
		assert.deepStrictEqual(['call', 'called', 'told', 'gave'].map(isCallingVerb), [true, true, false, false]);
	});
});
