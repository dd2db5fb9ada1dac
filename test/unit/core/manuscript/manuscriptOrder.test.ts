// The reading order of a manuscript's files.
import * as assert from 'assert';
import { comparePaths, orderPaths, parseOrderFile } from '../../../../src/core/manuscript/manuscriptOrder';

describe('manuscriptOrder', () => {
	it('sorts numbers by value: 2-x before 10-y', () => {
		assert.deepStrictEqual(orderPaths(['10-the-tide.md', '2-the-teeth.md', '1-the-lamp.md']), ['1-the-lamp.md', '2-the-teeth.md', '10-the-tide.md']);
	});

	it('keeps a folder’s files together and orders folders by their numbers too', () => {
		assert.deepStrictEqual(orderPaths(['part10/01.md', 'part2/10.md', 'part2/9.md', 'prologue.md', 'part2.md']), [
			'part2.md',
			'part2/9.md',
			'part2/10.md',
			'part10/01.md',
			'prologue.md',
		]);
	});

	it('ignores case in names but still gives names differing only in case a fixed order', () => {
		assert.ok(comparePaths('Chapter-3.md', 'chapter-10.md') < 0);
		assert.ok(comparePaths('Notes.md', 'notes.md') !== 0);
		assert.strictEqual(Math.sign(comparePaths('Notes.md', 'notes.md')), -Math.sign(comparePaths('notes.md', 'Notes.md')));
	});

	it('puts the files the writer listed first, in their order, then the rest naturally', () => {
		const order = ['./epilogue.md', 'chapters\\02.md', 'chapters/01.md', 'missing.md'];
		assert.deepStrictEqual(orderPaths(['chapters/01.md', 'chapters/02.md', 'chapters/03.md', 'epilogue.md', 'appendix.md'], order), [
			'epilogue.md',
			'chapters/02.md',
			'chapters/01.md',
			'appendix.md',
			'chapters/03.md',
		]);
	});

	it('reads .dramatis/order.json as a list or as { "order": [...] }', () => {
		assert.deepStrictEqual(parseOrderFile('["b.md", "./a.md"]'), { order: ['b.md', 'a.md'] });
		assert.deepStrictEqual(parseOrderFile('{ "order": ["b.md"] }'), { order: ['b.md'] });
	});

	it('explains what is wrong with a bad order file', () => {
		const broken = parseOrderFile('["b.md",');
		assert.ok('error' in broken && /not valid JSON/.test(broken.error));
		const wrongShape = parseOrderFile('{ "files": 3 }');
		assert.ok('error' in wrongShape && /must be a list of file paths/.test(wrongShape.error));
		const wrongItems = parseOrderFile('[1, 2]');
		assert.ok('error' in wrongItems);
	});
});
