// The built-in chapter-line rules on their own: which lines they take, and what kind of division each names.
import * as assert from 'assert';
import { chapterLineKind, isChapterLine, isNumeralAlone, numeralValue } from '../../../../src/core/structure/chapterLine';

describe('chapterLine', () => {
	it('names parts and books as books, whatever the language or the case', () => {
		const books = [
			'BOOK ONE: 1805',
			'Part Two',
			'part 3',
			'Book the First--Recalled to Life',
			'DEUXIÈME PARTIE',
			'Zweiter Teil',
			'Drittes Buch',
			'LIBRO PRIMERO',
			'Second Book',
		];
		assert.deepStrictEqual(
			books.filter(line => !(isChapterLine(line) && chapterLineKind(line).book)),
			[],
		);
	});

	it('names chapters as neither books nor sections', () => {
		for (const line of ['Chapter 12', 'CHAPTER XII.', 'ERSTES KAPITEL', 'CHAPITRE PREMIER', 'Capítulo 3', 'XIV', 'I. The Period']) {
			assert.ok(isChapterLine(line), line);
			assert.deepStrictEqual(chapterLineKind(line), { book: false, section: false }, line);
		}
	});

	it('names prologues and epilogues as sections, numbered or not', () => {
		for (const line of ['Prologue', 'FIRST EPILOGUE: 1813 - 20', 'Epilogue — Ten Years Later', 'POST-PRÓLOGO', 'POR MODO DE EPÍLOGO']) {
			assert.ok(isChapterLine(line), line);
			assert.deepStrictEqual(chapterLineKind(line), { book: false, section: true }, line);
		}
	});

	it('wants a real number after the division word', () => {
		for (const line of ['Chapter and verse', 'Part of me', 'Book it', 'Chapter did', 'Chapter', 'Part the way', 'Chapter one of the best']) {
			assert.strictEqual(isChapterLine(line), false, line);
		}
		for (const line of ['Chapter 2024', 'Chapter iv', 'Chapter Twenty One', 'Chapter twenty-one', 'Part the Second']) {
			assert.strictEqual(isChapterLine(line), true, line);
		}
	});

	it('knows a numeral alone: roman in capitals, or up to three digits', () => {
		const words = ['XIV', 'XXX.', '7', '12.', 'MCMXC', 'xiv', 'IIII', '1805', 'VX'];
		assert.deepStrictEqual(words.filter(isNumeralAlone), ['XIV', 'XXX.', '7', '12.', 'MCMXC']);
	});

	it('reads the value of a numeral line', () => {
		assert.deepStrictEqual(['XXIX', 'XXX', 'XIV.', 'MCMXC', '7', 'Chapter 7'].map(numeralValue), [29, 30, 14, 1990, 7, undefined]);
	});
});
