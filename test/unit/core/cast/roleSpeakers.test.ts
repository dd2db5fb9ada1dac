import * as assert from 'assert';
import { analyzeStory, Cast, findCast, NameTagger } from '../../../../src/core';

const tagger = new NameTagger();

function castOf(text: string): Cast {
	return findCast([analyzeStory(text)], tagger);
}

/** A crossing where `speaker` says five lines to Nell (or each of `speakers` says one), and she answers each. */
function crossing(speaker: string, speakers: readonly string[] = Array(5).fill(speaker)): string {
	const lines = ['Mind the step', 'The tide is turning', 'Sit in the middle', 'We land at the mill', 'That will be a penny'];
	const answers = ['I will', 'Is it?', 'Here?', 'Good', 'Here you are'];
	return [
		'Nell came down to the river at dusk with her basket. Nell had never crossed alone.',
		...speakers.flatMap((said, index) => [`"${lines[index]}," said ${said}.`, `"${answers[index]}," Nell said.`]),
		'Nell stepped onto the far bank and walked up to the mill.',
	].join('\n\n');
}

describe('role speakers', () => {
	it('makes a speaker known only by a role a character, with the lines said', () => {
		const ferryman = castOf(crossing('the ferryman')).characters.find(found => found.name === 'the ferryman');
		assert.ok(ferryman, 'the ferryman is in the cast');
		assert.strictEqual(ferryman.lines, 5);
		// The prose never names him in capitals: no appearances a rename could edit, and none inside a quote.
		assert.strictEqual(ferryman.mentions, 0);
		assert.deepStrictEqual(ferryman.appearances, []);
	});

	it('leaves out a role the cast file ignores', () => {
		const cast = findCast([analyzeStory(crossing('the ferryman'))], tagger, { overrides: { characters: [], ignore: ['the ferryman'] } });
		assert.deepStrictEqual(
			cast.characters.map(found => found.name),
			['Nell'],
		);
	});

	it('makes a character of a generic noun a body epithet marks out: `the one-eyed man`', () => {
		const boatman = castOf(crossing('the one-eyed man')).characters.find(found => found.name === 'the one-eyed man');
		assert.ok(boatman, 'the one-eyed man is in the cast');
		assert.strictEqual(boatman.lines, 5);
		assert.strictEqual(
			castOf(crossing('the old man')).characters.find(found => found.name === 'the old man'),
			undefined,
		);
	});

	it('makes a character of a generic noun marked out by what the person wears: `the man in the grey coat`', () => {
		const boatman = castOf(crossing('the man in the grey coat')).characters.find(found => found.name === 'the man in the grey coat');
		assert.ok(boatman, 'the man in the grey coat is in the cast');
		assert.strictEqual(boatman.lines, 5);
	});

	it('never makes a character of a generic person word or of kin', () => {
		for (const speaker of ['the man', 'the stranger', 'her mother', 'the other']) {
			const cast = castOf(crossing(speaker));
			assert.deepStrictEqual(
				cast.characters.map(found => found.name),
				['Nell'],
				speaker,
			);
		}
	});

	it('leaves out a role that says fewer than three lines', () => {
		const text = crossing('the ferryman', ['the ferryman', 'the ferryman']);
		const cast = castOf(text);
		assert.strictEqual(
			cast.characters.find(found => found.name === 'the ferryman'),
			undefined,
		);
		assert.strictEqual(cast.characters.find(found => found.name === 'Nell')?.lines, 2);
	});

	it('gives a title the prose says in capitals the places it names them', () => {
		const cast = castOf(crossing('the Queen'));
		const queen = cast.characters.find(found => found.name === 'Queen');
		assert.ok(queen, 'the Queen is in the cast');
		assert.strictEqual(queen.lines, 5);
		assert.strictEqual(queen.mentions, 5);
		assert.ok(queen.appearances.every(appearance => appearance.text === 'Queen'));
	});

	it('gives the role to the one character who bears it as a title', () => {
		const text = `Dr. Quill had rowed the river for years.\n\n${crossing('the doctor')}`;
		const cast = castOf(text);
		const quill = cast.characters.find(found => found.name === 'Dr. Quill');
		assert.ok(quill, 'Dr. Quill is in the cast');
		assert.strictEqual(quill.lines, 5);
		assert.strictEqual(
			cast.characters.find(found => found.name === 'the doctor'),
			undefined,
		);
	});
});
