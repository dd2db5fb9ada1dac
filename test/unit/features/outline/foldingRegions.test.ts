// What folds: each part, chapter and scene that spans lines, and the edition's matter as a comment block.
import * as assert from 'assert';
import { analyzeStory } from '../../../../src/core';
import { foldingRegions } from '../../../../src/features/outline/foldingRegions';
import { LAMP_STORY, linesOf } from '../storyLines';

describe('foldingRegions', () => {
	it('folds the part, its chapters and their scenes, and the matter before and after the story', () => {
		assert.deepStrictEqual(foldingRegions(analyzeStory(LAMP_STORY), linesOf(LAMP_STORY)), [
			{ startLine: 4, endLine: 20, kind: 'region' }, // PART ONE
			{ startLine: 6, endLine: 16, kind: 'region' }, // Chapter 1
			{ startLine: 18, endLine: 20, kind: 'region' }, // Chapter 2
			{ startLine: 8, endLine: 9, kind: 'region' }, // the lamp lit
			{ startLine: 13, endLine: 16, kind: 'region' }, // who is there
			// Chapter 2's one-line scene has nothing to fold.
			{ startLine: 0, endLine: 2, kind: 'comment' }, // the title and the licence's start
			{ startLine: 22, endLine: 24, kind: 'comment' }, // the licence, to its last line of text
		]);
	});

	it('folds nothing in a story of one line', () => {
		const text = 'The gull screamed once and was gone.';
		assert.deepStrictEqual(foldingRegions(analyzeStory(text), linesOf(text)), []);
	});

	it('counts lines the same across Windows line breaks', () => {
		const text = LAMP_STORY.replace(/\n/g, '\r\n');
		assert.deepStrictEqual(foldingRegions(analyzeStory(text), linesOf(text)), foldingRegions(analyzeStory(LAMP_STORY), linesOf(LAMP_STORY)));
	});
});
