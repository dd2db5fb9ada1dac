import * as assert from 'assert';
import { quoteSpeakers } from './quoteSpeakers';

describe('speakers: a description an infinitive reaches for before the speech verb', () => {
	it('never gives the speech to what `to resist`, `to let` acts on', () => {
		const story = [
			'"Is the ferry running?" asked Bram.',
			'"Since Easter," said Nell; and then, unwilling to let the matter drop, added, "But the ferryman drinks."',
			'"Then we walk."',
			'Nell nodded and, unable to resist the temptation, added, "All nine miles of it."',
		];
		const said = quoteSpeakers(story);
		assert.ok(!said.some(line => / the (matter|temptation)$/.test(line)), said.join('\n'));
		assert.strictEqual(said[2], '"But the ferryman drinks." Nell');
	});
});
