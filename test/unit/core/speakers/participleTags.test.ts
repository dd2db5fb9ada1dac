import * as assert from 'assert';
import { quoteSpeakers } from './quoteSpeakers';

describe('speakers: a speech verb’s participle after a clause', () => {
	it('gives the speech to the one the clause before `, saying,` opens on', () => {
		const story = [
			'"Go on, then," said Kit.',
			'As she went up the stairs to dress, Mrs. Prior followed her, saying,',
			'"I am sorry, Kit, that you should have to walk with him."',
			'"Come here," said Kit. Then they all crowded round once more, while the Owl handed her the spoon, adding, "We beg you to accept this spoon."',
		];
		assert.deepStrictEqual(quoteSpeakers(story).slice(1), [
			'"I am sorry, Kit, that you should have to walk with him." Mrs. Prior',
			'"Come here," Kit',
			'"We beg you to accept this spoon." Owl',
		]);
	});
});
