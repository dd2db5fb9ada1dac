// End to end, as a writer sees it: a scene break (`* * *`) stands out from the prose in the default Light
// theme, in Dark and in High Contrast, each with a screenshot to look at.
import assert from 'node:assert/strict';
import { openSamplesInCodeServer, startEachTestFrom, until } from './workbench.mjs';

const SAMPLE = '01-the-lamp.story';
const THEMES = ['Light Modern', 'Dark Modern', 'Dark High Contrast'];

describe('A writer sees the scene breaks in every built-in theme', function () {
	this.timeout(180_000);
	let workbench;
	let page;

	/** The colours on screen of the scene break line and of the narration. */
	async function colours() {
		return page.evaluate(() => {
			const tokens = [...document.querySelectorAll('.editor-instance .view-line span > span')].map(span => ({
				text: span.textContent.replace(/\u00a0/g, ' ').trim(),
				color: getComputedStyle(span).color,
			}));
			return {
				sceneBreak: tokens.find(token => token.text === '* * *')?.color,
				prose: tokens.find(token => token.text.startsWith('He brought soup'))?.color,
			};
		});
	}

	/** Picks a colour theme the way a writer does: Preferences: Color Theme, then its name. */
	async function chooseTheme(name) {
		await workbench.runCommand('Preferences: Color Theme', { opensPicker: true });
		await workbench.pick(name);
	}

	before(async () => {
		workbench = await openSamplesInCodeServer();
		page = workbench.page;
	});

	startEachTestFrom(() => workbench);

	beforeEach(async () => {
		await workbench.openFile(SAMPLE);
		await page.locator('.editor-instance .view-line', { hasText: '* * *' }).first().waitFor();
	});

	after(async () => {
		await workbench?.close();
	});

	for (const theme of THEMES) {
		it(`colours the scene break apart from the prose in ${theme}`, async () => {
			await chooseTheme(theme);
			// The editor is painted again in the theme's colours a moment after the theme is chosen.
			const { sceneBreak, prose } = await until(async () => {
				const found = await colours();
				assert.ok(found.sceneBreak && found.prose, 'the scene break and the prose after it are on screen');
				assert.notEqual(found.sceneBreak, found.prose, `${theme}: the scene break has a colour of its own`);
				return found;
			});
			await workbench.screenshot(`e2e-scene-break-${theme.toLowerCase().replace(/ /g, '-')}`);
			console.log(`      ${theme}: scene break ${sceneBreak}, prose ${prose}`);
		});
	}
});
