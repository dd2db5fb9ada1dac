import * as assert from 'assert';
import { analyzeStory } from '../../../../src/core';

const speakersOf = (paragraphs: string[]) => analyzeStory(paragraphs.join('\n\n')).dialogue.map(span => span.speaker);

describe('a `she said` after narration about one of two women', () => {
	const talk = ['"Is the kettle on?" asked Mrs. Pell.', '"It is," said Nell.', '"Then pour," said Mrs. Pell.'];

	it('goes to the woman the narration was about, though the alternation would give it to the other', () => {
		const story = [...talk, 'The kettle sang. Mrs. Pell came back from the window. She looked tired.', '"Sit down, both of you," she said.'];
		assert.deepStrictEqual(speakersOf(story), ['Mrs. Pell', 'Nell', 'Mrs. Pell', 'Mrs. Pell']);
	});

	it('passes over a man the narration showed after her', () => {
		const story = [...talk, 'The kettle sang. Mrs. Pell came back from the window. Tom lit his pipe.', '"Sit down, both of you," she said.'];
		assert.deepStrictEqual(speakersOf(story), ['Mrs. Pell', 'Nell', 'Mrs. Pell', 'Mrs. Pell']);
	});

	it('does not go to her when the line speaks to her', () => {
		const story = [...talk, 'The kettle sang. Mrs. Pell came back from the window.', '"Sit down, Mrs. Pell," she said.'];
		assert.deepStrictEqual(speakersOf(story), ['Mrs. Pell', 'Nell', 'Mrs. Pell', 'Nell']);
	});

	it("leaves the turn to the alternation when the turn's own paragraph narrates before the quote", () => {
		// (The story makes Nell a she too, or the `she` would go to the one woman it knows.)
		const story = [
			...talk,
			'The kettle sang. Nell smoothed her apron. Mrs. Pell came back from the window.',
			'The clock struck, and at last she said, "Sit down, both of you."',
		];
		assert.deepStrictEqual(speakersOf(story), ['Mrs. Pell', 'Nell', 'Mrs. Pell', 'Nell']);
	});

	it('does not make a voice a speech verb tied to its line (`asked the old woman`) into her', () => {
		const story = [
			'"Who is there?" asked the old woman.',
			'"Only me," said Nell.',
			'The fire crackled. Mrs. Pell came in from the yard.',
			'"Shut the door," she said.',
		];
		assert.deepStrictEqual(speakersOf(story), ['the old woman', 'Nell', 'Mrs. Pell']);
	});

	it('never goes to a participle the story opens two sentences on (`Beckoning them to wait, the warder…`)', () => {
		const story = [
			'He opened the gate. Beckoning them to follow, he crossed the yard.',
			'They came to a row of doors. Beckoning them to wait, the warder knocked at one.',
			'The prisoner sat on his bed.',
			'"Good lad, well done," he mumbled.',
		];
		assert.deepStrictEqual(speakersOf(story), [undefined]);
	});
});

describe('a `said he` after narration about two men together', () => {
	const talk = ['"Go on," said Pell.', '"Where was I?" said Bram.', '"At the river," said Pell.', '"We rowed until dawn," said Joss. "The fog never lifted."'];

	it('goes to neither of the two but to the one who was speaking', () => {
		const story = [...talk, 'Pell and Bram sat with their hands upon their knees.', '"It was a bad night, no doubt," said he. "But we lived."'];
		assert.deepStrictEqual(speakersOf(story), ['Pell', 'Bram', 'Pell', 'Joss', 'Joss', 'Joss', 'Joss']);
	});

	it('still goes to one man the narration was about alone', () => {
		const story = [
			...talk,
			'Pell and Bram sat with their hands upon their knees. Bram leaned forward and rubbed his chin.',
			'"It was a bad night, no doubt," said he. "But we lived."',
		];
		assert.deepStrictEqual(speakersOf(story), ['Pell', 'Bram', 'Pell', 'Joss', 'Joss', 'Bram', 'Bram']);
	});
});
