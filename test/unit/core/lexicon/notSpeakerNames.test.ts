import * as assert from 'assert';
import { NOT_SPEAKER_NAMES } from '../../../../src/core/lexicon/notSpeakerNames';
import { FUNCTION_WORDS } from '../../../../src/core/lexicon/functionWords';

describe('notSpeakerNames', () => {
	it('holds the words that open a sentence or a quote but never name its speaker', () => {
		for (const word of ['the', 'perhaps', 'will', 'hush', 'lovely', 'adieu', 'several', 'amid', 'mr', 'twenty', "don't", 'don’t']) {
			assert.ok(NOT_SPEAKER_NAMES.has(word), word);
		}
	});

	it('holds the months, weekdays and feasts, which a quote may call out (`saying, “June,”`) but which never speak', () => {
		for (const word of ['june', 'monday', 'christmas']) {
			assert.ok(NOT_SPEAKER_NAMES.has(word), word);
		}
	});

	it('leaves names and the words that begin them alone', () => {
		for (const word of ['karen', 'rose', 'grace', 'old', 'captain']) {
			assert.ok(!NOT_SPEAKER_NAMES.has(word), word);
		}
	});

	it('holds the function words but those speaker attribution was tuned without', () => {
		for (const word of ['suddenly', 'although', 'whoever', 'nobody']) {
			assert.ok(FUNCTION_WORDS.has(word) && NOT_SPEAKER_NAMES.has(word), word);
		}
		for (const word of ['him', 'herself', 'up', "won't"]) {
			assert.ok(FUNCTION_WORDS.has(word) && !NOT_SPEAKER_NAMES.has(word), word);
		}
	});
});
