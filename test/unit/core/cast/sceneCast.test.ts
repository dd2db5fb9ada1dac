// Where the cast meets the scenes: who is present, and whose eyes the narration follows.
import * as assert from 'assert';
import { analyzeStory } from '../../../../src/core/assembly/analyze';
import { carrySceneCast, castScenes, CharacterAppearance, sameScenes } from '../../../../src/core/cast/sceneCast';

const TEXT = [
	'Mara climbed the steps at dusk. Mara lit the lamp, and Mara watched the water while the wind got up and the gulls went quiet along the harbour wall below her.',
	'“Tobias will come,” she said. “Tobias always comes.”',
	'* * *',
	'I went down to the quay that night, and I waited for the ferry, and my hands were cold, and I did not see Mara or the lamp, though I looked for both.',
].join('\n\n');

function appearancesOf(names: string[]): CharacterAppearance[] {
	const found: CharacterAppearance[] = [];
	for (const name of names) {
		for (let at = TEXT.indexOf(name); at >= 0; at = TEXT.indexOf(name, at + 1)) {
			const before = TEXT.slice(0, at);
			const inDialogue = (before.match(/“/g) ?? []).length > (before.match(/”/g) ?? []).length;
			found.push({ character: name, start: at, inDialogue });
		}
	}
	return found.sort((a, b) => a.start - b.start);
}

describe('sceneCast', () => {
	const model = castScenes(analyzeStory(TEXT), appearancesOf(['Mara', 'Tobias']));

	it('lists the characters named in each scene, most-mentioned first', () => {
		assert.deepStrictEqual(
			model.scenes.map(scene => scene.characters),
			[['Mara', 'Tobias'], ['Mara']],
		);
	});

	it('takes the character the narration names most as the point of view, not one only talked about', () => {
		assert.strictEqual(model.scenes[0].pointOfView, 'Mara');
	});

	it('keeps first-person narration first person, whoever is named', () => {
		assert.strictEqual(model.scenes[1].pointOfView, 'first person');
	});

	it('leaves the rest of the model as it was', () => {
		const plain = analyzeStory(TEXT);
		assert.strictEqual(model.words, plain.words);
		assert.deepStrictEqual(model.chapters, plain.chapters);
		assert.deepStrictEqual(
			model.scenes.map(scene => scene.firstLine),
			plain.scenes.map(scene => scene.firstLine),
		);
	});
});

describe('carrySceneCast', () => {
	const cast = castScenes(analyzeStory(TEXT), appearancesOf(['Mara', 'Tobias']));

	it('keeps who was in each scene across an edit that leaves the scenes as they were', () => {
		const edited = analyzeStory(TEXT.replace('at dusk', 'at nightfall'));
		const carried = carrySceneCast(cast.scenes, edited.scenes);
		assert.deepStrictEqual(
			carried.map(scene => [scene.characters, scene.pointOfView]),
			[
				[['Mara', 'Tobias'], 'Mara'],
				[['Mara'], 'first person'],
			],
		);
		assert.deepStrictEqual(
			carried.map(scene => scene.end),
			edited.scenes.map(scene => scene.end),
			'the edited scenes’ own ranges',
		);
	});

	it('carries nothing when an edit adds or removes a scene', () => {
		const split = analyzeStory(TEXT.replace('“Tobias will come,”', '* * *\n\n“Tobias will come,”'));
		assert.strictEqual(carrySceneCast(cast.scenes, split.scenes), split.scenes);
	});

	it('tells when two scene lists cut the text alike', () => {
		assert.ok(sameScenes(cast.scenes, analyzeStory(TEXT).scenes));
		assert.ok(!sameScenes(cast.scenes, analyzeStory(TEXT.replace('at dusk', 'at nightfall')).scenes));
	});
});
