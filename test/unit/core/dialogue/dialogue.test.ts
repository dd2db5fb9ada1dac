import * as assert from 'assert';
import * as fc from 'fast-check';
import { analyzeStory, DEFAULT_OPTIONS, DIALOGUE_STYLES, DialogueStyle, StoryModel, updateStory } from '../../../../src/core';
import { findQuotes } from '../../../../src/core/dialogue/dialogue';
import { dialogue, quotes } from './quoteText';

describe('dialogue', () => {
	describe('double quotes', () => {
		const cases: [string, string, string[]][] = [
			['curly, around a speaker', '“I’ll go,” said Wren, “but not far.”', ['“I’ll go,”', '“but not far.”']],
			['straight', '"Stay," Moss said. "The tide is turning."', ['"Stay,"', '"The tide is turning."']],
			['curly opened, straight closed', '“Stay," Moss said.', ['“Stay,"']],
			['a nested single quote inside', '“He said ‘never’ to me,” Wren whispered.', ['“He said ‘never’ to me,”']],
			['apostrophes inside', '“Don’t,” said Wren. “It’s the boys’ boat.”', ['“Don’t,”', '“It’s the boys’ boat.”']],
			['a closing mark typed for an opening one', '”Wait,” she said.', ['”Wait,”']],
			['a stray closing mark with nothing open', 'He shrugged" and left.', []],
			['a new opening while one is open: the first was never closed', '“Wait. “Listen to me.”', ['“Wait.', '“Listen to me.”']],
			['a title in the prose is not speech', 'They called the water the “holy lake” for years.', []],
			['a quote after a speech verb is speech', 'She said “never” and left.', ['“never”']],
			['a quote opening the paragraph is speech', '“Holy lake,” he muttered.', ['“Holy lake,”']],
			['a sentence said a few words after its verb, with no comma, is speech', 'The heron called out “The ice is in!” and flew.', ['“The ice is in!”']],
			[
				'a sentence said after a verb in -ing and its object is speech',
				'She set the kettle down, saying to herself “That will have to do.”',
				['“That will have to do.”'],
			],
			['a title a few words after a speech verb is not speech', 'Then Ned stood to explain and act out “The Wreck of the Lark” for us.', []],
			['a name given after a naming verb and its object is not speech', 'The boatmen called it “Gull Rock” for years.', []],
			['a quote a noun phrase opens on, after a speech verb, is not speech', 'The gulls began their “kee! kee!” at dawn.', []],
			['a word held up for a look, running on into the sentence', 'On the cart sat a woman, “young” and fair.', []],
			[
				'speech broken off before a lost dash, a space before its closing mark, is speech',
				'"If it rains," said Ned, "I\'ll " and the door slammed.',
				['"If it rains,"', '"I\'ll "'],
			],
			['a short quote attributed without punctuation is speech', '“Hallo” said the Rat.', ['“Hallo”']],
			['a list of things said, reported in the narration', '“Up yonder,” “Over there,” “Way up”--was all they told us.', []],
			['two quotes side by side stay speech', '“Hi.” “Hello.”', ['“Hi.”', '“Hello.”']],
			[
				'a quote attributed after it is speech, whatever ends the line before',
				'"Fine mare" he said to Ned\n"But she limps." said Tom.',
				['"Fine mare"', '"But she limps."'],
			],
			['a quote that exclaims after a conjunction is speech', '“You can,” and “I shall!” cried the twins.', ['“You can,”', '“I shall!”']],
			[
				'a sentence of its own after a conjunction, where the narration reports speech, is speech',
				'The ferryman told us the way--but “three days, maybe more.”',
				['“three days, maybe more.”'],
			],
			[
				'a sentence quoted after that, where the narration reports speech, is speech',
				'He swore that “the river will freeze by Sunday.”',
				['“the river will freeze by Sunday.”'],
			],
			[
				'a clause quoted from the middle of a sentence that reports speech, ending on its own full stop, is speech',
				'Her aunt had said that Polly “must be kept to her lessons.”',
				['“must be kept to her lessons.”'],
			],
			['a phrase a sentence calls someone, after `as`, is not speech', 'Ned told us he thought of himself as “a plain honest boatman.”', []],
			['a phrase a sentence names, after an article, is not speech', 'Ned told us it was what is called an “old wives’ summer.”', []],
			['a phrase held up mid-sentence, where nothing reports speech, is not speech', 'The gulls were “noisy, quarrelsome birds.”', []],
			['a phrase held up after a conjunction, with a full stop inside, is not speech', 'She was clever and “wise beyond her years.”', []],
			['a phrase held up after that, with a full stop inside, is not speech', 'Nobody liked that “holier than thou attitude.”', []],
			['a word held up after a conjunction is not speech', 'The air was cold and “bracing.”', []],
			['a title after a conjunction is not speech', 'He hummed “Danny Boy” and “The Water Is Wide.”', []],
			['a title attributed to nobody is not speech', 'On the shelf lay a copy of “The Water Is Wide.” It was dusty.', []],
		];
		for (const [rule, paragraph, expected] of cases) {
			it(rule, () => assert.deepStrictEqual(quotes(paragraph, 'double'), expected));
		}

		it('ends a quote left open at the last word of its paragraph', () => {
			assert.deepStrictEqual(findQuotes('"Wait, she said.  \t', 'double').spans, [{ start: 0, end: 16, closed: false, kind: 'double' }]);
		});
	});

	describe('closing marks with nothing open', () => {
		const cases: [string, string, DialogueStyle, number[]][] = [
			['a straight mark left at the end of a paragraph', 'He left the lamp burning."', 'double', [25]],
			['a straight mark before a space, after a word', 'He shrugged" and left.', 'double', [11]],
			['a curly closing mark', 'The tide was in.” Nobody moved.', 'double', [16]],
			['a guillemet', 'Il partit. » Personne ne bougea.', 'guillemets', [11]],
			['none in matched speech', '“Stay,” said Moss. "Go."', 'double', []],
			['none for inches', 'The crack was 6" long.', 'double', []],
			['none for a German closing mark', '„Komm“, sagte er.', 'german', []],
			['none for an apostrophe in British text', '‘The boys’ coats,’ she said.', 'single', []],
		];
		for (const [name, paragraph, style, expected] of cases) {
			it(name, () => {
				assert.deepStrictEqual(findQuotes(paragraph, style).strayClosings ?? [], expected);
			});
		}

		it('are kept in the model by paragraph, the opening one reported apart as unclosed', () => {
			const text = '“Hello,\n\nthere,” she said.';
			const model = analyzeStory(text);
			assert.deepStrictEqual(
				model.blocks.map(block => block.analysis.strayClosings.map(offset => block.start + offset)),
				[[], [text.indexOf('”')]],
			);
			assert.deepStrictEqual(
				model.dialogue.map(span => span.closed),
				[false],
			);
		});
	});

	describe('guillemets, German and CJK quotes', () => {
		const cases: [string, DialogueStyle, string, string[]][] = [
			['French guillemets', 'guillemets', '«Tu viens?» demanda-t-elle.', ['«Tu viens?»']],
			['French guillemets with spaces inside', 'guillemets', '« Oui », dit-il, « je viens ».', ['« Oui »', '« je viens »']],
			['guillemets facing inwards', 'guillemetsReversed', '»Komm her«, sagte sie.', ['»Komm her«']],
			['guillemets facing inwards in double-quote text', 'double', '»Komm her«, sagte sie. «Oui», dit-il.', ['»Komm her«', '«Oui»']],
			['German low-high quotes', 'german', '„Ja“, sagte er, „natürlich.“', ['„Ja“', '„natürlich.“']],
			['German quotes with a nested quote', 'german', '„Er sagte ‚nein‘ zu mir“, flüsterte sie.', ['„Er sagte ‚nein‘ zu mir“']],
			['corner brackets', 'cjk', '「行こう」と彼は言った。『待って』', ['「行こう」', '『待って』']],
			['corner brackets nested', 'cjk', '「彼は『待って』と言った」', ['「彼は『待って』と言った」']],
			['Chinese curly quotes beside corners', 'cjk', '他说：“走吧。”', ['“走吧。”']],
		];
		for (const [rule, style, paragraph, expected] of cases) {
			it(rule, () => assert.deepStrictEqual(quotes(paragraph, style), expected));
		}
	});

	describe('the document', () => {
		const styles: [DialogueStyle, string][] = [
			['double', '“Row,” said Mara.\n\n“Harder,” said Pip. The boys’ oars creaked.'],
			['single', '‘Row,’ said Mara.\n\n‘Harder,’ said Pip. “Row” is all she says.'],
			['guillemets', '«Rame», dit Mara.\n\n«Plus fort», dit Pip.'],
			['guillemetsReversed', '»Rudere«, sagte Mara.\n\n»Fester«, sagte Pip.'],
			['german', '„Rudere“, sagte Mara.\n\n„Fester“, sagte Pip.'],
			['cjk', '「漕げ」とマラは言った。\n\n「もっと」とピップは言った。'],
			['dash', '—Rema —dijo Mara.\n\n—Más fuerte —dijo Pip.'],
		];
		for (const [style, text] of styles) {
			it(`detects ${style} quotes from the marks the story uses`, () => {
				assert.strictEqual(analyzeStory(text).dialogueStyle, style);
			});
		}

		it('uses the style the writer forces, whatever the marks say', () => {
			const text = '‘Row,’ said Mara. “Harder,” said Pip. “Again,” said Mara.';
			assert.strictEqual(analyzeStory(text).dialogueStyle, 'double');
			assert.deepStrictEqual(dialogue(text, 'single'), ['‘Row,’', '“Harder,”', '“Again,”']);
			assert.deepStrictEqual(dialogue(text, 'double'), ['“Harder,”', '“Again,”']);
		});

		it('carries speech over paragraphs that open with a quote, as one span', () => {
			const text = '“The sea was rough that year.\n\n“And the next.\n\n“And the one after,” said Mara.\n\nPip said nothing.';
			const model = analyzeStory(text);
			assert.deepStrictEqual(
				model.dialogue.map(span => [text.slice(span.start, span.end), span.closed]),
				[['“The sea was rough that year.\n\n“And the next.\n\n“And the one after,”', true]],
			);
		});

		it('reports where the last paragraph of unclosed speech opened', () => {
			const text = '“The sea was rough.\n\n“And it stayed rough.\n\nPip said nothing.';
			const [span] = analyzeStory(text).dialogue;
			assert.strictEqual(span.closed, false);
			assert.strictEqual(span.lastOpening, text.indexOf('“And'));
			assert.strictEqual(text.slice(span.start, span.end), '“The sea was rough.\n\n“And it stayed rough.');
		});

		it('closes a French quote whose next paragraph opens a new speaker with a dash', () => {
			const text = '«Monsieur m’appelle? dit-il.\n\n—Oui, mon garçon.\n\n—Comme il plaira à monsieur.»\n\nUn quart d’heure après, nous partions.';
			const model = analyzeStory(text);
			assert.deepStrictEqual(
				model.dialogue.map(span => [text.slice(span.start, span.end), span.closed]),
				[
					['«Monsieur m’appelle?', true],
					['—Oui, mon garçon.', true],
					['—Comme il plaira à monsieur.»', true],
				],
			);
		});

		it('does not carry a quote into a paragraph that opens with narration', () => {
			const text = '“Wait, she said.\n\nNobody waited.';
			assert.deepStrictEqual(
				analyzeStory(text).dialogue.map(span => [text.slice(span.start, span.end), span.closed]),
				[['“Wait, she said.', false]],
			);
		});

		it('does not carry a quote over a scene break', () => {
			const text = '“Wait, she said.\n\n* * *\n\n“Morning came.”';
			assert.deepStrictEqual(dialogue(text), ['“Wait, she said.', '“Morning came.”']);
		});

		it('leaves out an indented epigraph or letter where the story’s paragraphs are not indented', () => {
			const text = [
				'    “Mine ear is open, and my heart prepared.”',
				'',
				'The lake lay still.',
				'',
				'“Row,” said Mara.',
				'',
				'Pip rowed.',
				'',
				'The oars creaked.',
			].join('\n');
			assert.deepStrictEqual(dialogue(text), ['“Row,”']);
		});

		it('keeps speech in indented paragraphs where the whole story is indented', () => {
			const text = ['\t“Row,” said Mara.', '', '\t“Harder,” said Pip.', '', '\tThe oars creaked.'].join('\n');
			assert.deepStrictEqual(dialogue(text), ['“Row,”', '“Harder,”']);
		});

		it('finds no speech in a Markdown attribute or a comment', () => {
			const text = 'She smiled. <img alt="a smile"> <!-- "a note" -->\n\n"Row," said Mara.';
			const model = analyzeStory(text, { ...DEFAULT_OPTIONS, markdown: true });
			assert.deepStrictEqual(
				model.dialogue.map(span => text.slice(span.start, span.end)),
				['"Row,"'],
			);
		});

		it('re-reads every paragraph when an edit tips the story into another convention', () => {
			const before = '„Rudere“, sagte Mara.\n\n“Out,” he said.\n\n“In,” she said.';
			const edited = before.replace('„Rudere“', '“Rudere”');
			const model = updateStory(analyzeStory(before), edited, [{ start: 0, end: before.indexOf('\n'), text: edited.slice(0, edited.indexOf('\n')) }]);
			assert.strictEqual(model.dialogueStyle, 'double');
			assert.deepStrictEqual(
				model.dialogue.map(span => edited.slice(span.start, span.end)),
				['“Rudere”', '“Out,”', '“In,”'],
			);
		});
	});

	describe('on any text', () => {
		const PIECES = [
			'"',
			'“',
			'”',
			'‘',
			'’',
			"'",
			'«',
			'»',
			'„',
			'「',
			'」',
			'—',
			'–',
			'\n',
			'\n\n',
			'\r\n\r\n',
			' ',
			'Mara',
			'said',
			'don’t',
			'boys’',
			'o’clock',
			',',
			'.',
			'!',
			'?',
			'\t',
			'    ',
			'_',
			'*',
			'cried',
			':',
			'_Mara_',
			'cried out, ',
			', dit-il',
			', répondit Lise',
			'repris-je',
		];
		const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map(pieces => pieces.join(''));
		const style = fc.constantFrom<DialogueStyle | 'auto'>('auto', ...DIALOGUE_STYLES);

		/** True when every blank line inside `[start, end)` is followed by a paragraph that opens with a quote mark. */
		function crossesOnlyIntoContinuations(source: string, start: number, end: number): boolean {
			const inside = source.slice(start, end);
			for (const blank of inside.matchAll(/\r?\n[ \t]*\r?\n\s*/g)) {
				const next = inside[blank.index + blank[0].length];
				if (next === undefined || !'"“”‘\'«»„「『—―–'.includes(next)) {
					return false;
				}
			}
			return true;
		}

		it('keeps spans in order, inside the text, and across a blank line only into a paragraph that opens with a quote', () => {
			fc.assert(
				fc.property(text, style, (source, dialogueStyle) => {
					const model = analyzeStory(source, { ...DEFAULT_OPTIONS, dialogueStyle });
					let previousEnd = 0;
					for (const span of model.dialogue) {
						assert.ok(
							span.start >= previousEnd && span.start < span.end && span.end <= source.length,
							`${span.start}-${span.end} after ${previousEnd} in 0-${source.length}`,
						);
						assert.ok(span.lastOpening >= span.start && span.lastOpening < span.end);
						assert.ok(crossesOnlyIntoContinuations(source, span.start, span.end), JSON.stringify(source.slice(span.start, span.end)));
						previousEnd = span.end;
					}
				}),
				{ numRuns: 3000 },
			);
		});

		it('gives the same dialogue and speakers after an edit as a fresh analysis', () => {
			const edit = fc.record({
				at: fc.nat(),
				length: fc.nat({ max: 6 }),
				insert: fc.array(fc.constantFrom(...PIECES), { maxLength: 4 }).map(pieces => pieces.join('')),
			});
			fc.assert(
				fc.property(text, edit, (source, { at, length, insert }) => {
					const start = at % (source.length + 1);
					const end = Math.min(source.length, start + length);
					const edited = source.slice(0, start) + insert + source.slice(end);
					const updated = updateStory(analyzeStory(source), edited, [{ start, end, text: insert }]);
					const fresh = analyzeStory(edited);
					const shape = (model: StoryModel) => [model.dialogueStyle, model.dialogue];
					assert.deepStrictEqual(shape(updated), shape(fresh));
				}),
				{ numRuns: 1500 },
			);
		});
	});
});
