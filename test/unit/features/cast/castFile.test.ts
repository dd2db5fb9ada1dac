import * as assert from 'assert';
import { parseCastFile, withAlias, withCharacter, withIgnored, withMerge, withRenamed } from '../../../../src/core';

/** The problems of a cast file, each with the text it points at. */
function problems(text: string): [string, string][] {
	return parseCastFile(text).problems.map(problem => [text.slice(problem.start, problem.end), problem.message]);
}

describe('castFile', () => {
	describe('reading', () => {
		it('reads characters with aliases and names to ignore, comments allowed', () => {
			const text = `{
  "$schema": "./cast.schema.json",
  // Karen is Iowa to Ivy.
  "characters": [{ "name": "Karen", "aliases": ["Iowa", "Karen Cartwright"] }, { "name": "Dev" }],
  "ignore": ["Bombshell", "Broadway"],
}`;
			assert.deepStrictEqual(parseCastFile(text), {
				overrides: {
					characters: [
						{ name: 'Karen', aliases: ['Iowa', 'Karen Cartwright'] },
						{ name: 'Dev', aliases: [] },
					],
					ignore: ['Bombshell', 'Broadway'],
				},
				problems: [],
			});
		});

		it('points at broken JSON and gives no overrides, so the last good ones stay', () => {
			const text = '{ "characters": [{ "name": "Karen" ] }';
			const parsed = parseCastFile(text);
			assert.strictEqual(parsed.overrides, undefined);
			assert.ok(parsed.problems.length > 0);
			assert.match(parsed.problems[0].message, /^Not valid JSON: /);
			assert.strictEqual(text.slice(parsed.problems[0].start, parsed.problems[0].end), ']');
		});

		const invalid: [string, string, [string, RegExp][]][] = [
			['an unknown key', '{ "cast": [] }', [['"cast"', /Unknown key "cast"/]]],
			['a character without a name', '{ "characters": [{ "aliases": ["Iowa"] }] }', [['{ "aliases": ["Iowa"] }', /has no "name"/]]],
			['an empty name', '{ "characters": [{ "name": " " }] }', [['" "', /non-empty string/]]],
			['an alias that is not a string', '{ "characters": [{ "name": "Karen", "aliases": ["Iowa", 3] }] }', [['3', /a name, a non-empty string/]]],
			['ignore that is not a list', '{ "ignore": "Broadway" }', [['"Broadway"', /"ignore" is a list/]]],
			['a list instead of an object', '[]', [['[]', /holds one object/]]],
		];
		for (const [what, text, expected] of invalid) {
			it(`reports ${what} where it is`, () => {
				const found = problems(text);
				assert.strictEqual(found.length, expected.length, JSON.stringify(found));
				expected.forEach(([at, message], index) => {
					assert.strictEqual(found[index][0], at);
					assert.match(found[index][1], message);
				});
				assert.strictEqual(parseCastFile(text).overrides, undefined);
			});
		}

		it('reports a name given to two characters', () => {
			const found = problems('{ "characters": [{ "name": "Karen", "aliases": ["Iowa"] }, { "name": "Ivy", "aliases": ["iowa"] }] }');
			assert.strictEqual(found.length, 1);
			assert.match(found[0][1], /"iowa" is given to both Karen and Ivy/);
		});

		it('reads an empty file as declaring nothing', () => {
			assert.deepStrictEqual(parseCastFile('  \n'), { overrides: { characters: [], ignore: [] }, problems: [] });
		});
	});

	describe('editing', () => {
		it('creates the file with a first alias', () => {
			const text = withAlias('', 'Karen', 'Iowa');
			assert.deepStrictEqual(parseCastFile(text).overrides, { characters: [{ name: 'Karen', aliases: ['Iowa'] }], ignore: [] });
		});

		it('adds an alias to a declared character, keeping comments and layout', () => {
			const before = '{\n  // the leads\n  "characters": [\n    { "name": "Karen", "aliases": ["Iowa"] }\n  ]\n}\n';
			const after = withAlias(before, 'karen', 'Karen Cartwright');
			assert.match(after, /\/\/ the leads/);
			assert.deepStrictEqual(parseCastFile(after).overrides?.characters, [{ name: 'Karen', aliases: ['Iowa', 'Karen Cartwright'] }]);
			assert.strictEqual(withAlias(after, 'Karen', 'IOWA'), after, 'an alias already there is not added twice');
		});

		it('declaring a name takes it off the ignore list', () => {
			const text = withCharacter('{ "ignore": ["Marilyn", "Broadway"] }', 'Marilyn', []);
			assert.deepStrictEqual(parseCastFile(text).overrides, { characters: [{ name: 'Marilyn', aliases: [] }], ignore: ['Broadway'] });
		});

		it('ignores a name: off the characters and their aliases, onto the list', () => {
			const text = withIgnored('{ "characters": [{ "name": "Bombshell" }, { "name": "Karen", "aliases": ["Iowa", "Broadway"] }] }', 'Broadway');
			assert.deepStrictEqual(parseCastFile(text).overrides, {
				characters: [
					{ name: 'Bombshell', aliases: [] },
					{ name: 'Karen', aliases: ['Iowa'] },
				],
				ignore: ['Broadway'],
			});
			const again = withIgnored(withIgnored(text, 'Bombshell'), 'Bombshell');
			assert.deepStrictEqual(parseCastFile(again).overrides, { characters: [{ name: 'Karen', aliases: ['Iowa'] }], ignore: ['Broadway', 'Bombshell'] });
		});

		it('merges one character into another: every name of the first becomes an alias', () => {
			const text = withMerge(
				'{ "characters": [{ "name": "Iowa", "aliases": ["Farm Girl"] }] }',
				{ name: 'Iowa', aliases: [] },
				{ name: 'Karen', aliases: ['Karen Cartwright'] },
			);
			assert.deepStrictEqual(parseCastFile(text).overrides?.characters, [{ name: 'Karen', aliases: ['Karen Cartwright', 'Iowa', 'Farm Girl'] }]);
		});

		it('renames a name wherever the file uses it', () => {
			const before =
				'{ "characters": [{ "name": "Karen", "aliases": ["Karen Cartwright"] }, { "name": "Ivy", "aliases": ["Ivy Lynn"] }], "ignore": ["Karen"] }';
			const text = withRenamed(withRenamed(before, 'Karen', 'Kara'), 'karen cartwright', 'Kara Cartwright');
			assert.deepStrictEqual(parseCastFile(text).overrides, {
				characters: [
					{ name: 'Kara', aliases: ['Kara Cartwright'] },
					{ name: 'Ivy', aliases: ['Ivy Lynn'] },
				],
				ignore: ['Karen'],
			});
			assert.strictEqual(withRenamed('', 'Karen', 'Kara'), '');
		});
	});
});
