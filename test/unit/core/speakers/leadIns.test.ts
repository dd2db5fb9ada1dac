import * as assert from 'assert';
import { quoteSpeakers } from './quoteSpeakers';

describe('speakers: lead-ins', () => {
	it('gives speech to whoever a narration paragraph ending on `said,` names', () => {
		const story = [
			'The kettle had boiled dry twice before anyone noticed it. As they carried the cups out to the porch together, Wren said,',
			'"I shall miss this place."',
			'"So shall I," Abel answered.',
		];
		assert.deepStrictEqual(quoteSpeakers(story), ['"I shall miss this place." Wren', '"So shall I," Abel']);
	});

	it('takes a number or a call for a name right after an inverted speech verb', () => {
		const story = ['"I could not help it," said Nine, in a sulky tone; "Four jogged my elbow."', '"Hush, both of you," replied Pooh.'];
		assert.deepStrictEqual(quoteSpeakers(story), ['"I could not help it," Nine', '"Four jogged my elbow." Nine', '"Hush, both of you," Pooh']);
	});

	it('takes a number for a name when it opens a clause that ends in a speech verb', () => {
		const story = ['"Nine jogged my elbow," said Four.', 'On which Nine looked up and said, "That is right, Four! Always blame others!"'];
		assert.deepStrictEqual(quoteSpeakers(story), ['"Nine jogged my elbow," Four', '"That is right, Four! Always blame others!" Nine']);
	});

	it('gives the speech a sentence of its own opens to its he or she: `At length, she spoke again.`', () => {
		const story = [
			'Teodor came in and hung his coat on the peg.',
			'"Is it late?" asked Orla.',
			'"Not yet," said Teodor.',
			'She wept as she spoke of it. Teodor, in wretched suspense, could only watch in silence. At length, she spoke again. "I have had a letter from home."',
		];
		assert.deepStrictEqual(quoteSpeakers(story), ['"Is it late?" Orla', '"Not yet," Teodor', '"I have had a letter from home." Orla']);
	});

	it('takes no thing an aside opens on `which` for the subject', () => {
		const story = [
			'Orla was recalled by the voice of her companion, who, in a manner, which though it spoke kindly, spoke likewise restraint, said, "I am afraid you wish me gone."',
		];
		assert.deepStrictEqual(quoteSpeakers(story), ['"I am afraid you wish me gone." -']);
	});

	it('reads a speech verb a long tail before the quote', () => {
		const story = ['"Go away," said Ann. The Owl, after a pause, called out to her in an angry tone, "I will not!"'];
		assert.deepStrictEqual(quoteSpeakers(story), ['"Go away," Ann', '"I will not!" Owl']);
	});

	it('ends an inverted speech verb’s subject at its comma', () => {
		const story = ['"I told you before," replied Nan.', '"I do not know why it is," said the girl, shuddering, "but I have a fear."'];
		assert.deepStrictEqual(quoteSpeakers(story).slice(1), ['"I do not know why it is," the girl', '"but I have a fear." the girl']);
	});

	it('keeps what a described speaker wears or where they sit, but not how they say it', () => {
		const story = ['"That boy will hang," said the gentleman in the white waistcoat.', '"Stop, stop!" said the old woman in the same low whisper.'];
		assert.deepStrictEqual(quoteSpeakers(story), ['"That boy will hang," the gentleman in the white waistcoat', '"Stop, stop!" the old woman']);
	});

	it('reads an `-ly` word early in a description as describing the speaker', () => {
		const story = ['"I did that, sir," said a great lubberly fellow, stepping forward.', '"No," said the old man quietly.'];
		assert.deepStrictEqual(quoteSpeakers(story), ['"I did that, sir," a great lubberly fellow', '"No," the old man']);
	});

	it('keeps a name before a comma from owning the quote after it', () => {
		const story = ['"Pockets are for picking," said the Weasel, lowering his talk to the level of Tom’s wits, "or some other fellow will pick them."'];
		assert.deepStrictEqual(quoteSpeakers(story), ['"Pockets are for picking," Weasel', '"or some other fellow will pick them." Weasel']);
	});

	it('reads a word said over again as no one’s name', () => {
		const story = ['"Well, here goes," said Ada, and jumped.', 'Down, down, down. Would the well never end? "I wonder how far I have fallen?" she said aloud.'];
		assert.deepStrictEqual(quoteSpeakers(story), ['"Well, here goes," Ada', '"I wonder how far I have fallen?" Ada']);
	});

	describe('a subject set apart from its verb by an aside', () => {
		const cases: [string, string, string][] = [
			[
				'a relative clause',
				'They were all astonished; and Mr. Pell, who could by no means wish for so speedy a return, immediately said, "But the roads?"',
				'Mr. Pell',
			],
			[
				'a relative clause after `At last`',
				'At last the Mole, who seemed to be a person of some authority among them, called out, "Sit down, all of you!"',
				'Mole',
			],
			['an aside of adjectives', 'Nell protested, and Kitty, always unguarded and often uncivil, boisterously exclaimed, "Good Lord!"', 'Kitty'],
			['a participle that names someone else', 'Soon afterwards Mr. Hale, drawing near Ivy, said to her, "Do you dance?"', 'Mr. Hale'],
			['a relative after an object', 'She was met in the hall by Rose, who, flying to her, cried in a half whisper, "I am glad you came."', 'Rose'],
			['`who said` after an object', 'The Badger looked anxiously at the Water Rat, who said in a low voice, "You must ask him yourself."', 'Water Rat'],
			['an intensified adverb', 'To this, Mary very gravely replied, "Far be it from me."', 'Mary'],
		];
		for (const [rule, text, speaker] of cases) {
			it(rule, () => {
				assert.deepStrictEqual(
					quoteSpeakers([text]).map(quote => quote.slice(quote.lastIndexOf('" ') + 2)),
					[speaker],
				);
			});
		}
	});

	it('gives speech to whoever a narration paragraph ending on `began.` names', () => {
		const story = [
			'Nell and Kitty walked off with their mother, and as soon as they were gone Mr. Pell began.',
			'"Believe me, my dear Miss Ames, I mean every word."',
		];
		assert.deepStrictEqual(quoteSpeakers(story), ['"Believe me, my dear Miss Ames, I mean every word." Mr. Pell']);
	});

	it('gives a quote to the subject of `thus began.` just before it', () => {
		assert.deepStrictEqual(quoteSpeakers(['The rain went on and on, till Sir Walter thus began. "What a charming evening!"']), [
			'"What a charming evening!" Sir Walter',
		]);
	});

	it('hears a reiterated line and a cackled one', () => {
		const story = ['"Well now, she is such a little thing," feebly reiterated Amos.', '"Silence!" cackled the Judge.'];
		assert.deepStrictEqual(quoteSpeakers(story), ['"Well now, she is such a little thing," Amos', '"Silence!" Judge']);
	});

	it('hands the speech on from narration that closes a paragraph with speech on `called out,`', () => {
		const story = [
			'"Sit down, both of you," said Hester, and went to fetch the lamp. Tom looked at his sister, who would not meet his eye. In a minute Hester opened the door and called out,',
			'"Tom, come and hold this for me."',
			'"Coming," Tom answered.',
		];
		assert.deepStrictEqual(quoteSpeakers(story), ['"Sit down, both of you," Hester', '"Tom, come and hold this for me." Hester', '"Coming," Tom']);
	});

	it('reads a pronoun past `soon afterwards` as the subject of its verb, not the name opening the sentence', () => {
		const story = [
			'"Where were you?" asked Hester.',
			'"Out," said Tom.',
			'"Never mind," she said. Hester hoped she had silenced him; but he soon afterwards said,',
			'"I saw Father at the mill."',
		];
		assert.deepStrictEqual(quoteSpeakers(story).slice(3), ['"I saw Father at the mill." Tom']);
	});

	it('ends the description opening a lead-in before an adverb between it and its verb', () => {
		const story = ['Orla asked the way again.', 'The ferryman again took a while to answer, and then said,', '"By the north jetty."'];
		assert.deepStrictEqual(quoteSpeakers(story), ['"By the north jetty." the ferryman']);
	});
});
