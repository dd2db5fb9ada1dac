import * as assert from 'assert';
import { analyzeStory } from '../../../../src/core';

describe('what the narration says of a person’s sex', () => {
	it('gives `she said` to the woman of two when only the narration says the other is a he', () => {
		const text = [
			'Perrin pulled on his boots by the door. Ada waited on the step with the lamp.',
			'"Ready?" asked Ada.',
			'"Ready," said Perrin.',
			'"The tide is on the turn."',
			'"Then we go now," she said.',
		].join('\n\n');
		assert.deepStrictEqual(
			analyzeStory(text).dialogue.map(span => span.speaker),
			['Ada', 'Perrin', 'Ada', 'Ada'],
		);
	});

	it('keeps the alternation over a titled name never heard speaking when only the narration said otherwise', () => {
		const text = [
			'Perrin pulled on his boots. Lady Wren looked down from the portrait over the hearth.',
			'"Perrin," said Ada.',
			'"Yes, Ada." (A grand name for his aunt; she chose it herself.)',
		].join('\n\n');
		assert.deepStrictEqual(
			analyzeStory(text).dialogue.map(span => span.speaker),
			['Ada', 'Perrin'],
		);
	});

	it('gives `she told Tom` to the woman the narration just showed as a she, though no one has heard her speak', () => {
		const text = [
			'The winter was long and the lane was deep in mud from the first frost to the last. Bea grew restless with her callers that winter, and the village, which had opinions about everything, said Bea was proud. The vicar called twice a week and stayed for tea, and the doctor called when the vicar did not, and both went away with the same complaint.',
			'"They talk of nothing but the weather," she told Tom.',
		].join('\n\n');
		assert.deepStrictEqual(
			analyzeStory(text).dialogue.map(span => span.speaker),
			['Bea'],
		);
	});

	it('keeps a beat’s subject from the `she` who speaks after it', () => {
		const text = [
			'Tobias pulled on his boots. Mara lit her lamp.',
			'"Ready?" asked Mara.',
			'"Ready," said Tobias.',
			'Tobias rowed out past the point.',
			'"There," she said.',
		].join('\n\n');
		assert.deepStrictEqual(
			analyzeStory(text).dialogue.map(span => span.speaker),
			['Mara', 'Tobias', 'Mara'],
		);
	});

	it('keeps the subject of the narration just before a `she added` from it when the narration made him a he', () => {
		const text = [
			'Orla sat by the stove with her sewing.',
			'Teodor came in and hung his coat on the peg.',
			'"Is it late?" asked Orla.',
			'"Let me fetch the doctor," said he.',
			'Teodor stood in silence by the door. "When I think of it," she added, "I could weep."',
		].join('\n\n');
		assert.deepStrictEqual(
			analyzeStory(text).dialogue.map(span => span.speaker),
			['Orla', 'Teodor', 'Orla', 'Orla'],
		);
	});

	it('gives a `she` the narration made a she under a name it wraps across a line, on one line as a tag gives it', () => {
		const text = [
			'Pierre walked in and took off his hat.',
			'Princess Anna\r\nMikhailovna smoothed her dress and waited for him by the window.',
			'"Where is the count?" asked Pierre.',
			'"Be a man, my friend," said she.',
		].join('\r\n\r\n');
		assert.deepStrictEqual(
			analyzeStory(text).dialogue.map(span => span.speaker),
			['Pierre', 'Princess Anna Mikhailovna'],
		);
	});

	it('gives a `she` after a beat to the woman it names when nothing says what its subject is', () => {
		const text = [
			'Oren bailed. Ines knelt in the bow with the rope across her lap and looked for the buoy.',
			'"Starboard," she said. "Hard over."',
			'"Starboard it is," said Oren.',
		].join('\n\n');
		assert.deepStrictEqual(
			analyzeStory(text).dialogue.map(span => span.speaker),
			['Ines', 'Ines', 'Oren'],
		);
	});

	it('keeps the beat’s subject when the narration names two women', () => {
		// Oren opens two paragraphs: a name the story comes back to, not a capitalised word met once.
		const text = [
			'Oren took the tiller at dusk.',
			'Oren bailed. Ines knelt in the bow with the rope across her lap. Wren sat with her hands in her sleeves.',
			'"Starboard," she said.',
		].join('\n\n');
		assert.deepStrictEqual(
			analyzeStory(text).dialogue.map(span => span.speaker),
			['Oren'],
		);
	});
});
