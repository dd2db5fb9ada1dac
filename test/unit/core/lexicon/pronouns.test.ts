import * as assert from 'assert';
import { INDEFINITES, INVERTED_PRONOUNS, OBJECT_PRONOUNS, PRONOUNS, SUBJECT_PRONOUNS } from '../../../../src/core/lexicon/pronouns';

describe('pronouns', () => {
	it('knows the pronouns that may say a line', () => {
		assert.deepStrictEqual([...PRONOUNS].sort(), ['he', 'i', 'she', 'they', 'we', 'you']);
	});

	it('adds it to the subjects a tag opens on', () => {
		assert.ok(SUBJECT_PRONOUNS.has('it') && !PRONOUNS.has('it'));
		for (const pronoun of PRONOUNS) {
			assert.ok(SUBJECT_PRONOUNS.has(pronoun), pronoun);
		}
	});

	it('leaves you out after an inverted verb', () => {
		assert.ok(INVERTED_PRONOUNS.has('she') && INVERTED_PRONOUNS.has('i'));
		assert.ok(!INVERTED_PRONOUNS.has('you'));
	});

	it('knows the pronouns that name no one, and those that only follow a verb', () => {
		assert.ok(INDEFINITES.has('someone') && !INDEFINITES.has('he'));
		assert.ok(OBJECT_PRONOUNS.has('him') && !OBJECT_PRONOUNS.has('he'));
	});
});
