// The tagger fed from elsewhere (a worker that loaded compromise): its lexicon handed over, the windows
// it lacks listed instead of tagged here, their tags added. The cast must come out as in one thread.
import * as assert from 'assert';
import { analyzeStory, castSteps, findCast, NameTagger, Term } from '../../../../src/core';

interface Compromise {
	(text: string): { docs: Term[][] };
	model(): { one: { lexicon: Record<string, string | string[]> }; two: { switches: Record<string, string> } };
}

// What the worker runs, here in the test's own thread.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const nlp = require('compromise/two') as Compromise;

// Names a lexicon cannot settle alone: first names that are words, a stranger's name, a town. Whether Grace
// is a character here turns on how compromise tags her sentence.
const STORY = [
	'Tamsin smiled. Iowa was far. Dev came down. Grace wrote back. Iowa was far.',
	'Frank walked with Hope to Still Water. "Hi," said Frank. Hope went to Rose Hill and met Frank at Rose Hill.',
].join('\n\n');

/** compromise's terms for `window`, as the worker hands them over. */
function termsOf(window: string): Term[] {
	return nlp(window)
		.docs.flat()
		.map(term => ({ text: term.text, tags: new Set(term.tags) }));
}

describe('name tagger', () => {
	it('finds the same cast when compromise runs elsewhere and hands over its lexicon and tags', () => {
		const models = [analyzeStory(STORY)];
		const inThread = findCast(models, new NameTagger(), { taggingBudget: 40 });

		const tagger = new NameTagger();
		const model = nlp.model();
		// Through JSON, as the worker hands it over.
		tagger.useLexicon(JSON.parse(JSON.stringify({ words: model.one.lexicon, switches: model.two.switches })));
		const first = tagger.withoutTagging(() => findCast(models, tagger, { taggingBudget: 40 }));
		assert.ok(first.untagged.length > 0, 'the story has doubtful names to tag');
		for (const window of first.untagged) {
			tagger.addTaggedWindow(window, termsOf(window));
		}
		const second = tagger.withoutTagging(() => findCast(models, tagger, { taggingBudget: 40 }));
		assert.ok(first.misread.length > 0, 'one pass without the tags reads them as `other`');
		assert.deepStrictEqual(second.untagged, []);
		assert.deepStrictEqual(second.result, inThread);
	});

	it('finds the cast in one pass when the windows it notes ahead are tagged between its steps', () => {
		const models = [analyzeStory(STORY)];
		const inThread = findCast(models, new NameTagger(), { taggingBudget: 40 });

		const tagger = new NameTagger();
		const model = nlp.model();
		tagger.useLexicon({ words: model.one.lexicon, switches: model.two.switches });
		const steps = castSteps(models, tagger, { taggingBudget: 40 });
		const taggedBetweenSteps: string[] = [];
		const misread: string[] = [];
		for (;;) {
			const step = tagger.withoutTagging(() => steps.next());
			misread.push(...step.misread);
			if (step.result.done) {
				assert.ok(taggedBetweenSteps.length > 0, 'the story has doubtful names to tag');
				assert.deepStrictEqual(misread, [], 'no window is read before it is tagged');
				assert.deepStrictEqual(step.result.value, inThread);
				return;
			}
			// As the cast service does with its worker.
			for (const window of step.untagged) {
				tagger.addTaggedWindow(window, termsOf(window));
				taggedBetweenSteps.push(window);
			}
		}
	});

	it('will not work without compromise before it has the lexicon', () => {
		assert.throws(() => new NameTagger().withoutTagging(() => 0), /lexicon/);
	});
});
