import * as assert from 'assert';
import { analyzeStory, CastOverrides, findCast, findNameVariants, isEnglishWord, NameTagger } from '../../../../src/core';
import { isOneSlip } from '../../../../src/core/continuity/nameVariants';

// One tagger for the file: compromise's lexicon loads once.
const tagger = new NameTagger();

/** A diner story where Karen and Derek are named often, with `slip` put into one of its sentences. */
function diner(extra: string): string {
	const beats = [
		'Karen wiped the counter and looked at the clock.',
		'"You are late," said Karen when Derek came in.',
		'Derek hung his coat on the hook by the door.',
		'"The bus broke down," Derek said. Karen did not believe him.',
		'Karen poured him a coffee anyway.',
		'"Thank you, Karen," said Derek, and he drank it too fast.',
	];
	const paragraphs: string[] = [];
	for (let round = 0; round < 4; round++) {
		paragraphs.push(...beats);
	}
	paragraphs.splice(12, 0, extra);
	return paragraphs.join('\n\n');
}

function notesOf(text: string, overrides?: CastOverrides, isKnownWord = isEnglishWord(tagger)) {
	const model = analyzeStory(text);
	const cast = findCast([model], tagger, { overrides });
	return findNameVariants([model], cast, { overrides, isKnownWord }).map(note => ({
		name: note.name,
		character: note.character,
		spelling: note.spelling,
		text: text.slice(note.start, note.end),
	}));
}

describe('name variants', () => {
	const slips: [string, string][] = [
		['a letter changed', 'Karin'],
		['a letter dropped', 'Kren'],
		['a letter doubled', 'Karren'],
		['two letters swapped', 'Kraen'],
	];
	for (const [kind, slip] of slips) {
		it(`notes ${kind}: ${slip} for Karen`, () => {
			assert.deepStrictEqual(notesOf(diner(`${slip} turned the sign on the door to Closed.`)), [
				{ name: slip, character: 'Karen', spelling: 'Karen', text: slip },
			]);
		});
	}

	it('notes every use of the slip, each at its own place', () => {
		const text = diner('Dereck sat down. Dereck looked tired.');
		assert.deepStrictEqual(
			notesOf(text).map(note => `${note.text} for ${note.character}`),
			['Dereck for Derek', 'Dereck for Derek'],
		);
	});

	it('leaves alone a spelling introduced as someone of their own', () => {
		assert.deepStrictEqual(notesOf(diner('On Sundays her sister, Karin, came to help.')), []);
	});

	it('leaves alone a spelling beside a name that is not the character’s', () => {
		assert.deepStrictEqual(notesOf(diner('The postcard was from Lorna Karin in Leeds.')), []);
	});

	it('leaves alone a common word one letter from a name', () => {
		const text = diner('Karin turned the sign on the door to Closed.');
		assert.deepStrictEqual(
			notesOf(text, undefined, word => word === 'karin'),
			[],
		);
		assert.strictEqual(isEnglishWord(tagger)('marry'), true);
		assert.strictEqual(isEnglishWord(tagger)('karin'), false);
	});

	it('leaves alone two names the story uses freely, however close', () => {
		const both = diner('Jan came in with the milk.').replace(/Derek/g, (_, offset: number) => (offset % 2 === 0 ? 'Jan' : 'Jane'));
		assert.deepStrictEqual(notesOf(both), []);
	});

	it('leaves alone a family’s plural and a name in another language', () => {
		assert.deepStrictEqual(notesOf(diner('The Karens of this world never tip. Dereka waved.')), []);
		assert.deepStrictEqual(notesOf(diner('In Paris they called her Karena.')), []);
	});

	it('leaves alone a name the cast file declares or ignores', () => {
		const text = diner('Karin turned the sign on the door to Closed.');
		assert.deepStrictEqual(notesOf(text, { characters: [{ name: 'Karin', aliases: [] }], ignore: [] }), []);
		assert.deepStrictEqual(notesOf(text, { characters: [], ignore: ['Karin'] }), []);
	});

	it('notes nothing in a story without slips', () => {
		assert.deepStrictEqual(notesOf(diner('The rain stopped at nine.')), []);
	});

	describe('one keystroke apart', () => {
		const cases: [string, string, boolean][] = [
			['karin', 'karen', true],
			['kren', 'karen', true],
			['karren', 'karen', true],
			['kraen', 'karen', true],
			['karen', 'karen', false],
			['daren', 'karen', false],
			['kiran', 'karen', false],
			['jon', 'joan', false],
			['kaern', 'karen', true],
			['karenina', 'karen', false],
		];
		for (const [a, b, expected] of cases) {
			it(`${a} and ${b}: ${expected ? 'one slip' : 'not one slip'}`, () => {
				assert.strictEqual(isOneSlip(a, b), expected);
			});
		}
	});
});
