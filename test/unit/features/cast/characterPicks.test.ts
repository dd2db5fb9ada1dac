// The first list of Go to Character…: the cast in its order, each with its counts and other names.
import * as assert from 'assert';
import { analyzeStory, Character, findCast, NameTagger } from '../../../../src/core';
import { characterPickRows } from '../../../../src/features/cast/characterPicks';

const STORY =
	'"Where is the boat?" asked Karen Cartwright.\n\n"Gone," said Derek. "Karen, it is gone."\n\nKaren looked at Derek. "Then we swim," Karen said.\n\nDerek laughed. "You swim, Karen."\n';

const counts = (character: Character) => `${character.mentions} mentions · ${character.lines} lines`;

describe('characterPickRows', () => {
	it('lists the cast in its order with counts, and the other names each goes by', () => {
		const cast = findCast([analyzeStory(STORY)], new NameTagger());
		const rows = characterPickRows(cast.characters, counts);
		assert.deepStrictEqual(
			rows.map(({ label, description, detail }) => ({ label, description, detail })),
			[
				{ label: 'Karen', description: '5 mentions · 2 lines', detail: 'also Karen Cartwright' },
				{ label: 'Derek', description: '3 mentions · 3 lines', detail: undefined },
			],
		);
		assert.deepStrictEqual(
			rows.map(row => row.character),
			cast.characters,
		);
	});

	it('lists no one for a story without characters', () => {
		assert.deepStrictEqual(characterPickRows(findCast([analyzeStory('The rain fell all night.')], new NameTagger()).characters, counts), []);
	});
});
