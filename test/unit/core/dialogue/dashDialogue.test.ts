// Dash dialogue: the spoken parts of a paragraph opening with a dash, and speech a colon and a dash lead into.
import * as assert from 'assert';
import { dialogue, quotes } from './quoteText';

describe('dialogue: dash dialogue', () => {
	const cases: [string, string, string[]][] = [
		['marks the spoken parts, not the narrator break', '—¿Vienes? —preguntó ella—. Te espero.', ['—¿Vienes?', 'Te espero.']],
		['a break that runs to the paragraph’s end', '—Puedes irte—le dijo al criado.', ['—Puedes irte']],
		['a break, then a new turn', '—Sí —dijo él. —Y tú, ¿qué?', ['—Sí', '—Y tú, ¿qué?']],
		['a paragraph that is all speech', '—Ya voy.', ['—Ya voy.']],
		['an unmarked English attribution ends the speech', '—Back to barracks! he said sternly. Then come up.', ['—Back to barracks!', 'Then come up.']],
		['a named speaker after a comma', '—Tell me, Mulligan, Stephen said quietly.', ['—Tell me, Mulligan,']],
		['French turns inside one paragraph are speech, and their incises narration', '— Oui, dit-il. — Non, répondit-elle.', ['— Oui,', '— Non,']],
		['a guillemet quote inside speech', '—Ella dijo «nunca», y se fue.', ['—Ella dijo «nunca», y se fue.']],
		['a numeral between dashes heads a part', '— I —', []],
		['a sentence of narration after the speech’s own end', '—¡Ya llegan!—Y todos salieron a la calle.', ['—¡Ya llegan!']],
		['speech led into by a colon in narration', 'Y entonces Lucía dijo:—¡Mis primos!—Al rato entraban en la sala.', ['—¡Mis primos!']],
		[
			'speech after a colon and a space, to the paragraph’s end',
			'Le gritó a su hermano: —Trae la cuerda, que se va el bote.',
			['—Trae la cuerda, que se va el bote.'],
		],
		['a break after colon-led speech', 'Volviéndose, añadió:—Vamos —dijo ella—, que es tarde.', ['—Vamos', 'que es tarde.']],
		['a guillemet after a colon and dash is the scanner’s quote', 'Le dijo él:—«¡Vente!», y ella rió.', ['«¡Vente!»']],
		['a colon and a dash before a number is no speech', 'El precio: —20 reales.', []],
	];
	for (const [rule, paragraph, expected] of cases) {
		it(rule, () => assert.deepStrictEqual(quotes(paragraph, 'dash'), expected));
	}

	it('finds colon-led speech in a story’s narration paragraph that has no other marks', () => {
		const story = '—¿Quién llama?\n\nSe oyó la puerta y Lucía dijo:—¡Mis primos!—Al rato entraban en la sala.\n\n—Pasad, pasad.';
		assert.deepStrictEqual(dialogue(story), ['—¿Quién llama?', '—¡Mis primos!', '—Pasad, pasad.']);
	});

	it('reads a dash opening a paragraph as punctuation in double-quote text', () => {
		assert.deepStrictEqual(quotes('—and so the winter came.', 'double'), []);
	});
});
