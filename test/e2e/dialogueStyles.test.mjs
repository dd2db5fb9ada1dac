// End to end, as a writer sees it: a .story file holding every quote style opened in code-server with the
// packaged extension, each style's spoken words read off the screen in dialogue's colour and the
// narration beside them in another, and a screenshot kept to look at.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../scripts/lib/paths.mjs';
import { openSamplesInCodeServer } from './workbench.mjs';

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

	/** Opens a fixture the workspace holds with Quick Open, once its dialogue colours are in. */
	async function openFixture(name) {
		await page.keyboard.press('Control+P');
		await page.locator('.quick-input-widget input').fill(name);
		await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 20_000 });
		await page.keyboard.press('Enter');
		await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
		await page.locator('.editor-instance .monaco-editor .view-line').first().waitFor();
		// Semantic tokens from the model arrive a moment after the grammar's colours.
		await page.waitForTimeout(1500);
	}

	/** The colour of the first token on screen that holds `word`. */
	async function colourOf(word) {
		const tokens = await page.evaluate(() =>
			[...document.querySelectorAll('.editor-instance .view-line span > span')].map(span => ({
				text: span.textContent.replace(/\u00a0/g, ' '),
				color: getComputedStyle(span).color,
			})),
		);
		return tokens.find(token => token.text.includes(word))?.color;
	}

	before(async () => {
		// The fixtures are in the workspace before it opens, so Quick Open lists them from the start.
		const fixture = name => readFileSync(join(repoRoot, 'test', 'fixtures', 'dialogue', name), 'utf8');
		workbench = await openSamplesInCodeServer({ extraFiles: { [FIXTURE]: fixture(FIXTURE), [DASH_FIXTURE]: fixture(DASH_FIXTURE) } });
		page = workbench.page;
		await openFixture(FIXTURE);
	});

	after(async () => {
		await workbench?.close();
	});

	it('colours the speech of every style, and not the narration beside it', async () => {
		await workbench.screenshot('e2e-dialogue-styles');
		const dialogueColour = await colourOf('doubles');
		assert.ok(dialogueColour, 'the fixture is on screen');
		for (const [style, spoken, narrated] of STYLES) {
			assert.equal(await colourOf(spoken), dialogueColour, `${style}: "${spoken}" is in dialogue's colour`);
			assert.notEqual(await colourOf(narrated), dialogueColour, `${style}: "${narrated}" is narration`);
		}
		console.log(`      dialogue ${dialogueColour} in all ${STYLES.length} checks`);
	});

	it('stops an unclosed quote at the end of its paragraph', async () => {
		const unclosed = await colourOf('unclosed');
		const after = await colourOf('colours the next');
		assert.ok(unclosed && after, 'both paragraphs are on screen');
		assert.notEqual(after, unclosed, 'the paragraph after the unclosed quote is narration');
	});

	it('colours a story told in dash dialogue: both parts of a broken line, and not the narrator’s words', async () => {
		const dialogueColour = await colourOf('doubles');
		await openFixture(DASH_FIXTURE);
		await workbench.screenshot('e2e-dialogue-dash');
		for (const spoken of ['Vienes', 'espero', 'Oui', 'viens']) {
			assert.equal(await colourOf(spoken), dialogueColour, `"${spoken}" is in dialogue's colour`);
		}
		for (const narrated of ['preguntó', 'Lise', 'digue', 'Personne']) {
			const colour = await colourOf(narrated);
			assert.ok(colour, `"${narrated}" is on screen`);
			assert.notEqual(colour, dialogueColour, `"${narrated}" is narration`);
		}
	});
});
