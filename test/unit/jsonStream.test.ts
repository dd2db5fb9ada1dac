// The command line's JSON, written a piece at a time, is byte for byte what JSON.stringify writes whole.
import * as assert from 'assert';
import { chunked, writeJson } from '../../src/jsonStream';

function streamed(value: unknown, size?: number): { text: string; pieces: number } {
	let text = '';
	let pieces = 0;
	const out = chunked(piece => {
		text += piece;
		pieces++;
	}, size);
	writeJson(value, out.write);
	out.flush();
	return { text, pieces };
}

describe('JSON written a piece at a time', () => {
	const report = {
		files: [
			{
				path: 'a "quoted" \\ path\n.story',
				words: 12,
				chapters: [],
				scenes: [{ title: 'Scene 1', start: 0, end: 9, words: 2, dialogueWords: 0, characters: ['Mara', 'Pip'] }],
				quotes: [
					{ start: 1, end: 4, speaker: null },
					{ start: 5, end: 8, speaker: 'Mara' },
				],
				characters: [{ name: 'Mara', aliases: [], mentions: 3, lines: 1, note: undefined }],
				nested: [[], [[1, 2], { deep: { deeper: [true, false, -0.5, 'é'] } }], {}],
			},
		],
	};

	it('writes what JSON.stringify(value, null, 2) writes', () => {
		for (const value of [report, [], {}, { files: [] }, 'text', 3, null, [1, [2, [3]]], [undefined, 1]]) {
			assert.strictEqual(streamed(value).text, JSON.stringify(value, null, 2));
		}
	});

	it('hands its text on in chunks, a file at a time, not all at once', () => {
		const file = (name: string) => ({ path: name, quotes: Array.from({ length: 200 }, (_, index) => ({ start: index, end: index + 1, speaker: null })) });
		const many = { files: Array.from({ length: 20 }, (_, index) => file(`${index}.story`)) };
		const { text, pieces } = streamed(many, 4096);
		assert.strictEqual(text, JSON.stringify(many, null, 2));
		assert.ok(pieces >= 20, `${pieces} pieces`);
	});
});
