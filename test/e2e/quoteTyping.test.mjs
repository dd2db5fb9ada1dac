// End to end, as a writer sees it: typing a quote mark in a .story file leaves only the mark typed (no
// closing mark carried down to the next paragraph), and a closing mark that closes nothing is reported in
// the Problems panel, as an opening mark never closed is. A screenshot of the panel to look at.
import assert from 'node:assert/strict';
import { openSamplesInCodeServer, startEachTestFrom, until } from './workbench.mjs';

const FIXTURE = 'typing.story';
const TEXT = ['Chapter 1', '', 'The lamp burned all night.', '', 'Nobody came up the steps.”', ''].join('\n');

describe('A writer types a quote mark', function () {
	this.timeout(120_000);
	let workbench;
	let page;

	/** The editor's lines as shown, in order. */
	const lines = () =>
		page.evaluate(() =>
			[...document.querySelectorAll('.editor-instance .view-lines .view-line')]
				.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
				.map(line => line.textContent.replace(/\u00a0/g, ' ')),
		);

	before(async () => {
		workbench = await openSamplesInCodeServer({ extraFiles: { [FIXTURE]: TEXT } });
		page = workbench.page;
	});

	startEachTestFrom(() => workbench);

	beforeEach(async () => {
		await workbench.openFile(FIXTURE);
	});

	after(async () => {
		await workbench?.close();
	});

	it('leaves no closing mark the writer did not type', async () => {
		await page.locator('.editor-instance .view-lines').first().click();
		await page.keyboard.press('Control+End');
		await page.keyboard.type('"');
		await page.keyboard.press('Enter');
		await page.keyboard.type('Who is there?');
		// Until the screen shows the typed line; a closing mark carried down would stay on it, and fail here.
		await until(async () => assert.deepEqual((await lines()).slice(-2), ['"', 'Who is there?']));
	});

	it('reports a closing mark that closes nothing in the Problems panel', async () => {
		// A command whose result is the panel showing (Ctrl+Shift+M toggles it, and would hide it if already shown).
		await workbench.runCommand('View: Focus Problems (Errors, Warnings, Infos)');
		await page.locator('.part.panel .markers-panel').waitFor({ timeout: 15_000 });
		const problem = page.locator('.markers-panel .monaco-list-row', { hasText: 'closing quote mark has no opening mark' });
		await problem.first().waitFor({ timeout: 15_000 });
		assert.match(await problem.first().textContent(), /\[Ln 5, Col 26\]/);
		await workbench.screenshot('e2e-quote-typing-problems');
	});
});
