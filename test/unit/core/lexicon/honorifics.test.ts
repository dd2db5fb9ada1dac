import * as assert from 'assert';
import {
	ADDRESS_TITLES,
	BARE_TITLES,
	EVERYDAY_TITLE_PATTERN,
	familyRole,
	honorificGender,
	honorificGroup,
	honorificKey,
	honorificsAgree,
	honorificsOf,
	sameTitle,
	SPEAKER_TITLES,
	SURNAME_TITLES,
	TITLE_NOUNS,
	TITLE_SPELLINGS,
} from '../../../../src/core/lexicon/honorifics';

describe('honorifics', () => {
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

	it('knows the ranks that go before a surname from the titles that go before a first name', () => {
		assert.deepStrictEqual(
			['colonel', 'captain', 'dr', 'inspector', 'mr', 'miss', 'prince', 'sir', 'saint'].map(title => SURNAME_TITLES.has(title)),
			[true, true, true, true, false, false, false, false, false],
		);
		for (const title of SURNAME_TITLES) {
			assert.strictEqual(honorificGroup(title), 'neutral', title);
		}
	});

	it('knows one title spelled two ways', () => {
		assert.deepStrictEqual(
			[
				['mister', 'mr'],
				['mr', 'mister'],
				['doctor', 'dr'],
				["mam'selle", 'mlle'],
				['mr', 'mrs'],
				['captain', 'colonel'],
			].map(([a, b]) => sameTitle(a, b)),
			[true, true, true, true, false, false],
		);
	});

	it('gives the everyday titles a place in a family, and ranks none', () => {
		assert.deepStrictEqual(['mr', 'herr', 'master', 'mrs', 'madame', 'miss', 'mlle', 'count', 'general', 'lady'].map(familyRole), [
			'man',
			'man',
			'boy',
			'wife',
			'wife',
			'daughter',
			'daughter',
			undefined,
			undefined,
			undefined,
		]);
	});

	it('reads mademoiselle as an English speaker says it, with either apostrophe', () => {
		assert.deepStrictEqual(["Mam'selle", 'Mam’selle', "Ma'amselle", 'MA’AMSELLE'].map(honorificKey), ["mam'selle", "mam'selle", "ma'amselle", "ma'amselle"]);
		assert.strictEqual(honorificGroup("mam'selle"), honorificGroup('mademoiselle'));
	});

	it('reads honorifics with or without their full stop, in any common case', () => {
		assert.deepStrictEqual(['Mr.', 'Mr', 'MRS.', 'Dr.', 'Captain', 'Karen'].map(honorificKey), ['mr', 'mr', 'mrs', 'dr', 'captain', undefined]);
	});

	it('says what sex a title gives its holder, and which titles say none', () => {
		assert.deepStrictEqual(['mr', 'herr', 'mrs', 'mademoiselle', 'duchess', 'colonel', 'karen', undefined].map(honorificGender), [
			'male',
			'male',
			'female',
			'female',
			'female',
			undefined,
			undefined,
			undefined,
		]);
		assert.deepStrictEqual(['mrs', 'miss', 'lady', 'doctor'].map(honorificGroup), ['married', 'unmarried', 'female', 'neutral']);
	});

	it('lists the honorifics of each sex, and no neutral one among them', () => {
		assert.ok(honorificsOf('male').includes('herr') && honorificsOf('male').includes('king'));
		assert.ok(honorificsOf('female').includes('mrs') && honorificsOf('female').includes('signorina') && honorificsOf('female').includes('queen'));
		for (const title of ['doctor', 'captain', 'nurse']) {
			assert.ok(!honorificsOf('male').includes(title) && !honorificsOf('female').includes(title), title);
		}
		assert.ok(honorificsOf('male').every(title => honorificGender(title) === 'male'));
		assert.ok(honorificsOf('female').every(title => honorificGender(title) === 'female'));
	});

	describe('the titles speaker attribution takes off a name', () => {
		it('holds the everyday honorifics', () => {
			for (const title of ['mr', 'mrs', 'miss', 'dr', 'colonel', 'madame', 'reverend']) {
				assert.ok(SPEAKER_TITLES.has(title), title);
				assert.ok(honorificKey(title) !== undefined, title);
			}
		});

		it('keeps the rarer honorifics inside the name it reads: Duke Orsino, Inspector Lestrade, St. John', () => {
			for (const title of ['duke', 'inspector', 'st', 'herr', 'madam']) {
				assert.ok(!SPEAKER_TITLES.has(title), title);
				assert.ok(honorificKey(title) !== undefined, title);
			}
		});

		it('adds words of kin and trade that are no honorific: Farmer Giles, Granny Weatherwax', () => {
			for (const title of ['farmer', 'cousin', 'granny']) {
				assert.ok(SPEAKER_TITLES.has(title), title);
				assert.strictEqual(honorificKey(title), undefined, title);
			}
		});
	});

	it('looks past only the commonest titles in a pattern', () => {
		const title = new RegExp(`^(?:${EVERYDAY_TITLE_PATTERN})$`);
		assert.deepStrictEqual(
			['Mrs', 'Captain', 'Uncle', 'Colonel', 'Duke', 'mrs'].map(word => title.test(word)),
			[true, true, true, false, false, false],
		);
	});

	it('knows the titles that stand alone for a person, the bare ones among them', () => {
		assert.ok(ADDRESS_TITLES.has('signora') && ADDRESS_TITLES.has('madame'));
		assert.ok(!ADDRESS_TITLES.has('mr'));
		assert.ok(BARE_TITLES.has('monsieur'));
		assert.ok(!BARE_TITLES.has('signora'));
		for (const title of BARE_TITLES) {
			assert.ok(ADDRESS_TITLES.has(title), title);
		}
	});

	it('knows the nouns a description uses for a titled person, with the spellings of each title', () => {
		assert.ok(TITLE_NOUNS.has('doctor') && TITLE_NOUNS.has('squire'));
		assert.ok(!TITLE_NOUNS.has('madame'), 'a bare title is no noun after ');
		assert.ok(!TITLE_NOUNS.has('mr'));
		assert.deepStrictEqual(TITLE_SPELLINGS.doctor, ['dr', 'doctor']);
		assert.deepStrictEqual(TITLE_SPELLINGS.madame, ['madame', 'mme']);
		for (const noun of TITLE_NOUNS) {
			assert.ok(SPEAKER_TITLES.has(noun), noun);
		}
	});
});
