import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { findQuotes } from '../../../../src/core/dialogue/dialogue';
import { QuoteSpan } from '../../../../src/core/dialogue/types';
import { FIRST_PERSON_INCISE_VERBS, INCISE_VERBS, withoutIncises } from '../../../../src/core/dialogue/incises';

function spoken(paragraph: string, style: 'guillemets' | 'dash' = 'guillemets'): string[] {
	return findQuotes(paragraph, style).spans.map(span => paragraph.slice(span.start, span.end));
}

describe('incises', () => {
	const cases: [string, string, string[]][] = [
		['a subject after the verb', '«Monsieur, dit le gardien, la barque est prête.»', ['«Monsieur,', 'la barque est prête.»']],
		['a pronoun joined to the verb', '— Oui, répondit-elle, je viens.', ['— Oui,', 'je viens.']],
		['a pronoun after a euphonic t', '— Et demain ? demanda-t-il.', ['— Et demain ?']],
		['an object pronoun before the verb', '«Asseyez-vous, me dit la vieille dame. Le thé refroidit.»', ['«Asseyez-vous,', 'Le thé refroidit.»']],
		['a reflexive verb after an exclamation', '«Quelle marée! s’écria le pêcheur, nous rentrons.»', ['«Quelle marée!', 'nous rentrons.»']],
		['the first person, inverted', '— Attendez, repris-je, le phare s’allume.', ['— Attendez,', 'le phare s’allume.']],
		['an incise that ends the speech', '— Jamais, murmura Lise.', ['— Jamais,']],
		['two incises in one speech', '«Bon, dit Paul, allons-y, ajouta-t-il, avant la nuit.»', ['«Bon,', 'allons-y,', 'avant la nuit.»']],
		['a manner after the subject', '— Demain, répondit le vieux marin en riant, si le vent tombe.', ['— Demain,', 'si le vent tombe.']],
		// `Je rage` is no English `I raged` ending the speech.
		[
			'an incise before speech whose sentence opens on a pronoun',
			'—Oui, riposta Bastien. C’est superbe! Je rage d’attendre.',
			['—Oui,', 'C’est superbe! Je rage d’attendre.'],
		],
	];
	for (const [rule, paragraph, expected] of cases) {
		it(`cuts out ${rule}`, () => assert.deepStrictEqual(spoken(paragraph), expected));
	}

	const kept: [string, string][] = [
		['an order in the first person’s form', '«Dis, dis la vérité maintenant.»'],
		['a verb with neither subject nor pronoun', '«Je pense, dit, que non.»'],
		['a verb in the middle of speech, after no mark', '«Il a tout dit hier soir au capitaine.»'],
		['a word that only starts like a verb', '«Oui, dites-le donc au capitaine.»'],
	];
	for (const [rule, paragraph] of kept) {
		it(`keeps ${rule} as speech`, () => assert.deepStrictEqual(spoken(paragraph), [paragraph]));
	}

	it('cuts the incise of a French quote in a story whose dialogue is in double quotes', () => {
		const paragraph = 'He read the sign aloud: «Entrez, dit le patron, c’est ouvert.»';
		assert.deepStrictEqual(
			findQuotes(paragraph, 'double').spans.map(span => paragraph.slice(span.start, span.end)),
			['«Entrez,', 'c’est ouvert.»'],
		);
	});

	it('leaves English and German quotes as the marks close them', () => {
		const english = '“Wait,” said Lise, “the tide.”';
		assert.deepStrictEqual(
			findQuotes(english, 'double').spans.map(span => english.slice(span.start, span.end)),
			['“Wait,”', '“the tide.”'],
		);
		const german = '„Warte, dit Paul, auf die Flut.“';
		assert.deepStrictEqual(
			findQuotes(german, 'german').spans.map(span => german.slice(span.start, span.end)),
			[german],
		);
	});

	it('keeps an unclosed span unclosed after its last incise, and the speech before it closed', () => {
		const paragraph = '«Venez, dit Marc, la nuit tombe';
		const spans = withoutIncises(paragraph, [{ start: 0, end: paragraph.length, closed: false, kind: 'guillemet' }]);
		assert.deepStrictEqual(
			spans.map((span: QuoteSpan) => [paragraph.slice(span.start, span.end), span.closed]),
			[
				['«Venez,', true],
				['la nuit tombe', false],
			],
		);
	});

	it('returns the same spans when there is no incise', () => {
		const spans: QuoteSpan[] = [{ start: 0, end: 9, closed: true, kind: 'guillemet' }];
		assert.strictEqual(withoutIncises('«Bonjour»', spans), spans);
	});

	it('ends the story grammar’s colour of guillemets and dash speech at the same verbs', () => {
		const grammar = readFileSync(join(__dirname, '..', '..', '..', '..', '..', 'syntaxes', 'story.tmLanguage.json'), 'utf8');
		const ends = [...grammar.matchAll(/"end": "([^"]*répondit[^"]*)"/g)].map(match => match[1]);
		assert.strictEqual(ends.length, 2, 'the guillemet rule and the dash rule');
		for (const end of ends) {
			assert.ok(end.includes(`(?:${INCISE_VERBS.join('|')})`), end);
			assert.ok(end.includes(`(?:${FIRST_PERSON_INCISE_VERBS.join('|')})-je`), end);
		}
	});
});
