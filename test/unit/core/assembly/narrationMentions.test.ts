import * as assert from 'assert';
import { analyzeStory } from '../../../../src/core';
import { mentionNarrated } from '../../../../src/core/assembly/narrationMentions';

const speakersOf = (paragraphs: string[]) => analyzeStory(paragraphs.join('\n\n')).dialogue.map(span => span.speaker);

describe('narrationMentions', () => {
	it('takes no participle or adverb opening a sentence for the person a `she said` after it points to', () => {
		const story = [
			'"You are late," said Tom.',
			'"I know," said Nell.',
			'Flustered, Nell went up to her room. Flustered and cross, she sat by the window.',
			'"What a fool I am!" she said to herself.',
		];
		assert.deepStrictEqual(speakersOf(story), ['Tom', 'Nell', 'Nell']);
	});

	it('but takes a name a title opens, though the title alone names no one', () => {
		const story = [
			'"You are late," said Tom.',
			'"I know," said Nell.',
			'Tom went out. Mrs. Pell came in from the yard, and she set down her basket.',
			'"Who is late?" she asked.',
		];
		assert.deepStrictEqual(speakersOf(story), ['Tom', 'Nell', 'Mrs. Pell']);
	});

	it('notes no month or weekday the narration names among the people it shows', () => {
		const text = 'Nell rowed and swam all summer, and Tom with her; and when September came she was strong again.';
		const noted: string[] = [];
		mentionNarrated(analyzeStory(text).blocks[0], undefined, noted);
		const names = noted.filter(note => /^\p{Lu}/u.test(note));
		assert.ok(names.includes('Nell') && names.includes('Tom'), names.join(', '));
		assert.ok(!names.includes('September'), names.join(', '));
	});

	it('takes no place a head word ends for the woman a `said she` points to', () => {
		const story = [
			'Otter went home to Otter Hall. Otter Hall was large. He loved Otter Hall.',
			'The Otter sat by the fire with the girl.',
			'‘Tell me about Otter Hall,’ said she. ‘It sounds grand.’',
			'‘Otter Hall,’ said the Otter proudly, ‘is the finest house on the river.’',
			'‘Go on,’ said the girl.',
		];
		assert.deepStrictEqual(speakersOf(story), ['the girl', 'the girl', 'Otter', 'Otter', 'the girl']);
	});

	it('takes no shortened title standing alone for someone present', () => {
		const story = [
			'"Goodbye," said Nell.',
			'Nell was walked to the gate by Mr. Quill, and he sent his thanks to Mr. and Mrs. Pike, though he had never met them. Then he suddenly remembered something.',
			'"But," he added, "give them my regards."',
		];
		assert.deepStrictEqual(speakersOf(story), ['Nell', 'Mr. Quill', 'Mr. Quill']);
	});
});
