import * as assert from 'assert';
import * as fc from 'fast-check';
import { honorificKey, honorificsAgree, isFunctionWord, isNeverAName, nameKey, withoutPossessive } from '../../../../src/core/lexicon/names';

describe('names', () => {
	describe('honorifics that may name one person', () => {
		const cases: [string | undefined, string | undefined, boolean][] = [
			['mr', 'mr', true],
			['mr', 'mrs', false],
			['mrs', 'miss', false],
			['mr', 'sir', true],
			['mr', undefined, true],
			['captain', 'mrs', true],
			['lady', 'miss', true],
			['prince', 'mrs', false],
			['princess', 'lady', true],
		];
		for (const [a, b, agree] of cases) {
			it(`${a ?? '—'} and ${b ?? '—'}: ${agree ? 'may be one person' : 'two people'}`, () => {
				assert.strictEqual(honorificsAgree(a, b), agree);
				assert.strictEqual(honorificsAgree(b, a), agree);
			});
		}
	});

	it('reads honorifics with or without their full stop, in any common case', () => {
		assert.deepStrictEqual(['Mr.', 'Mr', 'MRS.', 'Dr.', 'Captain', 'Karen'].map(honorificKey), ['mr', 'mr', 'mrs', 'dr', 'captain', undefined]);
	});

	it('keys a name without case, accents, full stops or curly apostrophes', () => {
		assert.strictEqual(nameKey('Mr. Darcy'), nameKey('mr darcy'));
		assert.strictEqual(nameKey('Natásha'), 'natasha');
		assert.strictEqual(nameKey('O’Hara'), "o'hara");
		assert.strictEqual(nameKey('Anna\r\nPávlovna'), 'anna pavlovna');
	});

	it('keys plain and unusual spellings alike by the one rule', () => {
		// The rule in full; nameKey takes a shortcut for plain ASCII names that must come to the same.
		const byTheRule = (name: string) =>
			name
				.normalize('NFD')
				.replace(/[\u0300-\u036f]/g, '')
				.replace(/[’‘]/g, "'")
				.replace(/\./g, ' ')
				.replace(/\s+/g, ' ')
				.trim()
				.toLowerCase();
		const pieces = ['Ann', 'a', 'Z', ' ', '  ', '.', "'", '’', '-', '\t', '\n', 'é', 'e\u0301', '\u00a0', '~', '!'];
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), parts => {
				const name = parts.join('');
				assert.strictEqual(nameKey(name), byTheRule(name));
			}),
			{ numRuns: 3000 },
		);
	});

	it('drops a possessive ending', () => {
		assert.deepStrictEqual(['Karen’s', "Karen's", 'Jesus’', 'Karen'].map(withoutPossessive), ['Karen', 'Karen', 'Jesus', 'Karen']);
	});

	it('knows the closed-class words a capital never makes a name', () => {
		assert.deepStrictEqual(['The', 'Still', 'Suddenly', 'Nothing', 'Don’t', 'Will', 'Rose'].map(isFunctionWord), [true, true, true, true, true, false, false]);
	});

	it('knows months, weekdays, languages and oaths are never characters', () => {
		assert.deepStrictEqual(['March', 'Tuesday', 'English', 'Frenchman', 'God', 'Karen'].map(isNeverAName), [true, true, true, true, true, false]);
	});
});
