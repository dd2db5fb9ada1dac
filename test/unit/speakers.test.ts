import * as assert from 'assert';
import { analyzeStory, linesBySpeaker } from '../../src/core';

/** Each quote of the story with its speaker, `-` for none. */
function speakers(text: string): string[] {
	return analyzeStory(text).dialogue.map(span => `${text.slice(span.start, span.end)} ${span.speaker ?? '-'}`);
}

describe('speakers', () => {
	describe('from the prose beside the quote', () => {
		const cases: [string, string, string][] = [
			['an inverted speech verb', '"I\'m leaving," said Karen.', 'Karen'],
			['a subject before the verb', '"I\'m leaving," Karen said.', 'Karen'],
			['a speaker who leads into the quote', 'Ivy asked, "Are you?"', 'Ivy'],
			['a verb with a helper', '"For what?" Karen had said those words quietly.', 'Karen'],
			['an honorific', '"Indeed," Mr. Darcy replied.', 'Mr. Darcy'],
			['a present-tense breath', 'Derek breathed, "Again."', 'Derek'],
			['a name then a colon', 'Karen: "Places, everyone."', 'Karen'],
			['an adverb before the name', '"Enough," said quietly Mara.', 'Mara'],
			['a description', '"Good night," said the old man.', 'the old man'],
			['a capitalised creature', '‘Hold hard!’ said the Rat.', 'Rat'],
			['an epithet before the name', '"No, no," said old Cotter.', 'Cotter'],
			['a sentence subject before "and said"', 'Karen turned to Ivy and said, "Go home."', 'Karen'],
			['a quote split around its attribution', '"My dear Rose," said Robert, "why ever not?"', 'Robert'],
		];
		for (const [rule, text, speaker] of cases) {
			it(rule, () => {
				const found = analyzeStory(text).dialogue.map(span => span.speaker);
				assert.ok(found.length > 0 && found.every(name => name === speaker), `${text}: ${found.join(', ')}`);
			});
		}

		it('gives no name for a pronoun', () => {
			assert.deepStrictEqual(speakers('"No," said he.'), ['"No," -']);
			assert.deepStrictEqual(speakers('"No," I said.'), ['"No," -']);
		});

		it('names the one person a paragraph’s narration shows, for a pronoun or an action', () => {
			assert.deepStrictEqual(speakers('Terry stopped in his tracks. "Look here," he said.'), ['"Look here," Terry']);
			const text = ['"Places," said Karen.', 'The stage lights came up.', 'Karen looked up from the script. "Again."'].join('\n\n');
			assert.deepStrictEqual(speakers(text), ['"Places," Karen', '"Again." Karen']);
		});

		it('does not take a word opening a sentence for someone no speech verb ever names', () => {
			assert.deepStrictEqual(speakers('Rehearsal ended and she saw her chance. "Karen? I wanted to say sorry."'), ['"Karen? I wanted to say sorry." -']);
		});

		it('does not name a person the narration only mentions after the pronoun', () => {
			assert.deepStrictEqual(speakers('"She is lovely," said he, as he came in. Belcour stared.'), ['"She is lovely," -']);
		});

		it('gives each quote of a paragraph its own attributed speaker', () => {
			assert.deepStrictEqual(speakers('"Tea?" asked Karen. "Coffee," said Ivy.'), ['"Tea?" Karen', '"Coffee," Ivy']);
		});
	});

	describe('from the turn-taking', () => {
		it('alternates in a two-person exchange', () => {
			const text = ['"Tea?" asked Karen.', '"Please," said Ivy.', '"Milk?"', '"No."', '"Sugar?"'].join('\n\n');
			assert.deepStrictEqual(speakers(text), ['"Tea?" Karen', '"Please," Ivy', '"Milk?" Karen', '"No." Ivy', '"Sugar?" Karen']);
		});

		it('fills the turns before the first attribution too', () => {
			const text = ['"Candy."', '"Not before dinner."', '"Mother lets me," said Ogden.', '"I do not."'].join('\n\n');
			assert.deepStrictEqual(analyzeStory(text).dialogue.map(span => span.speaker), ['Ogden', undefined, 'Ogden', undefined]);
		});

		it('gives a she the one of the two who is a she', () => {
			const text = ['"You are late," said Mrs. Ames.', '"The train," said Tom.', '"Excuses," she said.', '"Facts," he said.'].join('\n\n');
			assert.deepStrictEqual(speakers(text), ['"You are late," Mrs. Ames', '"The train," Tom', '"Excuses," Mrs. Ames', '"Facts," Tom']);
		});

		it('does not give a quote to the person it calls out to', () => {
			const text = ['"Begin," said Douglas.', '"Not tonight," said Mrs. Griffin.', '"Please, Douglas."'].join('\n\n');
			assert.strictEqual(speakers(text)[2], '"Please, Douglas." Mrs. Griffin');
		});

		it('gives a line from somebody outside the exchange to no one, and starts over after it', () => {
			const text = ['"Begin," said Douglas.', '"Not tonight," said Mrs. Griffin.', '"Won\'t you tell?" somebody else asked.', '"Tomorrow."'].join('\n\n');
			assert.deepStrictEqual(speakers(text).slice(2), ['"Won\'t you tell?" -', '"Tomorrow." -']);
		});

		it('knows Mulligan once the story has said Buck Mulligan', () => {
			const text = ['"Come up," said Buck Mulligan.', '"Why?" Stephen asked.', '"Because," Mulligan said.', '"No."'].join('\n\n');
			assert.deepStrictEqual(analyzeStory(text).dialogue.map(span => span.speaker), ['Buck Mulligan', 'Stephen', 'Buck Mulligan', 'Stephen']);
		});

		it('takes the subject of a short beat between lines as the next speaker', () => {
			const text = ['"Tea?" asked Karen.', '"Please," said Ivy.', 'Karen frowned at the kettle.', '"It is cold."'].join('\n\n');
			assert.strictEqual(speakers(text)[2], '"It is cold." Karen');
		});

		it('starts over after a scene break', () => {
			const text = ['"Tea?" asked Karen.', '"Please," said Ivy.', '* * *', '"Morning."', '"Is it?"'].join('\n\n');
			assert.deepStrictEqual(speakers(text).slice(2), ['"Morning." -', '"Is it?" -']);
		});

		it('starts over after a long stretch of narration', () => {
			const narration = Array.from({ length: 40 }, () => 'The rain kept on.').join(' ');
			const text = ['"Tea?" asked Karen.', '"Please," said Ivy.', narration, '"Milk?"', '"No."'].join('\n\n');
			assert.deepStrictEqual(speakers(text).slice(2), ['"Milk?" -', '"No." -']);
		});

		it('starts a new paragraph at a quote opening its line, in text with no blank lines', () => {
			const text = ['"Tea?" asked Karen.', '"Please," said Ivy.', '"Milk?"', '"No."'].join('\n');
			assert.deepStrictEqual(speakers(text), ['"Tea?" Karen', '"Please," Ivy', '"Milk?" Karen', '"No." Ivy']);
		});
	});

	it('lists each speaker’s lines', () => {
		const text = ['"Tea?" asked Karen.', '"Please," said Ivy.', '"Milk?" asked Karen.', 'The kettle sang.'].join('\n\n');
		const lines = linesBySpeaker(analyzeStory(text).dialogue);
		assert.deepStrictEqual([...lines].map(([speaker, spoken]) => [speaker, spoken.map(span => text.slice(span.start, span.end))]), [
			['Karen', ['"Tea?"', '"Milk?"']],
			['Ivy', ['"Please,"']],
		]);
	});
});
