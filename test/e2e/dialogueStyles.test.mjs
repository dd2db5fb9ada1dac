// End to end, as a writer sees it: a .story file holding every quote style opened in code-server with the
// packaged extension, each style's spoken words read off the screen in dialogue's colour and the
// narration beside them in another, and a screenshot kept to look at.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../scripts/lib/paths.mjs';
import { editorTokens, openSamplesInCodeServer, startEachTestFrom, until } from './workbench.mjs';

const FIXTURE = 'styles.story';
const DASH_FIXTURE = 'dash.story';

/** For each style: a word spoken and a word of the narration on the same line of the fixture. */
const STYLES = [
	['curly double', 'doubles', 'Wren'],
	['straight double', 'Straight', 'Moss'],
	['British single', 'British', 'Rat'],
	['guillemets, with the narrator’s incise inside', 'guillemets', 'Marthe'],
	['guillemets, the speech after the incise', 'récit', 'Marthe'],
	['guillemets facing inwards', 'innen', 'Lotte'],
	['German', 'Deutsche', 'Jens'],
	['CJK corners', 'かぎかっこ', '言った'],
	['dash dialogue', 'Vienes', 'preguntó'],
];

describe('A writer opens a story in every quote style', function () {
	this.timeout(120_000);
	let workbench;
	let page;

	/** The colour of the first token on screen that holds `word`. */
	const colourOf = async word => (await editorTokens(page)).find(token => token.text.includes(word))?.color;

	/**
	 * Waits for the semantic tokens: the grammar colours a line at once, but only the model knows that the
	 * guillemet speech after a French narrator's incise (`récit`) is speech again.
	 */
	async function semanticTokensIn() {
		return until(async () => {
			const dialogueColour = await colourOf('doubles');
			assert.ok(dialogueColour, 'the fixture is on screen');
			// Coloured at all: before the grammar's colours arrive, speech and narration are both in the text's
			// colour, and `récit` would match `doubles` with nothing painted yet.
			assert.notEqual(await colourOf('Wren'), dialogueColour, 'the speech is coloured apart from the narration beside it');
			assert.equal(await colourOf('récit'), dialogueColour, "the speech after the incise is in dialogue's colour");
			return dialogueColour;
		});
	}

	before(async () => {
		// The fixtures are in the workspace before it opens, so Quick Open lists them from the start.
		const fixture = name => readFileSync(join(repoRoot, 'test', 'fixtures', 'dialogue', name), 'utf8');
		workbench = await openSamplesInCodeServer({ extraFiles: { [FIXTURE]: fixture(FIXTURE), [DASH_FIXTURE]: fixture(DASH_FIXTURE) } });
		page = workbench.page;
	});

	startEachTestFrom(() => workbench);

	beforeEach(async () => {
		await workbench.openFile(FIXTURE);
	});

	after(async () => {
		await workbench?.close();
	});

	it('colours the speech of every style, and not the narration beside it', async () => {
		const dialogueColour = await semanticTokensIn();
		await workbench.screenshot('e2e-dialogue-styles');
		for (const [style, spoken, narrated] of STYLES) {
			assert.equal(await colourOf(spoken), dialogueColour, `${style}: "${spoken}" is in dialogue's colour`);
			assert.notEqual(await colourOf(narrated), dialogueColour, `${style}: "${narrated}" is narration`);
		}
		console.log(`      dialogue ${dialogueColour} in all ${STYLES.length} checks`);
	});

	it('stops an unclosed quote at the end of its paragraph', async () => {
		await semanticTokensIn();
		const unclosed = await colourOf('unclosed');
		const after = await colourOf('colours the next');
		assert.ok(unclosed && after, 'both paragraphs are on screen');
		assert.notEqual(after, unclosed, 'the paragraph after the unclosed quote is narration');
	});

	it('colours a story told in dash dialogue: both parts of a broken line, and not the narrator’s words', async () => {
		const dialogueColour = await semanticTokensIn();
		await workbench.openFile(DASH_FIXTURE);
		// Both parts of a broken line in dialogue's colour: the second comes from the semantic tokens.
		await until(async () => {
			for (const spoken of ['Vienes', 'espero', 'Oui', 'viens']) {
				assert.equal(await colourOf(spoken), dialogueColour, `"${spoken}" is in dialogue's colour`);
			}
		});
		await workbench.screenshot('e2e-dialogue-dash');
		for (const narrated of ['preguntó', 'Lise', 'digue', 'Personne']) {
			const colour = await colourOf(narrated);
			assert.ok(colour, `"${narrated}" is on screen`);
			assert.notEqual(colour, dialogueColour, `"${narrated}" is narration`);
		}
	});
});
