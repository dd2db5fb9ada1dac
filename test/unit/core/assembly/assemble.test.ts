// The story's shape from its paragraphs: which text is the book, its chapters and scenes, and what
// each scene knows. Each fixture is a small story built around one trap.
import * as assert from 'assert';
import { analyzeStory } from '../../../../src/core/assembly/analyze';
import { StoryModel } from '../../../../src/core/model';
import { DEFAULT_OPTIONS } from '../../../../src/core/assembly/options';

/** Chapter titles, those inside a part or book indented under it. */
const outline = (model: StoryModel) =>
	model.chapters.map(chapter => {
		const nested = model.chapters.some(part => part.level < chapter.level && part.start <= chapter.start && chapter.end <= part.end);
		return `${nested ? '  ' : ''}${chapter.title}`;
	});
const textOf = (text: string, range: { start: number; end: number }) => text.slice(range.start, range.end);

// A small book the way Project Gutenberg publishes one: header, START marker, credits, title page, an
// indented contents list, the book, a closing line, END marker and licence. Written for this test.
const GUTENBERG_BOOK = [
	'\ufeffThe Project Gutenberg eBook of The Gullhaven Light, by Ada Quill',
	'',
	'This eBook is for the use of anyone anywhere at no cost and with',
	'almost no restrictions whatsoever.',
	'',
	'Title: The Gullhaven Light',
	'',
	'Author: Ada Quill',
	'',
	'*** START OF THE PROJECT GUTENBERG EBOOK THE GULLHAVEN LIGHT ***',
	'',
	'',
	'Produced by the Gullhaven Reading Circle',
	'',
	'',
	'THE GULLHAVEN LIGHT',
	'',
	'By Ada Quill',
	'',
	'    CONTENTS',
	'',
	'    BOOK ONE: THE LAMP',
	'',
	'    CHAPTER I',
	'',
	'    CHAPTER II',
	'',
	'    EPILOGUE',
	'',
	'',
	'BOOK ONE: THE LAMP',
	'',
	'',
	'CHAPTER I',
	'',
	'The storm came in over Gullhaven an hour before dusk, and by the time Mara',
	'had climbed the hundred and twelve steps the windows were streaming.',
	'',
	'“Tobias,” she called down the stairwell, “shut the door properly.”',
	'',
	'* * *',
	'',
	'He brought soup in a tin can wrapped in newspaper, and they ate it on the',
	'gallery with their backs to the glass while the beam swept the water.',
	'',
	'CHAPTER II',
	'',
	'No ship came that night, nor the next, and the harbour master stopped',
	'asking after the Marguerite by the end of the week.',
	'',
	'',
	'EPILOGUE',
	'',
	'Years later the lamp was electric, and nobody climbed the steps at dusk',
	'any more except Mara, who did it out of habit and for the view.',
	'',
	'',
	'End of the Project Gutenberg EBook of The Gullhaven Light, by Ada Quill',
	'',
	'*** END OF THE PROJECT GUTENBERG EBOOK THE GULLHAVEN LIGHT ***',
	'',
	'Section 1. General Terms of Use and Redistributing Project Gutenberg-tm',
	'electronic works, and more licence text that is not the book.',
	'',
].join('\r\n');

describe('assemble: Gutenberg front and back matter', () => {
	const model = analyzeStory(GUTENBERG_BOOK);

	it('outlines the book and nothing of the edition: no contents entries, no title page', () => {
		assert.deepStrictEqual(outline(model), ['BOOK ONE: THE LAMP', '  CHAPTER I', '  CHAPTER II', 'EPILOGUE']);
	});

	it('counts only the book’s words: headings and prose, not header, credits, title page, contents or licence', () => {
		// BOOK ONE: THE LAMP (4) + CHAPTER I (2) + 26 + 10 + 29 + CHAPTER II (2) + 23 + EPILOGUE (1) + 27.
		assert.strictEqual(model.words, 4 + 2 + 26 + 10 + 29 + 2 + 23 + 1 + 27);
		assert.deepStrictEqual(
			model.chapters.map(chapter => chapter.words),
			[4 + 2 + 26 + 10 + 29 + 2 + 23, 2 + 26 + 10 + 29, 2 + 23, 1 + 27],
		);
	});

	it('sets the body from the first heading to the last line of the epilogue', () => {
		assert.ok(textOf(GUTENBERG_BOOK, model.body).startsWith('BOOK ONE: THE LAMP'));
		assert.ok(textOf(GUTENBERG_BOOK, model.body).endsWith('for the view.'));
	});

	it('marks the header with the title page, and the closing line with the licence, as matter', () => {
		assert.strictEqual(model.matter.length, 2);
		const [front, back] = model.matter.map(range => textOf(GUTENBERG_BOOK, range));
		assert.ok(front.startsWith('\ufeffThe Project Gutenberg eBook') && front.endsWith('    EPILOGUE'), front);
		assert.ok(back.startsWith('End of the Project Gutenberg EBook') && back.endsWith('not the book.\r\n'), back);
	});

	it('places the epilogue beside the book, since the book has parts', () => {
		assert.deepStrictEqual(
			model.chapters.map(chapter => chapter.level),
			[1, 2, 2, 1],
		);
	});
});

describe('assemble: chapters', () => {
	it('leaves an indented table of contents out when the chapters themselves sit at the margin', () => {
		const text =
			'Contents\n\n    Chapter 1\n\n    Chapter 2\n\nChapter 1\n\nThe gulls came back before the boats did, circling the harbour wall and crying over the empty moorings.\n\nChapter 2\n\nThe lamp went out at midnight and nobody in Gullhaven saw it go, not even the keeper.\n';
		assert.deepStrictEqual(outline(analyzeStory(text)), ['Chapter 1', 'Chapter 2']);
	});

	it('skips a contents page whose entries stand at the margin, up to the chapter that has prose', () => {
		const text = [
			'Contents',
			'Chapter 1',
			'Chapter 2',
			'Chapter 3',
			'Chapter 1',
			'The gulls came back before the boats did, and the keeper counted every one of them from the gallery rail until his fingers went numb.',
			'Chapter 2',
			'Rain. Then more rain, as if the sky had a grudge against the harbour and meant to settle it before the ferry came in on Tuesday.',
			'Chapter 3',
			'“You’re late,” said Mara, and Tobias said nothing at all, which was how she knew the boat had not come back and would not.',
		].join('\n\n');
		const model = analyzeStory(text);
		assert.deepStrictEqual(outline(model), ['Chapter 1', 'Chapter 2', 'Chapter 3']);
		assert.ok(textOf(text, model.chapters[0]).startsWith('Chapter 1\n\nThe gulls'));
		assert.strictEqual(model.matter.length, 1);
		assert.strictEqual(textOf(text, model.matter[0]), 'Contents\n\nChapter 1\n\nChapter 2\n\nChapter 3');
	});

	it('leaves a contents page at the back of the book out, to the end', () => {
		const text = [
			'PREMIÈRE PARTIE',
			'CHAPITRE PREMIER',
			'La mer était calme ce soir-là, et le gardien comptait les mouettes une à une depuis la galerie du phare, sans se presser.',
			'TABLE DES MATIÈRES.',
			'PREMIÈRE PARTIE.',
			'  CHAPITRE I.     La mer calme.     1\n           II.    Le phare.         7',
			'DEUXIÈME PARTIE.',
			'  CHAPITRE I.     La tempête.      13',
		].join('\n\n');
		const model = analyzeStory(text);
		assert.deepStrictEqual(outline(model), ['PREMIÈRE PARTIE', '  CHAPITRE PREMIER']);
		assert.ok(textOf(text, model.matter[0]).startsWith('TABLE DES MATIÈRES.'));
		assert.strictEqual(model.matter[0].end, text.length);
	});

	it('takes indented headings when every heading of the book is indented (centred headings)', () => {
		const text = '          CHAPTER I\n\nThe gulls came back before the boats did.\n\n          CHAPTER II\n\nThe lamp went out at midnight.\n';
		assert.deepStrictEqual(outline(analyzeStory(text)), ['CHAPTER I', 'CHAPTER II']);
	});

	it('reads XXX as chapter thirty among numeral chapters, and as a scene break elsewhere', () => {
		const numbered = 'XXVIII\n\nThe gulls.\n\nXXIX\n\nThe boats.\n\nXXX\n\nThe lamp.\n\nXXXI\n\nThe end.\n';
		assert.deepStrictEqual(outline(analyzeStory(numbered)), ['XXVIII', 'XXIX', 'XXX', 'XXXI']);
		const broken = 'Chapter 1\n\nThe gulls came back.\n\nXXX\n\nThe boats did not.\n';
		const model = analyzeStory(broken);
		assert.deepStrictEqual(outline(model), ['Chapter 1']);
		assert.strictEqual(model.scenes.length, 2);
		const numberedWithBreak = 'XI\n\nThe gulls.\n\nXII\n\nThe boats.\n\nXXX\n\nThe lamp.\n';
		assert.deepStrictEqual(outline(analyzeStory(numberedWithBreak)), ['XI', 'XII']);
	});

	it('titles a chapter with the line in capitals beneath its heading, but not with shouted speech', () => {
		const text =
			'ERSTES KAPITEL\n\nDER LEUCHTTURM · DIE MÖWEN\n\nJemand hatte die Lampe gelöscht.\n\nZWEITES KAPITEL\n\n“HALT!”\n\nDer Wärter lief die Treppe hinab.\n';
		const model = analyzeStory(text);
		assert.deepStrictEqual(outline(model), ['ERSTES KAPITEL — DER LEUCHTTURM · DIE MÖWEN', 'ZWEITES KAPITEL']);
		assert.strictEqual(model.scenes[0].firstLine, 'Jemand hatte die Lampe gelöscht.');
		assert.strictEqual(model.scenes[1].firstLine, '“HALT!”');
	});

	it('titles a chapter with a quoted line in capitals, which is not speech', () => {
		const text = 'CHAPTER I\n\n‘THE LAST FERRY’\n\nThe ferry left at dusk.\n\n‘Wait!’ cried Mara.\n';
		const model = analyzeStory(text);
		assert.deepStrictEqual(outline(model), ['CHAPTER I — ‘THE LAST FERRY’']);
		assert.deepStrictEqual(
			model.dialogue.map(span => text.slice(span.start, span.end)),
			['‘Wait!’'],
		);
	});

	it('makes a prologue and an epilogue chapters in a book without parts', () => {
		const text = 'Prologue\n\nBefore the lamp, there was the dark.\n\nChapter 1\n\nThe lamp.\n\nEpilogue\n\nAfter the lamp, the dark again.\n';
		const model = analyzeStory(text);
		assert.deepStrictEqual(
			model.chapters.map(chapter => [chapter.title, chapter.level]),
			[
				['Prologue', 2],
				['Chapter 1', 2],
				['Epilogue', 2],
			],
		);
	});

	it('nests chapters in parts, and ends each at its last paragraph', () => {
		const text = 'Part One\n\nChapter 1\n\nThe gulls.\n\nChapter 2\n\nThe boats.\n\n\nPart Two\n\nChapter 3\n\nThe lamp.\n';
		const model = analyzeStory(text);
		assert.deepStrictEqual(outline(model), ['Part One', '  Chapter 1', '  Chapter 2', 'Part Two', '  Chapter 3']);
		assert.deepStrictEqual(
			model.chapters.map(chapter => textOf(text, chapter).split('\n\n').pop()),
			['The boats.', 'The gulls.', 'The boats.', 'The lamp.', 'The lamp.'],
		);
	});

	it('reads Markdown chapters and leaves a Markdown contents list out', () => {
		const text =
			'## Contents\n\n- [The Lamp](#the-lamp)\n- [The Tide](#the-tide)\n\n# The Lamp\n\nThe storm came in over Gullhaven an hour before dusk, and Mara climbed the hundred and twelve steps to light the lamp.\n\n# The Tide\n\nThe tide went out further than anyone in Gullhaven could remember, and the wreck of the Marguerite stood up out of the sand.\n';
		const model = analyzeStory(text, { ...DEFAULT_OPTIONS, markdown: true });
		assert.deepStrictEqual(outline(model), ['The Lamp', 'The Tide']);
	});

	it('does not count an illustration placeholder or make a scene of it', () => {
		const text = 'Chapter 1\n\n[Illustration: THE LAMP\n\nAT DUSK]\n\nThe storm came in.\n';
		const model = analyzeStory(text);
		assert.strictEqual(model.words, 2 + 4);
		assert.strictEqual(model.scenes.length, 1);
		assert.strictEqual(model.scenes[0].firstLine, 'The storm came in.');
	});

	it('leaves YAML front matter out of the book', () => {
		const text = '---\ntitle: The Lamp\n---\n\n# Chapter One\n\nThe storm came in.\n';
		const model = analyzeStory(text, { ...DEFAULT_OPTIONS, markdown: true });
		assert.deepStrictEqual(outline(model), ['Chapter One']);
		assert.strictEqual(model.words, 2 + 4);
		assert.deepStrictEqual(model.matter, [{ start: 0, end: text.indexOf('\n\n#') }]);
	});
});

describe('assemble: scenes', () => {
	const text = [
		'# The Lamp',
		'The storm came in over Gullhaven.',
		'“Tobias,” she called, “shut the door.”',
		'* * *',
		'* * *',
		'He brought soup.',
		'### Night on the Gallery',
		'They ate it with their backs to the glass.',
		'# The Tide',
		'---',
		'The tide went out.',
	].join('\n\n');
	const model = analyzeStory(text, { ...DEFAULT_OPTIONS, markdown: true });

	it('splits chapters into scenes at breaks, titling them by their heading or their number in the chapter', () => {
		assert.deepStrictEqual(
			model.scenes.map(scene => [model.chapters[scene.chapterIndex].title, scene.title]),
			[
				['The Lamp', 'Scene 1'],
				['The Lamp', 'Scene 2'],
				['The Lamp', 'Night on the Gallery'],
				['The Tide', 'Scene 1'],
			],
		);
	});

	it('knows each scene’s words, dialogue words, first line and range', () => {
		assert.deepStrictEqual(
			model.scenes.map(scene => [scene.words, scene.dialogueWords, scene.firstLine]),
			[
				[6 + 6, 4, 'The storm came in over Gullhaven.'],
				[3, 0, 'He brought soup.'],
				[9, 0, 'They ate it with their backs to the glass.'],
				[4, 0, 'The tide went out.'],
			],
		);
		assert.strictEqual(textOf(text, model.scenes[0]), 'The storm came in over Gullhaven.\n\n“Tobias,” she called, “shut the door.”');
	});

	it('has no cast before the cast is known', () => {
		assert.ok(model.scenes.every(scene => scene.characters.length === 0));
	});

	it('cuts a long first line short', () => {
		const long = `${'The gulls wheeled and cried over the harbour wall '.repeat(3)}and the boats came home.`;
		const [scene] = analyzeStory(long).scenes;
		assert.ok(scene.firstLine.length <= 80 && scene.firstLine.endsWith('…'), scene.firstLine);
	});
});

describe('assemble: point of view', () => {
	it('guesses first person from narration full of I and my', () => {
		const text =
			'I climbed the steps at dusk, as my father had, and I lit the lamp. My hands shook. I watched the water for the Marguerite until I could not see the water at all, and then I went down to my bed.';
		assert.strictEqual(analyzeStory(text).scenes[0].pointOfView, 'first person');
	});

	it('does not take the I of dialogue for first-person narration', () => {
		const text =
			'“I climbed the steps,” Mara said, “and I lit the lamp, and I watched, and I waited, and I saw nothing.” Tobias put down the soup and looked at her for a long time, and then at the dark window behind her where the beam went round.';
		assert.strictEqual(analyzeStory(text).scenes[0].pointOfView, undefined);
	});

	it('says nothing about a scene too short to tell', () => {
		assert.strictEqual(analyzeStory('I went up.').scenes[0].pointOfView, undefined);
	});
});
