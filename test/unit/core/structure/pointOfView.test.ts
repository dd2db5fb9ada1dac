// Point of view from narration: first-person pronouns outside quotes, or the character named most.
import * as assert from 'assert';
import { countFirstPerson, guessPointOfView } from '../../../../src/core/structure/pointOfView';

describe('pointOfView', () => {
	const counts: [text: string, expected: number][] = [
		['I lit the lamp and my hands shook; I’m sure of it.', 3],
		['Je montai au phare, et j’allumai la lampe.', 2],
		['Ich stieg hinauf, und mir war kalt.', 2],
		['Yo subí la escalera; conmigo iba el perro.', 2],
		['It was Item nine in the Inventory; Mylar and Jest.', 0],
	];
	for (const [text, expected] of counts) {
		it(`counts ${expected} first-person words in ${JSON.stringify(text)}`, () => {
			assert.strictEqual(countFirstPerson(text, []), expected);
		});
	}

	it('does not count pronouns inside quotes', () => {
		const text = '“I will,” I said.';
		assert.strictEqual(countFirstPerson(text, [{ start: 0, end: text.indexOf('”') + 1 }]), 1);
	});

	it('guesses first person, then the most-named character, else nothing', () => {
		assert.strictEqual(guessPointOfView({ words: 100, firstPerson: 4 }), 'first person');
		assert.strictEqual(
			guessPointOfView({
				words: 100,
				firstPerson: 0,
				mentions: new Map([
					['Tobias', 2],
					['Mara', 5],
				]),
			}),
			'Mara',
		);
		assert.strictEqual(guessPointOfView({ words: 100, firstPerson: 0 }), undefined);
		assert.strictEqual(guessPointOfView({ words: 10, firstPerson: 5 }), undefined);
	});
});
