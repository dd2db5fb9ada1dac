import * as assert from 'assert';
import * as fc from 'fast-check';
import { isNameParticle, isRomanNumeral, nameKey, uniqueNames, withoutPossessive } from '../../../../src/core/lexicon/nameSpellings';

describe('nameSpellings', () => {
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

	it('keeps the first spelling of each name', () => {
		assert.deepStrictEqual(uniqueNames(['Mr. Darcy', 'Elizabeth', 'mr darcy', 'Mr Darcy']), ['Mr. Darcy', 'Elizabeth']);
	});

	it('drops a possessive ending', () => {
		assert.deepStrictEqual(['Karen’s', "Karen's", 'Jesus’', 'Karen'].map(withoutPossessive), ['Karen', 'Karen', 'Jesus', 'Karen']);
	});

	it('reads regnal numbers as part of a name', () => {
		assert.deepStrictEqual(['III', 'iv', 'XIV', 'Ivy', 'I'].map(isRomanNumeral), [true, true, true, false, true]);
	});

	it('knows the particles that join a name’s capitalised parts', () => {
		assert.deepStrictEqual(['da', 'van', 'von', 'ibn', 'and', 'Da'].map(isNameParticle), [true, true, true, true, false, false]);
	});
});
