import * as assert from 'assert';
import { quoteSpeakers } from './quoteSpeakers';

describe('speakers: one spelling per person', () => {
	it('gives a lone first name to the one whose name starts with it, not to one whose name ends in it', () => {
		const story = [
			'"Hats off in the schoolroom," said Flora Jane.',
			'"Hello, all," said Jane Andrews.',
			'"The cows are out," said Jane.',
			'"Then fetch them," said Moody.',
			'"Not I," said Jane.',
		];
		assert.deepStrictEqual(quoteSpeakers(story).slice(2), ['"The cows are out," Jane Andrews', '"Then fetch them," Moody', '"Not I," Jane Andrews']);
	});

	it('keeps a lone first name apart from a name ending in it once the narration has used it as a first name', () => {
		const story = [
			'"Hats off in the schoolroom," said Flora Jane.',
			'Jane Andrews came in from the yard.',
			'"The cows are out," said Jane.',
			'"Then fetch them," said Moody.',
			'"Not I," said Jane.',
		];
		assert.deepStrictEqual(quoteSpeakers(story).slice(1), ['"The cows are out," Jane', '"Then fetch them," Moody', '"Not I," Jane']);
	});

	it('still joins a word the story also gives a Mr. to, as a surname, to the name ending in it', () => {
		const story = ['"Go," said Walter Lane.', 'Lane Hollis laughed at that.', '"Why?" asked Mr. Lane.', '"Because," said Dora.', '"No," said Lane.'];
		assert.deepStrictEqual(quoteSpeakers(story).slice(3), ['"No," Walter Lane']);
	});

	it('keeps `Miss Morland` apart from a sister’s full name when the story names two sisters of that surname', () => {
		const story = [
			'Katherine Morland and Nell Morland walked home by the mill.',
			'"I shall not dance tonight," said Katherine Morland.',
			'"Then I shall dance for us both," said Nell.',
			'"You will do nothing of the kind," said Miss Morland.',
		];
		assert.deepStrictEqual(quoteSpeakers(story).slice(2), ['"You will do nothing of the kind," Miss Morland']);
	});

	it('still joins `Miss Morland` to the one full name of that surname the story gives', () => {
		const story = [
			'Katherine Morland walked home by the mill.',
			'"I shall not dance tonight," said Katherine Morland.',
			'"Then I shall dance for us both," said Nell.',
			'"You will do nothing of the kind," said Miss Morland.',
		];
		assert.deepStrictEqual(quoteSpeakers(story).slice(2), ['"You will do nothing of the kind," Katherine Morland']);
	});
});
