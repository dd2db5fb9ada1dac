// The lexicon's word classes packed ahead (as the CLI's build does) give exactly what the lexicon gives:
// every word it lists, the names that are also words, and words it does not list at all.
import * as assert from 'assert';
import { analyzeStory, findCast, Lexicon, NameTagger, packWordClasses, unpackWordClasses } from '../../../../src/core';
import { classify, genderIn } from '../../../../src/core/cast/wordClasses';

interface Compromise {
	model(): { one: { lexicon: Record<string, string | string[]> }; two: { switches: Record<string, string> } };
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const model = (require('compromise/two') as Compromise).model();
const lexicon: Lexicon = { words: model.one.lexicon, switches: model.two.switches };

describe('word classes packed ahead', () => {
	const packed = unpackWordClasses(packWordClasses(lexicon));

	it('class and gender every word as the lexicon does', () => {
		const unlisted = ['kindness', 'agreement', 'gullhaven', 'tamsin', 'bramble holt', 'x'];
		const keys = [...Object.keys(lexicon.words), ...Object.keys(lexicon.switches), ...unlisted];
		const differ = keys.filter(key => packed.classOf(key) !== classify(lexicon, key) || packed.genderOf(key) !== genderIn(lexicon, key));
		assert.deepStrictEqual(differ, []);
		// The table is not trivially empty: it knows names, places, genders and common words.
		assert.strictEqual(packed.classOf('karen'), 'firstName');
		assert.strictEqual(packed.genderOf('karen'), 'female');
		assert.strictEqual(packed.classOf('grace'), 'nameOrWord');
		assert.strictEqual(packed.classOf('iowa'), 'place');
		assert.strictEqual(packed.classOf('new york'), 'place');
		assert.strictEqual(packed.classOf('kindness'), 'word');
		assert.strictEqual(packed.classOf('gullhaven'), 'unknown');
	});

	it('find the same cast as the lexicon, compromise loading only to tag', () => {
		const story = [
			'Tamsin smiled. Iowa was far. Dev came down. Grace wrote back. Iowa was far.',
			'Frank walked with Hope to Still Water. "Hi," said Frank. Hope went to Rose Hill and met Frank at Rose Hill.',
		].join('\n\n');
		const models = [analyzeStory(story)];
		const tagger = new NameTagger();
		tagger.useWordClasses(packed);
		assert.ok(tagger.hasLexicon);
		assert.deepStrictEqual(findCast(models, tagger, { taggingBudget: 40 }), findCast(models, new NameTagger(), { taggingBudget: 40 }));
	});
});
