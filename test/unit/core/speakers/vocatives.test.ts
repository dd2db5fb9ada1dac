import * as assert from 'assert';
import { vocatives } from '../../../../src/core/speakers/vocatives';

/** The names the one quote of `paragraph` calls out. */
function calledOut(paragraph: string): string[] {
	const start = paragraph.indexOf('"');
	const end = paragraph.indexOf('"', start + 1) + 1;
	const spans = [{ start, end, closed: true, kind: 'double' as const }];
	return vocatives({ paragraph, spans, first: 0, end: 1, regionStart: 0, regionEnd: paragraph.length });
}

describe('vocatives', () => {
	it('hears a name called out at a quote’s start or end', () => {
		assert.deepStrictEqual(calledOut('"Nell, wait for me."'), ['Nell']);
		assert.deepStrictEqual(calledOut('"Come here at once, Mrs. Pike!" he said.'), ['Mrs. Pike']);
	});

	it('hears no place called out, though it stands where a name would', () => {
		assert.deepStrictEqual(calledOut('"What is cell nine, East Tower?" asked the guard.'), []);
		assert.deepStrictEqual(calledOut('"Take me back to the boats, Mr. Wood!"'), ['Mr. Wood']);
	});

	it('hears a name called out under a title written in lower case, as French and Spanish write it', () => {
		assert.deepStrictEqual(calledOut('"Pero si yo, don Miguel..."'), ['Miguel']);
		assert.deepStrictEqual(calledOut('"Ya es tarde, doña Inés," dijo ella.'), ['Inés']);
		assert.deepStrictEqual(calledOut('"Venez vite, capitaine Marlot!"'), ['Marlot']);
	});
});
