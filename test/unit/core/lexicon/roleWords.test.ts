import * as assert from 'assert';
import { describesNoOne, isRoleNoun, roleOf } from '../../../../src/core/lexicon/roleWords';

describe('roleOf', () => {
	it('reads a trade, an office or a rank', () => {
		for (const speaker of ['the doctor', 'the jailer', 'the turnkey', 'the ferryman', 'the engine-driver', 'the barge-woman', 'King', 'Duchess']) {
			assert.strictEqual(roleOf(speaker)?.name, speaker, speaker);
		}
	});

	it('tells a listed trade from one that only ends like a trade', () => {
		assert.strictEqual(roleOf('the jailer')?.listed, true);
		assert.strictEqual(roleOf('the waggoner')?.listed, false);
	});

	it('reads no role in a generic person word, kin, a name or a longer description', () => {
		for (const speaker of [
			'the man',
			'the girl',
			'the gentleman',
			'the lady',
			'the other',
			'the voice',
			'the stranger',
			'the boy',
			'his wife',
			'her mother',
			'the latter',
			'the answer',
			'the old man',
			'the red-haired other',
			'the well-known man',
			'Mamma',
			'Karen',
			'the',
		]) {
			assert.strictEqual(roleOf(speaker), undefined, speaker);
		}
	});

	it('reads an epithet: a generic noun a compound of the body marks out', () => {
		for (const speaker of ['the hump-backed man', 'the one-eyed woman', 'the red-haired gentleman']) {
			assert.deepStrictEqual(roleOf(speaker), { name: speaker, listed: true }, speaker);
		}
	});

	it('reads an epithet: a generic noun one thing the person wears or carries marks out', () => {
		for (const speaker of ['the gentleman in the white waistcoat', 'the lady with a green parasol', 'the man in the tall hat']) {
			assert.deepStrictEqual(roleOf(speaker), { name: speaker, listed: true }, speaker);
		}
		for (const speaker of ['the voice in the dark', 'the other in the doorway', 'the man in Paris', 'the man of the house', 'the man in the']) {
			assert.strictEqual(roleOf(speaker), undefined, speaker);
		}
	});
});

describe('isRoleNoun', () => {
	it('knows the listed trades, offices and ranks, not the words that only end like them', () => {
		assert.deepStrictEqual(['commander', 'ferryman', 'turnkey', 'waggoner', 'corner'].map(isRoleNoun), [true, true, true, false, false]);
	});
});

describe('describesNoOne', () => {
	it('knows a description whose noun is a thing said or shown, or a paper', () => {
		for (const description of ['the subject', 'her eyes', 'his glance', 'the letter', 'a moment']) {
			assert.ok(describesNoOne(description), description);
		}
	});

	it('knows a person, a voice or a body of people is someone', () => {
		for (const description of ['the ferryman', 'a voice', 'the board', 'the old man', 'her mother']) {
			assert.ok(!describesNoOne(description), description);
		}
	});
});
