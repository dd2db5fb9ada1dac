import * as assert from 'assert';
import { isNeverAName, isPersonified } from '../../../../src/core/lexicon/neverNames';

describe('neverNames', () => {
	it('knows months, weekdays, languages and oaths are never characters', () => {
		assert.deepStrictEqual(['March', 'Tuesday', 'English', 'Frenchman', 'God', 'Karen'].map(isNeverAName), [true, true, true, true, true, false]);
	});

	it('takes an abstraction for no one unless a speech verb lets it speak', () => {
		assert.strictEqual(isPersonified('Nature', 0, 0), true);
		assert.strictEqual(isPersonified('Nature', 0, 3), true, "`Nature's heart` is still no one");
		assert.strictEqual(isPersonified('Nature', 1, 0), false);
	});

	it('takes an interjection for no one unless the prose lets it speak or own something', () => {
		assert.strictEqual(isPersonified('Hum', 0, 0), true);
		assert.strictEqual(isPersonified('Hum', 0, 1), false, "`Hum's honey pot`");
		assert.strictEqual(isPersonified('Pooh', 2, 0), false);
	});

	it('leaves other capitalised words to the rest of the cast’s reading', () => {
		assert.strictEqual(isPersonified('Karen', 0, 0), false);
	});
});
