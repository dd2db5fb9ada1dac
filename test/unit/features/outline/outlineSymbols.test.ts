// The outline: parts hold chapters, chapters hold scenes, each with its words; a jump selects a chapter's
// heading or a scene's first line.
import * as assert from 'assert';
import { analyzeStory, DEFAULT_OPTIONS } from '../../../../src/core';
import { OutlineSymbol, outlineSymbols } from '../../../../src/features/outline/outlineSymbols';
import { LAMP_STORY, linesOf } from '../storyLines';

const words = (count: number) => `${count} words`;

/** A symbol as the writer reads it in Outline: name, words, and the text a jump selects. */
function shape(text: string, symbol: OutlineSymbol): unknown {
	return [
		symbol.kind,
		symbol.name,
		symbol.detail,
		text.slice(symbol.selectionRange.start, symbol.selectionRange.end),
		symbol.children.map(child => shape(text, child)),
	];
}

describe('outlineSymbols', () => {
	it('nests chapters in their part and scenes in their chapter, with what each holds and what a jump selects', () => {
		const symbols = outlineSymbols(analyzeStory(LAMP_STORY), linesOf(LAMP_STORY), words);
		assert.deepStrictEqual(
			symbols.map(symbol => shape(LAMP_STORY, symbol)),
			[
				[
					'part',
					'PART ONE',
					'31 words · 2 chapters',
					'PART ONE',
					[
						[
							'chapter',
							'Chapter 1',
							'23 words · 2 scenes',
							'Chapter 1',
							[
								['scene', 'Scene 1', '7 words', 'Mira lit the lamp.', []],
								['scene', 'Scene 2', '14 words', '"Who is there?" she called. "Come out', []],
							],
						],
						// Told in one untitled scene: the chapter is the scene, and lists none under it.
						['chapter', 'Chapter 2', '6 words', 'Chapter 2', []],
					],
				],
			],
		);
	});

	it('lists a chapter’s one scene when the prose titles it', () => {
		const text = '# The Crossing\n\n### Night Ferry\n\nThe ferry left at ten.\n';
		const symbols = outlineSymbols(analyzeStory(text, { ...DEFAULT_OPTIONS, markdown: true }), linesOf(text), words);
		assert.deepStrictEqual(
			symbols.map(symbol => shape(text, symbol)),
			[['part', 'The Crossing', '9 words', '# The Crossing', [['scene', 'Night Ferry', '5 words', 'The ferry left at ten.', []]]]],
		);
	});

	it('spans each symbol over its part of the story', () => {
		const [part] = outlineSymbols(analyzeStory(LAMP_STORY), linesOf(LAMP_STORY), words);
		assert.ok(LAMP_STORY.slice(part.range.start, part.range.end).startsWith('PART ONE'));
		assert.ok(LAMP_STORY.slice(part.range.start, part.range.end).endsWith('The sea was quiet.'));
		const scene = part.children[0].children[1];
		assert.strictEqual(LAMP_STORY.slice(scene.range.start, scene.range.end), '"Who is there?" she called. "Come out\nof the rain."\n\n"Only me," said Tom.');
	});

	it('puts scenes outside any chapter at the top, in story order', () => {
		const text = 'The tide went out.\n\n***\n\nThe tide came in.\n';
		const symbols = outlineSymbols(analyzeStory(text), linesOf(text), words);
		assert.deepStrictEqual(
			symbols.map(symbol => shape(text, symbol)),
			[
				['scene', 'Scene 1', '4 words', 'The tide went out.', []],
				['scene', 'Scene 2', '4 words', 'The tide came in.', []],
			],
		);
	});

	it('outlines an empty story as nothing', () => {
		assert.deepStrictEqual(outlineSymbols(analyzeStory(''), linesOf(''), words), []);
	});
});
