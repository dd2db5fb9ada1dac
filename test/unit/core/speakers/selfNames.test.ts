import * as assert from 'assert';
import { quoteSpeakers } from './quoteSpeakers';

describe('a name the speaker gives themself', () => {
	it('names the speaker, and the name said just before it is an answer, not someone called out', () => {
		assert.deepStrictEqual(
			quoteSpeakers([
				'"What do they call you?" asked Hedda.',
				'The boy looked at her for a long while. "Tam," he said. "Everybody calls me Tam."',
				'"Then come in, Tam," said Hedda.',
			]),
			['"What do they call you?" Hedda', '"Tam," Tam', '"Everybody calls me Tam." Tam', '"Then come in, Tam," Hedda'],
		);
	});

	it('reads `my name is` and `my name’s` too', () => {
		assert.deepStrictEqual(
			quoteSpeakers(['Hedda opened the door to a stranger.', '"Good evening," he said. "My name is Arno Vell."', '"My name’s Hedda," she said.']).map(line =>
				line.slice(line.lastIndexOf('" ') + 2),
			),
			['Arno Vell', 'Arno Vell', 'Hedda'],
		);
	});

	it('does not take a name the speaker only asks to be called', () => {
		assert.deepStrictEqual(quoteSpeakers(['"Will you call me Cordelia?" asked Anna.', '"I will not," said Hedda.', '"Please call me Cordelia," she begged.']), [
			'"Will you call me Cordelia?" Anna',
			'"I will not," Hedda',
			'"Please call me Cordelia," Anna',
		]);
	});
});
