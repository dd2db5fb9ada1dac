import * as assert from 'assert';
import { followsParticiple } from '../../../../src/core/lexicon/participleWords';

describe('participleWords', () => {
	it('knows the objects and prepositions that follow a participle opening a sentence', () => {
		assert.deepStrictEqual(['them', 'his', 'the', 'to', 'on', 'into', 'away'].map(followsParticiple), [true, true, true, true, true, true, true]);
	});

	it('but not the verbs that follow a name', () => {
		assert.deepStrictEqual(['said', 'looked', 'was', 'and'].map(followsParticiple), [false, false, false, false]);
	});
});
