import * as assert from 'assert';
import { quoteSpeakers, speakerNames } from './quoteSpeakers';

describe('speech tags: a description as the speaker', () => {
	it('ends a description after the verb where what the speaker does begins', () => {
		const story = [
			'"Stand back," said the ferryman smiling at the crowd.',
			'"Not yet," cried a woman coming out of the inn.',
			'"Mind the rope," said a deckhand rather sharply.',
			'"Pull!" repeated the ferryman once more.',
		];
		assert.deepStrictEqual(quoteSpeakers(story), ['"Stand back," the ferryman', '"Not yet," a woman', '"Mind the rope," a deckhand', '"Pull!" the ferryman']);
	});

	it('keeps the words that still describe: an opening participle, a noun in -ing, `the same scowling`', () => {
		const story = [
			'"Here," said the smiling ferryman.',
			'"There," said the stripling.',
			'"Choose!" cried the same scowling boatman.',
			'"Where?" asked the very old man.',
		];
		assert.deepStrictEqual(quoteSpeakers(story), [
			'"Here," the smiling ferryman',
			'"There," the stripling',
			'"Choose!" the same scowling boatman',
			'"Where?" the very old man',
		]);
	});

	it('reads past the manner of speaking to the subject before it', () => {
		const story = [
			'Orla waited by the lamp. At length Teodor spoke, and in a constrained manner said, "The tide will not wait for us."',
			'Orla turned to the window. Teodor came in, and in his turn said, "Nor for the ferry."',
		];
		assert.deepStrictEqual(quoteSpeakers(story), ['"The tide will not wait for us." Teodor', '"Nor for the ferry." Teodor']);
	});

	it('never makes a manner of speaking set off by commas the speaker', () => {
		const story = ['Orla was recalled by the voice of her companion, who, in a manner, said, "I am afraid you wish me gone."'];
		assert.deepStrictEqual(quoteSpeakers(story), ['"I am afraid you wish me gone." -']);
	});

	it('reads the words after `that` as what was said, not as the speaker after the verb', () => {
		const story = [
			'Orla stood at the rail. She answered the ferryman that "We shall cross at dawn."',
			'Teodor assured the boatmen that "The ice will hold till noon."',
			'Her aunt had said that Polly "must be kept to her lessons."',
		];
		assert.deepStrictEqual(quoteSpeakers(story), [
			'"We shall cross at dawn." Orla',
			'"The ice will hold till noon." Teodor',
			'"must be kept to her lessons." her aunt',
		]);
	});

	it('reads a name before a verb of speaking to someone as its subject, and the name after as the one spoken to', () => {
		const story = ['"The ferry is late," Orla told Teodor, "but the tide is with us."', 'Then answered Teodor, "Not for long."'];
		assert.deepStrictEqual(quoteSpeakers(story), ['"The ferry is late," Orla', '"but the tide is with us." Orla', '"Not for long." Teodor']);
	});

	it('reads a name before the verb back no further than a comma: `read out the Psalms, Orla whispered`', () => {
		const story = ['While the ferryman read out the Psalms, Orla whispered to Teodor, "He skips the long ones."', '"He always did," said Teodor.'];
		assert.deepStrictEqual(speakerNames(story.join('\n\n')), ['Orla', 'Teodor']);
	});

	it('ends a description before an adverb or a clause of its own after it', () => {
		const story = [
			'"Put out the lamp," said the ferryman aloud.',
			'"Not yet," cried a woman outside.',
			'"Then wait," replied her mother soon afterwards.',
			'"Mind the rope," said the boatman he had hired.',
			'The old man too came down to the jetty and said, "The ice will hold."',
		];
		assert.deepStrictEqual(quoteSpeakers(story), [
			'"Put out the lamp," the ferryman',
			'"Not yet," a woman',
			'"Then wait," her mother',
			'"Mind the rope," the boatman',
			'"The ice will hold." the old man',
		]);
	});

	it('takes no thing said or shown for the speaker, and a possessive one for its owner', () => {
		const story = [
			'Orla and Teodor sat by the stove, and talked of the ferry till late.',
			'"Was the ice thick?" Teodor asked.',
			'"Too thick to cut," continued the subject.',
			'Orla lifted the lamp. "Then we wait," said her eyes.',
			'"Since the thaw I have counted the days," the letter began.',
		];
		const speakers = quoteSpeakers(story);
		assert.deepStrictEqual(speakers.slice(1, 3), ['"Too thick to cut," Orla', '"Then we wait," Orla']);
		assert.ok(!speakers[3].endsWith('the letter'), speakers[3]);
	});

	it('reads no description in a clause before the speech verb: `in a way that seemed to say`', () => {
		const story = [
			'"Is the ferry late?" asked Orla.',
			'"An hour," said Teodor.',
			'Orla looked at him in a way that seemed to say, "Then we walk."',
			'Teodor had argued all morning, and was compelled against his will to add, "We could wait."',
		];
		assert.deepStrictEqual(quoteSpeakers(story).slice(2), ['"Then we walk." Orla', '"We could wait." Teodor']);
	});

	it('reads two words joined by `and` before the noun as one description, not two people or a verb', () => {
		const story = [
			'"Stand clear!" shouted a lean and barefoot boatman, waving his oar.',
			'"Row!" cried a one-eyed and red-faced pilot.',
			'"Hello," said the ferryman and laughed.',
			'"Hi," said the pilot and the deckhand.',
		];
		assert.deepStrictEqual(quoteSpeakers(story), [
			'"Stand clear!" a lean and barefoot boatman',
			'"Row!" a one-eyed and red-faced pilot',
			'"Hello," the ferryman',
			'"Hi," the pilot',
		]);
	});

	it('reads `the former` and `the latter` as the first and second of the two people the narration just named', () => {
		const story = [
			'"You are back," said Tom.',
			'"At last," said Nell.',
			'Nell thought the ferry lost, and Mrs. Pell could not think it possible; the former continued, by saying, "Tell me all of it."',
			'"It sank at noon," said Mrs. Pell.',
			'Tom and Nell walked on to the jetty. "Look, the lamp," said the latter.',
			'As Teodor and the pilot came in, "Sit down," said the former.',
		];
		assert.deepStrictEqual(speakerNames(story.join('\n\n')), ['Tom', 'Nell', 'Nell', 'Mrs. Pell', 'Nell', 'Teodor']);
	});
});
