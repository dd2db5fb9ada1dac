// Line and column of an offset in text not open in an editor, as VS Code counts them.
import * as assert from 'assert';
import fc from 'fast-check';
import { LineIndex } from '../../../../src/core/text/lines';

describe('lines', () => {
	it('counts \\n, \\r\\n and a lone \\r as line ends', () => {
		const text = 'The gulls.\r\nThe boats.\nThe lamp.\rThe end.';
		const lines = LineIndex.of(text);
		assert.strictEqual(lines.lineCount, 4);
		for (const [word, line] of [
			['gulls', 0],
			['boats', 1],
			['lamp', 2],
			['end', 3],
		] as const) {
			const offset = text.indexOf(word);
			assert.deepStrictEqual(lines.positionAt(offset), {
				line,
				character: offset - text.lastIndexOf('\n', offset) - 1 - (line === 3 ? text.lastIndexOf('\r', offset) - text.lastIndexOf('\n', offset) : 0),
			});
		}
	});

	it('puts the \\r of a \\r\\n on its own line, and clamps offsets past either end', () => {
		const text = 'ab\r\ncd';
		const lines = LineIndex.of(text);
		assert.deepStrictEqual(lines.positionAt(2), { line: 0, character: 2 });
		assert.deepStrictEqual(lines.positionAt(4), { line: 1, character: 0 });
		assert.deepStrictEqual(lines.positionAt(99), { line: 1, character: 2 });
		assert.deepStrictEqual(lines.positionAt(-5), { line: 0, character: 0 });
	});

	it('has one line for empty text', () => {
		assert.deepStrictEqual(LineIndex.of('').positionAt(0), { line: 0, character: 0 });
	});

	it('agrees with counting line ends one character at a time, for any mix of line endings', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom('a', 'é', ' ', '\n', '\r', '\r\n', '\n\r'), { maxLength: 60 }), parts => {
				const text = parts.join('');
				const lines = LineIndex.of(text);
				let line = 0;
				let character = 0;
				for (let offset = 0; offset <= text.length; offset++) {
					assert.deepStrictEqual(lines.positionAt(offset), { line, character }, `offset ${offset} of ${JSON.stringify(text)}`);
					const code = text[offset];
					if (code === '\n' || (code === '\r' && text[offset + 1] !== '\n')) {
						line++;
						character = 0;
					} else {
						character++;
					}
				}
			}),
		);
	});
});
