import * as assert from 'assert';
import { ARTICLES, DETERMINERS, isDeterminer, isGermanDeterminer } from '../../../../src/core/lexicon/determiners';

describe('determiners', () => {
	it('knows the words before a capitalised word that make it a thing, in four languages', () => {
		const words = ['the', 'every', 'its', 'le', 'las', 'der', 'einem', 'zum', 'karen', 'diese'];
		assert.deepStrictEqual(words.filter(isDeterminer), ['the', 'every', 'its', 'le', 'las', 'der', 'einem', 'zum']);
	});

	it('knows the words a description of someone opens with', () => {
		for (const word of ['the', 'a', 'my', 'their', 'that', 'another']) {
			assert.ok(DETERMINERS.has(word), word);
		}
		for (const word of ['these', 'every', 'its', 'le']) {
			assert.ok(!DETERMINERS.has(word), word);
		}
	});

	it('knows the articles, which tie a noun to no one', () => {
		assert.ok(ARTICLES.has('another') && ARTICLES.has('the'));
		assert.ok(!ARTICLES.has('his'));
		for (const article of ARTICLES) {
			assert.ok(DETERMINERS.has(article), article);
		}
	});

	it('knows the German determiners before an inflected adjective, but not the English word die', () => {
		const words = ['einen', 'dieses', 'im', 'die', 'dein', 'Einen', undefined];
		assert.deepStrictEqual(words.filter(isGermanDeterminer), ['einen', 'dieses', 'im']);
	});
});
