import * as assert from 'assert';
import { analyzeStory, findCast, findHeadHops, NameTagger } from '../../../../src/core';

const tagger = new NameTagger();

function hopsOf(text: string) {
	const model = analyzeStory(text);
	const cast = findCast([model], tagger);
	return findHeadHops([model], cast).map(hop => ({ scene: hop.scene, first: hop.first.cue, hop: hop.cue, text: text.slice(hop.start, hop.end) }));
}

const OPENING = [
	'Mara pushed the boat off the shingle. "Hold the rope," she told Tobias.',
	'Tobias held the rope. Mara wondered whether the tide would turn before they reached the rocks.',
	'"It will hold," said Tobias. Mara looked at the sky.',
];

describe('head-hops', () => {
	it('flags a scene that gives a second character’s inner life, at the second one', () => {
		const text = [...OPENING, 'Tobias felt the cold coming up through the planks.'].join('\n\n');
		assert.deepStrictEqual(hopsOf(text), [{ scene: 0, first: 'Mara wondered', hop: 'Tobias felt', text: 'Tobias felt' }]);
	});

	it('reads the words between a name and its verb, and a thought tag after a quote', () => {
		const text = [...OPENING, '"We should go back," thought Tobias.'].join('\n\n');
		assert.deepStrictEqual(
			hopsOf(text).map(hop => hop.hop),
			['thought Tobias'],
		);
		const between = [...OPENING, 'Tobias had suddenly remembered the storm of the year before.'].join('\n\n');
		assert.deepStrictEqual(
			hopsOf(between).map(hop => hop.hop),
			['Tobias had suddenly remembered'],
		);
	});

	it('leaves alone a scene told through one character’s mind', () => {
		const text = [...OPENING, 'Mara felt the cold coming up through the planks. Mara knew they were late.'].join('\n\n');
		assert.deepStrictEqual(hopsOf(text), []);
	});

	it('leaves alone a second mind in the next scene', () => {
		const text = [...OPENING, '***', 'Tobias felt the cold coming up through the planks.'].join('\n\n');
		assert.deepStrictEqual(hopsOf(text), []);
	});

	it('leaves alone what another character knows of someone, and speech about minds', () => {
		const text = [...OPENING, 'It was a man whom Tobias knew from the harbour.', '"Tobias thought so too," Mara said.'].join('\n\n');
		assert.deepStrictEqual(hopsOf(text), []);
	});
});
