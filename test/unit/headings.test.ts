import * as assert from 'assert';
import { compileHeadingPatterns, DEFAULT_HEADING_PATTERNS, classifyBlock } from '../../src/core/headings';

function classify(text: string, isFirst = false) {
	return classifyBlock(text, DEFAULT_HEADING_PATTERNS, isFirst);
}

describe('headings', () => {
	const chapters: [string, string, 1 | 2][] = [
		['# The Lamp', 'The Lamp', 1],
		['## The Teeth', 'The Teeth', 2],
		['Chapter 12', 'Chapter 12', 2],
		['CHAPTER XII.', 'CHAPTER XII.', 2],
		['CHAPTER I', 'CHAPTER I', 2],
		['Chapter One: The Storm', 'Chapter One: The Storm', 2],
		['Part Two', 'Part Two', 1],
		['BOOK ONE: 1805', 'BOOK ONE: 1805', 1],
		['Prologue', 'Prologue', 2],
		['FIRST EPILOGUE: 1813 - 20', 'FIRST EPILOGUE: 1813 - 20', 1],
		['XIV', 'XIV', 2],
		['I. The Period', 'I. The Period', 2],
		['XII. THE RETURN OF ULYSSES', 'XII. THE RETURN OF ULYSSES', 2],
	];
	for (const [line, title, level] of chapters) {
		it(`reads "${line}" as a level ${level} chapter`, () => {
			assert.deepStrictEqual(classify(line), { kind: 'chapter', title, level });
		});
	}

	const breaks = ['***', '* * *', '#', '---', '~~~', '§', '⁂', '•••', 'o0o', '   * * *   '];
	for (const line of breaks) {
		it(`reads "${line}" as a scene break`, () => {
			assert.deepStrictEqual(classify(line), { kind: 'sceneBreak' });
		});
	}

	it('titles the next scene with a level-3 Markdown heading', () => {
		assert.deepStrictEqual(classify('### The Harbour at Night'), { kind: 'sceneBreak', title: 'The Harbour at Night' });
	});

	const prose = [
		'I said nothing.',
		'I. e. the rest of it was lost, and the keeper never\nwrote it down.',
		'    CHAPTER I',
		'Chapter after chapter she read on, by the light of the lamp, until the oil ran dry and the dawn came grey over the sea.',
		'She stood in the lamp room.',
	];
	for (const text of prose) {
		it(`leaves "${text.replace(/\n/g, '⏎')}" as prose`, () => {
			assert.strictEqual(classify(text), undefined);
		});
	}

	it('recognises the Gutenberg markers around a book', () => {
		assert.deepStrictEqual(classify('*** START OF THE PROJECT GUTENBERG EBOOK THE LIGHT ***'), { kind: 'gutenbergStart' });
		assert.deepStrictEqual(classify('*** END OF THIS PROJECT GUTENBERG EBOOK THE LIGHT ***'), { kind: 'gutenbergEnd' });
	});

	it('knows front matter only at the top of a file', () => {
		const yaml = '---\ntitle: The Gullhaven Light\nauthor: M. Quill\n---';
		assert.deepStrictEqual(classify(yaml, true), { kind: 'frontMatter' });
		assert.strictEqual(classify(yaml, false), undefined);
	});

	it('uses a writer’s own patterns', () => {
		const patterns = compileHeadingPatterns('Kapitel \\d+', '\\+\\+\\+');
		assert.deepStrictEqual(classifyBlock('Kapitel 3', patterns, false), { kind: 'chapter', title: 'Kapitel 3', level: 2 });
		assert.deepStrictEqual(classifyBlock('+++', patterns, false), { kind: 'sceneBreak' });
		assert.strictEqual(classifyBlock('Chapter 3', patterns, false), undefined);
	});

	it('names the bad pattern in its error', () => {
		assert.throws(() => compileHeadingPatterns('Chapter (', '\\*\\*\\*'), /chapter pattern is not a valid regular expression/);
	});
});
