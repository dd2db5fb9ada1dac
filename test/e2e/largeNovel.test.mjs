// End to end on a novel the size of War and Peace (about 570,000 words in one file, generated here from
// sentences of our own): the word count, outline, Scenes, Cast and Statistics views keep up, and typing
// shows at once.
// Expected counts come from the CLI, the other reader of the same core.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../../scripts/lib/paths.mjs';
import { openSamplesInCodeServer, startEachTestFrom } from './workbench.mjs';

const NOVEL = '99-the-long-watch.story';
const SENTENCES = [
	'The lamp burned all night above the harbour.',
	'“Row for the light,” said Mara, and Tobias rowed.',
	'Rain needled the glass; the gulls kept their heads down.',
	'“Nobody ever named the last rock,” Tobias said.',
];

function generateNovel() {
	const parts = [];
	for (let book = 1; book <= 15; book++) {
		parts.push(`BOOK ${book}`);
		for (let chapter = 1; chapter <= 24; chapter++) {
			parts.push(`Chapter ${chapter}`);
			for (let paragraph = 0; paragraph < 44; paragraph++) {
				if (paragraph === 22) parts.push('* * *');
				parts.push([0, 1, 2, 3].map(index => SENTENCES[(paragraph + index + chapter) % SENTENCES.length]).join(' '));
			}
		}
	}
	return parts.join('\n\n');
}

describe('A writer works in a novel as long as War and Peace', function () {
	this.timeout(180_000);
	let workbench;
	let page;
	let expected;

	const statusText = () =>
		page
			.locator('.statusbar-item')
			.allTextContents()
			.then(texts => texts.join(' | '));

	before(async () => {
		workbench = await openSamplesInCodeServer({ extraFiles: { [NOVEL]: generateNovel() } });
		page = workbench.page;
		[expected] = JSON.parse(
			execFileSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'analyze', '--json', join(workbench.workspace, NOVEL)], {
				encoding: 'utf8',
				maxBuffer: 64 << 20,
			}),
		).files;
	});

	startEachTestFrom(() => workbench);

	beforeEach(async () => {
		await workbench.openFile(NOVEL);
	});

	after(async () => {
		await workbench?.close();
	});

	it('shows the whole word count in the status bar', async () => {
		assert.ok(expected.words > 550_000, `${expected.words} words`);
		const count = expected.words.toLocaleString('en');
		await page.locator('.statusbar-item', { hasText: count }).first().waitFor({ timeout: 30_000 });
		assert.match(await statusText(), new RegExp(count));
	});

	it('shows the books, chapters and scenes in the Outline, and the Scenes and Cast views beside them', async () => {
		await workbench.showDramatisSideBar();
		await page.locator('.monaco-list[aria-label^="Cast"] .monaco-list-row', { hasText: 'Mara' }).first().waitFor({ timeout: 30_000 });
		// The novel's file opened in the Scenes view (its row toggles, so it is clicked only when closed).
		const file = page.locator('.monaco-list[aria-label^="Scenes"] .monaco-list-row', { hasText: NOVEL }).first();
		await file.waitFor({ timeout: 30_000 });
		if ((await file.getAttribute('aria-expanded')) === 'false') {
			await file.click();
		}
		await page.locator('.monaco-list[aria-label^="Scenes"] .monaco-list-row', { hasText: 'BOOK 1' }).first().waitFor({ timeout: 30_000 });
		await workbench.goToSymbol('Chapter 24', 'Chapter 24');
		await workbench.screenshot('e2e-large-01-views');
		await workbench.closePicker();
	});

	it("opens Statistics on the whole novel with the CLI's totals", async () => {
		const panel = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
		await page
			.locator('.part.statusbar .statusbar-item')
			.filter({ hasText: /\bwords$/ })
			.first()
			.click();
		await page.locator('.tabs-container .tab', { hasText: `Statistics: ${NOVEL}` }).waitFor({ timeout: 30_000 });
		await panel.locator('.totals').waitFor({ timeout: 30_000 });
		const total = async stat => Number((await panel.locator(`.total[data-stat="${stat}"] .value`).textContent()).replace(/[^\d]/g, ''));
		assert.equal(await total('words'), expected.words);
		assert.equal(await total('scenes'), expected.scenes.length);
		assert.equal(await panel.locator('.scene-chart .bar').count(), expected.scenes.length);
		await workbench.screenshot('e2e-large-02-statistics');
	});

	it('counts words as they are typed', async () => {
		// Opened again, the novel is read again in slices in the background; keystrokes made meanwhile wait
		// for that reading to finish. The typing is timed from a novel read through: its whole count shown.
		await page
			.locator('.statusbar-item', { hasText: `${expected.words.toLocaleString('en')} words` })
			.first()
			.waitFor({ timeout: 60_000 });
		// At the end of the novel, which ends a paragraph. (End alone would stop at the end of a wrapped row,
		// in the middle of a word.)
		await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
		await page.keyboard.press('Control+End');
		await page.keyboard.type(' The keeper wrote it all down', { delay: 30 });
		const count = (expected.words + 6).toLocaleString('en');
		await page.locator('.statusbar-item', { hasText: count }).first().waitFor({ timeout: 10_000 });
		await workbench.screenshot('e2e-large-03-typing');
	});
});
