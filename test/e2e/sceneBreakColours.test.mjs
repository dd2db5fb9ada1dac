// End to end, as a writer sees it: a scene break (`* * *`) stands out from the prose in the default Light
// theme, in Dark and in High Contrast, each with a screenshot to look at.
import assert from 'node:assert/strict';
import { openSamplesInCodeServer } from './workbench.mjs';

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

	/** Picks a colour theme the way a writer does: Ctrl+K Ctrl+T, then its name. */
	async function chooseTheme(name) {
		await page.locator('.tabs-container .tab', { hasText: SAMPLE }).click();
		await page.keyboard.press('Control+K');
		await page.keyboard.press('Control+T');
		await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
		await page.locator('.quick-input-widget input').fill(name);
		await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: name }).waitFor();
		await page.keyboard.press('Enter');
		await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
	}

	before(async () => {
		workbench = await openSamplesInCodeServer();
		page = workbench.page;
		await workbench.openFile(SAMPLE);
		await page.locator('.editor-instance .view-line', { hasText: '* * *' }).first().waitFor();
	});

	after(async () => {
		await workbench?.close();
	});

	for (const theme of THEMES) {
		it(`colours the scene break apart from the prose in ${theme}`, async () => {
			await chooseTheme(theme);
			await page.waitForTimeout(1000);
			await workbench.screenshot(`e2e-scene-break-${theme.toLowerCase().replace(/ /g, '-')}`);
			const { sceneBreak, prose } = await colours();
			assert.ok(sceneBreak && prose, 'the scene break and the prose after it are on screen');
			assert.notEqual(sceneBreak, prose, `${theme}: the scene break has a colour of its own`);
			console.log(`      ${theme}: scene break ${sceneBreak}, prose ${prose}`);
		});
	}
});
