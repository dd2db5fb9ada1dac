// What a single paragraph is, on its own: a chapter line, a scene break, a contents page, a Gutenberg
// fence, or prose. What the document around it makes of it is assemble.test.ts's business.
import * as assert from 'assert';
import { classifyBlock, compileHeadingPatterns, DEFAULT_HEADING_PATTERNS } from '../../../../src/core/structure/headings';
import { Heading } from '../../../../src/core/structure/types';

const classify = (text: string, isFirst = false): Heading | undefined => classifyBlock(text, DEFAULT_HEADING_PATTERNS, isFirst);

describe('headings: chapter lines', () => {
	const chapters: [line: string, level: 1 | 2, title?: string][] = [
		['Chapter 12', 2],
		['CHAPTER XII.', 2],
		['CHAPTER I', 2],
		['Chapter Twenty-One', 2],
		['Chapter 3: The Storm at Gullhaven', 2],
		['Chapter One: The Storm', 2],
		['Chapter 3 The Storm', 2],
		['chapter iv', 2],
		['Part Two', 1],
		['PART 2 — WINTER', 1],
		['BOOK ONE: 1805', 1],
		['BOOK FIVE: 1806 - 07', 1],
		['Book the First--Recalled to Life', 1],
		['Volume III', 1],
		['XIV', 2],
		['7.', 2],
		['I. The Period', 2],
		['XII. THE RETURN OF ULYSSES', 2],
		['XI. ‘LIKE SUMMER TEMPESTS CAME HIS TEARS’', 2],
		['CHAPITRE PREMIER', 2],
		['DEUXIÈME PARTIE', 1],
		['ERSTES KAPITEL', 2],
		['Zweiter Teil', 1],
		['Capítulo 3', 2],
		['LIBRO PRIMERO', 1],
	];
	for (const [line, level] of chapters) {
		it(`reads ${JSON.stringify(line)} as a level-${level} heading`, () => {
			const heading = classify(line);
			assert.ok(heading?.kind === 'chapter', `${line} is a chapter heading, got ${JSON.stringify(heading)}`);
			assert.strictEqual(heading.title, line);
			assert.strictEqual(heading.level, level);
			assert.strictEqual(heading.section, false);
		});
	}

	const sections = [
		'Prologue',
		'EPILOGUE',
		'Epilogue — Ten Years Later',
		'FIRST EPILOGUE: 1813 - 20',
		'SECOND EPILOGUE',
		'Afterword',
		'PRÓLOGO',
		'POST-PRÓLOGO',
		'POR MODO DE EPÍLOGO',
		'NACHWORT',
		'Préface',
	];
	for (const line of sections) {
		it(`reads ${JSON.stringify(line)} as a section, whose level the document decides`, () => {
			const heading = classify(line);
			assert.ok(heading?.kind === 'chapter' && heading.section, `${line} is a section heading, got ${JSON.stringify(heading)}`);
		});
	}

	it('marks a numeral alone, so that XXX among numbered chapters reads as thirty', () => {
		assert.deepStrictEqual(
			[classify('XXIX'), classify('12'), classify('CHAPTER XII')].map(heading => heading?.kind === 'chapter' && heading.numeral),
			[true, true, false],
		);
		const thirty = classify('XXX');
		assert.ok(thirty?.kind === 'sceneBreak' && thirty.chapter?.numeral, 'XXX is a scene break that may be the numeral thirty');
	});

	it('marks an indented chapter line, which may be a table-of-contents entry', () => {
		const heading = classify('    CHAPTER IV');
		assert.ok(heading?.kind === 'chapter');
		assert.strictEqual(heading.indented, true);
		assert.strictEqual(heading.title, 'CHAPTER IV');
		const flush = classify('CHAPTER IV');
		assert.ok(flush?.kind === 'chapter' && !flush.indented);
	});

	it('joins a chapter line and its title line in one paragraph', () => {
		assert.deepStrictEqual(pick(classify('CHAPTER I.\nTHE PERIOD')), { kind: 'chapter', title: 'CHAPTER I — THE PERIOD', level: 2 });
		assert.deepStrictEqual(pick(classify('Chapter 4\r\nThe Keeper’s Daughter')), { kind: 'chapter', title: 'Chapter 4 — The Keeper’s Daughter', level: 2 });
	});

	it('reads Markdown headings: # and ## open chapters, ### and deeper title a scene', () => {
		assert.deepStrictEqual(pick(classify('## The Teeth')), { kind: 'chapter', title: 'The Teeth', level: 2 });
		assert.deepStrictEqual(pick(classify('# The Crossing')), { kind: 'chapter', title: 'The Crossing', level: 1 });
		assert.deepStrictEqual(pick(classify('## Arrival ##')), { kind: 'chapter', title: 'Arrival', level: 2 });
		assert.deepStrictEqual(classify('### Night on the Gallery'), { kind: 'sceneBreak', title: 'Night on the Gallery' });
		assert.deepStrictEqual(classify('#### After the Storm'), { kind: 'sceneBreak', title: 'After the Storm' });
	});

	const prose = [
		'I said nothing.',
		'She stood in the lamp room.',
		'I. e. the rest of it was lost, and the keeper never\nwrote it down.',
		'Chapter after chapter she read on, by the light of the lamp, until the oil ran dry and the dawn came grey over the sea.',
		'Part of me wanted to stay.',
		'Chapter and verse, she could quote them all.',
		'Book it before the ferry fills up.',
		'Epilogue aside, the book was good.',
		'I. went home, I said, and nobody followed.',
		'Mild.',
		'Prologue, she called it, as if the worst were still to come.',
		'I. The first thing I remember is the smell of the sea, and\nthe gulls crying over the harbour wall all night long.',
		'CHAPTER IV\nand so the keeper went down the hundred and twelve steps, counting each one aloud as he went.',
		'Chapter 12 was the one where everything went wrong.',
	];
	for (const text of prose) {
		it(`leaves the prose ${JSON.stringify(text.slice(0, 40))}… alone`, () => {
			assert.strictEqual(classify(text), undefined);
		});
	}
});

describe('headings: scene breaks', () => {
	const breaks = [
		'***',
		'   * * *   ',
		'* * *',
		'*       *       *       *       *',
		'       *       *       *',
		'#',
		'---',
		'~~~',
		'§',
		'⁂',
		'•••',
		'o0o',
		'oOo',
		'xXx',
		'◆ ◆ ◆',
		'⸻',
		'+ + +',
		'~',
	];
	for (const line of breaks) {
		it(`reads ${JSON.stringify(line)} as a scene break`, () => {
			assert.strictEqual(classify(line)?.kind, 'sceneBreak');
		});
	}
	const notBreaks = ['*Emphasis*, she thought.', '- a list item', '--- and then the lamp went out', 'ooo, what a storm'];
	for (const line of notBreaks) {
		it(`does not read ${JSON.stringify(line)} as a break`, () => {
			assert.notStrictEqual(classify(line)?.kind, 'sceneBreak');
		});
	}
});

describe('headings: edition matter', () => {
	it('finds the Gutenberg START and END markers and the closing line', () => {
		assert.deepStrictEqual(classify('*** START OF THE PROJECT GUTENBERG EBOOK THE LAMP ***'), { kind: 'gutenbergStart' });
		assert.deepStrictEqual(classify('***START OF THIS PROJECT GUTENBERG EBOOK THE LAMP***'), { kind: 'gutenbergStart' });
		assert.deepStrictEqual(classify('*** END OF THIS PROJECT GUTENBERG EBOOK THE LAMP ***'), { kind: 'gutenbergEnd' });
		assert.deepStrictEqual(classify('End of the Project Gutenberg EBook of The Lamp, by A. Keeper'), { kind: 'gutenbergEnd' });
	});

	it('knows a table of contents by its heading, in several languages and as Markdown', () => {
		for (const line of ['Contents', 'CONTENTS', '    CONTENTS', 'Table of Contents', 'TABLE DES MATIÈRES.', 'Inhalt', 'ÍNDICE', '## Contents']) {
			assert.deepStrictEqual(classify(line), { kind: 'contents' }, line);
		}
	});

	it('knows the credits and illustration placeholders of a transcribed edition', () => {
		assert.deepStrictEqual(classify('Produced by the Gullhaven Reading Circle\nand friends'), { kind: 'credits' });
		assert.deepStrictEqual(classify('[Illustration: The lamp at dusk]'), { kind: 'illustration', closed: true });
		assert.deepStrictEqual(classify('[Illustration: THE LAMP'), { kind: 'illustration', closed: false });
	});

	it('knows YAML front matter only as the first paragraph', () => {
		const yaml = '---\ntitle: The Lamp\nauthor: A. Keeper\n---';
		assert.deepStrictEqual(classify(yaml, true), { kind: 'frontMatter' });
		assert.strictEqual(classify(yaml, false), undefined);
	});
});

describe('headings: patterns from settings', () => {
	it('uses a writer’s own chapter pattern instead of the built-in one', () => {
		const patterns = compileHeadingPatterns('Day \\d+|Kapitel \\d+', '\\+\\+\\+');
		assert.strictEqual(classifyBlock('Day 3', patterns, false)?.kind, 'chapter');
		assert.deepStrictEqual(pick(classifyBlock('Kapitel 3', patterns, false)), { kind: 'chapter', title: 'Kapitel 3', level: 2 });
		assert.strictEqual(classifyBlock('Chapter 3', patterns, false), undefined);
		assert.strictEqual(classifyBlock('+++', patterns, false)?.kind, 'sceneBreak');
		assert.strictEqual(classifyBlock('* * *', patterns, false), undefined);
	});

	it('names the bad pattern when one is not a regular expression', () => {
		assert.throws(
			() => compileHeadingPatterns('Chapter (\\d+', '\\*'),
			(error: Error) => error instanceof SyntaxError && /chapter pattern is not a valid regular expression/.test(error.message),
		);
		assert.throws(
			() => compileHeadingPatterns('Chapter \\d+', '[*'),
			(error: Error) => error instanceof SyntaxError && /scene break pattern/.test(error.message),
		);
	});

	it('refuses a pattern that matches an empty line', () => {
		assert.throws(() => compileHeadingPatterns('(?:Chapter \\d+)?', '\\*'), /matches an empty line/);
	});
});

function pick(heading: Heading | undefined): { kind: string; title?: string; level?: number } | undefined {
	if (heading?.kind !== 'chapter') {
		return heading;
	}
	return { kind: heading.kind, title: heading.title, level: heading.level };
}
