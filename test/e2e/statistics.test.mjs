// End to end, as a writer sees it: the status bar's word count opens Statistics beside the first sample
// chapter; the numbers on the page are the CLI's (`dramatis analyze --json`); a bar, clicked or chosen
// with the keyboard, moves the editor to its scene; the page follows the writer's theme (dark, light, high
// contrast); a scene titled with markup shows as text and runs nothing; the whole manuscript adds up to the
// CLI's numbers over every file; export writes through the save dialog; the day's words count as the
// writer types and are still there after a reload.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { repoRoot } from '../../scripts/lib/paths.mjs';
import { openSamplesInCodeServer } from './workbench.mjs';

const CHAPTER = '01-the-lamp.story';
/** A fixture whose third scene is titled `<img src=x onerror=alert(1)>`. */
const MARKUP_FIXTURE = 'harbour.story';

function analyze(file) {
	const output = execFileSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'analyze', '--json', file], { encoding: 'utf8' });
	return JSON.parse(output).files[0];
}

/** Chapters as the panel counts them: `## Chapter` lines, and `#` headings that hold no chapter. */
function chapterCount(report) {
	return report.chapters.filter((chapter, index) => {
		const next = report.chapters[index + 1];
		return chapter.level === 2 || !(next && next.level === 2 && next.start < chapter.end);
	}).length;
}

const lineOf = (text, offset) => text.slice(0, offset).split('\n').length;
const number = text => Number(text.replace(/[^\d]/g, ''));

describe('A writer looks at the Statistics of a chapter', function () {
	this.timeout(180_000);
	let workbench;
	let page;
	let chapter;
	const dialogs = [];
	const pageErrors = [];

	const statusItem = pattern => page.locator('.part.statusbar .statusbar-item').filter({ hasText: pattern }).first();
	const panel = () => page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
	const cursorLine = async () => number((await statusItem(/^Ln \d+, Col \d+$/).textContent()).split(',')[0]);

	/** Quick Open from the editor beside the panel, so the file opens there and not over the panel. */
	async function openFile(fileName) {
		const editor = page.locator('.editor-instance .monaco-editor .view-lines').first();
		if ((await editor.count()) > 0) {
			await editor.click();
		}
		await page.keyboard.press('Control+P');
		await page.locator('.quick-input-widget input').fill(fileName);
		// Enter acts on the focused row, once the results have settled on the file.
		await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: fileName }).first().waitFor();
		await page.keyboard.press('Enter');
		// Exactly the file's name: the panel's tab reads `Statistics: <file>`.
		await page.locator('.tabs-container .tab.active').getByText(fileName, { exact: true }).waitFor();
	}

	const chapterTab = () => page.locator('.tabs-container .tab').filter({ hasNotText: 'Statistics: ' }).first();
	const panelTab = () => page.locator('.tabs-container .tab', { hasText: 'Statistics: ' });

	/** Picks a colour theme the way a writer does: Ctrl+K Ctrl+T, then its name. */
	async function useTheme(theme, bodyClass) {
		await chapterTab().click();
		await page.keyboard.press('Control+K');
		await page.keyboard.press('Control+T');
		await page.locator('.quick-input-list .monaco-list-row', { hasText: theme }).first().waitFor();
		await page.locator('.quick-input-widget input').fill(theme);
		await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: theme }).waitFor();
		await page.keyboard.press('Enter');
		await panel().locator(`body.${bodyClass}`).waitFor({ state: 'attached', timeout: 15_000 });
	}

	/**
	 * Maximizes or restores the panel's editor group (Ctrl+K Ctrl+M) until the chapter's tab is as wanted.
	 * The chord is pressed again when the first one is lost: a key pressed while the webview takes focus
	 * can go to the webview instead of the workbench.
	 */
	async function setPanelMaximized(maximized) {
		const wanted = maximized ? 'hidden' : 'visible';
		for (let attempt = 1; ; attempt++) {
			await panelTab().click();
			await page.keyboard.press('Control+K');
			await page.keyboard.press('Control+M');
			try {
				await chapterTab().waitFor({ state: wanted, timeout: 5_000 });
				return;
			} catch (error) {
				if (attempt === 3) {
					throw error;
				}
			}
		}
	}

	/** The panel alone, maximized in a taller window, so the whole page shows in one picture. */
	async function screenshotWholePanel(name) {
		await page.setViewportSize({ width: 1400, height: 1250 });
		await setPanelMaximized(true);
		await workbench.screenshot(name);
		await setPanelMaximized(false);
		await page.setViewportSize({ width: 1400, height: 900 });
	}

	before(async () => {
		workbench = await openSamplesInCodeServer();
		page = workbench.page;
		page.on('dialog', dialog => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		page.on('pageerror', error => pageErrors.push(error.message));
		copyFileSync(join(repoRoot, 'test', 'fixtures', MARKUP_FIXTURE), join(workbench.workspace, MARKUP_FIXTURE));
		const path = join(workbench.workspace, CHAPTER);
		chapter = { text: readFileSync(path, 'utf8'), report: analyze(path) };
		await openFile(CHAPTER);
		await page.locator('.editor-instance .monaco-editor .view-line').first().waitFor();
	});

	afterEach(async function () {
		if (this.currentTest?.state === 'failed' && workbench) {
			await workbench.screenshot(`statistics-failed-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 60)}`);
		}
	});

	after(async () => {
		await workbench?.close();
	});

	it('opens Statistics beside the editor from the word count in the status bar', async () => {
		const words = statusItem(/\bwords$/);
		await words.waitFor({ timeout: 15_000 });
		await words.click();
		await page.locator('.tabs-container .tab', { hasText: `Statistics: ${CHAPTER}` }).waitFor({ timeout: 15_000 });
		await panel().locator('.totals').waitFor({ timeout: 15_000 });
		assert.equal(await page.locator('.tabs-container .tab', { hasText: CHAPTER }).count(), 2, 'the chapter stays open beside the panel');
	});

	it("shows the CLI's numbers: totals, and each scene's words and dialogue", async () => {
		const { report } = chapter;
		const total = async stat => (await panel().locator(`.total[data-stat="${stat}"] .value`).textContent()).trim();
		const dialogueWords = report.scenes.reduce((sum, scene) => sum + scene.dialogueWords, 0);
		assert.equal(number(await total('words')), report.words);
		assert.equal(number(await total('scenes')), report.scenes.length);
		assert.equal(number(await total('chapters')), chapterCount(report));
		assert.equal(await total('dialogue'), `${Math.round((dialogueWords / report.words) * 100)}%`);
		assert.equal(await total('reading'), `${Math.max(1, Math.round(report.words / 250))} min`);

		const rows = await panel()
			.locator('.scenes-table tbody tr')
			.evaluateAll(trs =>
				trs.map(tr => ({
					words: tr.querySelector('[data-field="words"]').textContent,
					dialogueWords: tr.querySelector('[data-field="dialogueWords"]').textContent,
				})),
			);
		assert.deepEqual(
			rows.map(row => ({ words: number(row.words), dialogueWords: number(row.dialogueWords) })),
			report.scenes.map(({ words, dialogueWords }) => ({ words, dialogueWords })),
		);
		// The cast is decided after the numbers (compromise works in its own thread): the grid fills when it comes.
		await panel().locator('.cast-grid tbody tr').first().waitFor({ timeout: 15_000 });
		const grid = await panel()
			.locator('.cast-grid tbody tr')
			.evaluateAll(rows =>
				rows.map(row => ({
					name: row.querySelector('th').textContent,
					present: [...row.querySelectorAll('td')].map(cell => !cell.classList.contains('absent')),
				})),
			);
		// Present where the CLI names them in a scene, or where they speak there.
		const speaksIn = (character, scene) =>
			report.quotes.some(quote => [character.name, ...character.aliases].includes(quote.speaker) && scene.start <= quote.start && quote.start < scene.end);
		const expectedGrid = report.characters
			.map(character => ({
				name: character.name,
				present: report.scenes.map(scene => scene.characters.includes(character.name) || speaksIn(character, scene)),
			}))
			.filter(row => row.present.some(Boolean));
		assert.ok(expectedGrid.length > 0, 'the CLI finds characters in the sample chapter');
		const alphabetically = (a, b) => a.name.localeCompare(b.name);
		assert.deepEqual(grid.sort(alphabetically), expectedGrid.sort(alphabetically), 'the grid places each character where the CLI does');
		const lines = await panel()
			.locator('.lines-chart li')
			.evaluateAll(items => items.map(item => ({ name: item.querySelector('.name').textContent, lines: item.querySelector('.count').textContent })));
		assert.deepEqual(
			lines.map(({ name, lines: count }) => ({ name, lines: number(count) })).sort(alphabetically),
			report.characters
				.filter(character => character.lines > 0)
				.map(({ name, lines: count }) => ({ name, lines: count }))
				.sort(alphabetically),
			"lines per character are the CLI's",
		);
		const bars = await panel()
			.locator('.scene-chart .bar')
			.evaluateAll(elements => elements.map(bar => bar.getAttribute('aria-label')));
		assert.equal(bars.length, report.scenes.length);
		bars.forEach((label, index) => assert.match(label, new RegExp(`: ${report.scenes[index].words.toLocaleString('en')} words, \\d+% dialogue`)));
	});

	it('draws in the dark theme', async () => {
		await useTheme('Dark Modern', 'vscode-dark');
		await workbench.screenshot('statistics-01-dark');
		await screenshotWholePanel('statistics-01-dark-whole-panel');
	});

	it('moves the editor to the scene whose bar is clicked', async () => {
		const scene = chapter.report.scenes[2];
		await panel().locator('.scene-chart .bar[data-scene="2"]').click();
		await page.waitForFunction(
			line => [...document.querySelectorAll('.statusbar-item')].some(item => item.textContent.trim().startsWith(`Ln ${line},`)),
			lineOf(chapter.text, scene.start),
			{ timeout: 10_000 },
		);
		assert.equal(await cursorLine(), lineOf(chapter.text, scene.start));
		assert.equal((await statusItem(/in scene$/).textContent()).trim(), `${scene.words.toLocaleString('en')} in scene`);
		await workbench.screenshot('statistics-02-scene-revealed');
	});

	it('moves the editor with the keyboard: arrow keys between bars, Enter to go', async () => {
		await panel().locator('.scene-chart .bar[data-scene="0"]').focus();
		await page.keyboard.press('ArrowRight');
		assert.equal(await panel().locator('.scene-chart .bar:focus').getAttribute('data-scene'), '1');
		await page.keyboard.press('Enter');
		const line = lineOf(chapter.text, chapter.report.scenes[1].start);
		await page.waitForFunction(
			expected => [...document.querySelectorAll('.statusbar-item')].some(item => item.textContent.trim().startsWith(`Ln ${expected},`)),
			line,
			{ timeout: 10_000 },
		);
		assert.equal(await cursorLine(), line);
	});

	it('draws in the light and high-contrast themes', async () => {
		const background = () =>
			panel()
				.locator('body')
				.evaluate(body => getComputedStyle(body).backgroundColor);
		const dark = await background();
		await useTheme('Light Modern', 'vscode-light');
		assert.notEqual(await background(), dark, "the page takes the theme's background");
		await workbench.screenshot('statistics-03-light');
		await screenshotWholePanel('statistics-03-light-whole-panel');
		await useTheme('Dark High Contrast', 'vscode-high-contrast');
		await workbench.screenshot('statistics-04-high-contrast');
		await useTheme('Light Modern', 'vscode-light');
	});

	it('follows the writer to another story, showing a scene titled with markup as text', async () => {
		await openFile(MARKUP_FIXTURE);
		const title = '<img src=x onerror=alert(1)>';
		await page.locator('.tabs-container .tab', { hasText: `Statistics: ${MARKUP_FIXTURE}` }).waitFor({ timeout: 15_000 });
		await panel().locator('.scenes-table button.link', { hasText: title }).waitFor({ state: 'attached', timeout: 10_000 });
		const facts = await panel()
			.locator('body')
			.evaluate(
				(body, markup) => ({
					images: body.querySelectorAll('img').length,
					titleCells: [...body.querySelectorAll('.scenes-table button.link')].filter(button => button.textContent === markup).length,
					barLabels: [...body.querySelectorAll('.scene-chart .bar')].filter(bar => bar.getAttribute('aria-label').includes(markup)).length,
				}),
				title,
			);
		await panel()
			.locator('.scenes-table')
			.evaluate(table => table.closest('details').setAttribute('open', ''));
		await panel().locator('.scenes-table button.link', { hasText: title }).scrollIntoViewIfNeeded();
		await workbench.screenshot('statistics-05-markup-scene-title');
		assert.deepEqual(facts, { images: 0, titleCells: 1, barLabels: 1 }, 'the title is text in the table and the bar, and no element was made of it');
		assert.deepEqual(dialogs, [], 'nothing ran: no alert');
	});

	it('shows a character the cast file names <img src=x onerror=alert(1)> as text in the grid', async () => {
		const markup = '<img src=x onerror=alert(1)>';
		const castFile = join(workbench.workspace, '.dramatis', 'cast.json');
		mkdirSync(dirname(castFile), { recursive: true });
		// A folder and a file made in the same instant from outside the editor are not always both seen by
		// code-server's watcher; a writer's editor makes them one after the other.
		await page.waitForTimeout(2000);
		writeFileSync(castFile, JSON.stringify({ characters: [{ name: markup, aliases: ['Mara'] }] }, null, 2));
		try {
			const row = panel().locator('.cast-grid th.character', { hasText: markup });
			await row.waitFor({ state: 'attached', timeout: 20_000 });
			await row.scrollIntoViewIfNeeded();
			const facts = await panel()
				.locator('body')
				.evaluate(
					(body, name) => ({
						images: body.querySelectorAll('img').length,
						rows: [...body.querySelectorAll('.cast-grid th.character')].filter(cell => cell.textContent === name).length,
						cells: [...body.querySelectorAll('.cast-grid td')].filter(cell => cell.getAttribute('aria-label')?.startsWith(`${name} in `)).length,
					}),
					markup,
				);
			await workbench.screenshot('statistics-05-markup-character');
			assert.equal(facts.images, 0, 'no element was made of the name');
			assert.equal(facts.rows, 1, 'the name heads its row as text');
			assert.ok(facts.cells > 0, 'its cells are labelled with the name as text');
			assert.deepEqual(dialogs, [], 'nothing ran: no alert');
		} finally {
			rmSync(join(workbench.workspace, '.dramatis'), { recursive: true, force: true });
		}
	});

	it("shows the whole manuscript, the CLI's numbers over every story file, and opens the file of a chosen scene", async () => {
		const files = readdirSync(workbench.workspace)
			.filter(name => name.endsWith('.story'))
			.sort();
		const reports = files.map(name => ({ name, report: analyze(join(workbench.workspace, name)) }));
		const sum = count => reports.reduce((total, { report }) => total + count(report), 0);
		await panel()
			.locator('button.scope', { hasText: `Manuscript (${files.length} files)` })
			.click();
		await page.locator('.tabs-container .tab', { hasText: 'Statistics: Manuscript' }).waitFor({ timeout: 15_000 });
		await panel().locator('button.scope[aria-pressed="true"]', { hasText: 'Manuscript' }).waitFor();
		const total = async stat => number(await panel().locator(`.total[data-stat="${stat}"] .value`).textContent());
		assert.equal(
			await total('words'),
			sum(report => report.words),
		);
		assert.equal(
			await total('scenes'),
			sum(report => report.scenes.length),
		);
		assert.equal(await total('chapters'), sum(chapterCount));
		await workbench.screenshot('statistics-06-manuscript');
		await screenshotWholePanel('statistics-06-manuscript-whole-panel');

		const last = reports[reports.length - 1];
		const lastScene = last.report.scenes[last.report.scenes.length - 1];
		await panel()
			.locator(`.scene-chart .bar[data-scene="${sum(report => report.scenes.length) - 1}"]`)
			.click();
		await page.locator('.tabs-container .tab.active').getByText(last.name, { exact: true }).waitFor({ timeout: 10_000 });
		const text = readFileSync(join(workbench.workspace, last.name), 'utf8');
		await page.waitForFunction(
			line => [...document.querySelectorAll('.statusbar-item')].some(item => item.textContent.trim().startsWith(`Ln ${line},`)),
			lineOf(text, lastScene.start),
			{ timeout: 10_000 },
		);
		await panel().locator('button.scope', { hasText: 'This file' }).click();
		await panel().locator('button.scope[aria-pressed="true"]', { hasText: 'This file' }).waitFor();
	});

	it('exports the statistics as JSON through the save dialog', async () => {
		await openFile(CHAPTER);
		await page.locator('.tabs-container .tab', { hasText: `Statistics: ${CHAPTER}` }).waitFor({ timeout: 15_000 });
		await panel().locator('button.export', { hasText: 'Export JSON' }).click();
		const target = join(workbench.workspace, 'lamp-export.json');
		const input = page.locator('.quick-input-widget input');
		await input.waitFor({ timeout: 10_000 });
		await page.waitForFunction(() => document.querySelector('.quick-input-widget input')?.value.endsWith('.json'), undefined, { timeout: 10_000 });
		assert.equal(await input.inputValue(), join(workbench.workspace, '01-the-lamp-statistics.json'), 'the dialog offers a file beside the chapter');
		await input.fill(target);
		await page.keyboard.press('Enter');
		const deadline = Date.now() + 10_000;
		while (!existsSync(target) && Date.now() < deadline) {
			await page.waitForTimeout(100);
		}
		const exported = JSON.parse(readFileSync(target, 'utf8'));
		assert.equal(exported.words, chapter.report.words);
		assert.deepEqual(
			exported.scenes.map(({ title, words, dialogueWords }) => ({ title, words, dialogueWords })),
			chapter.report.scenes.map(({ title, words, dialogueWords }) => ({ title, words, dialogueWords })),
		);
	});

	it("counts the writer's words for today, and keeps them after a reload", async () => {
		// The counts show while a story editor is active, as the editor's own line and column do.
		await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
		const today = statusItem(/today$/);
		assert.equal((await today.textContent()).trim(), '0 / 1,000 today');
		await page.keyboard.press('Control+End');
		await page.keyboard.type('\n\nThe gulls came back at dawn.', { delay: 15 });
		await page.locator('.part.statusbar .statusbar-item', { hasText: '6 / 1,000 today' }).waitFor({ timeout: 10_000 });
		await panel().locator('.total[data-stat="today"] .value', { hasText: '6 / 1,000' }).waitFor({ timeout: 10_000 });
		await workbench.screenshot('statistics-08-today');
		// Saved, so the reload asks nothing; the history is stored a moment after the last edit.
		await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
		await page.keyboard.press('Control+S');
		await page.waitForTimeout(2000);
		// A reload starts a new extension host, which reads the history back from workspace storage.
		await page.reload();
		// The restored window may put focus on the panel; the counts show with a story editor in focus.
		await page.locator('.editor-instance .monaco-editor .view-lines').first().click({ timeout: 30_000 });
		await page.locator('.part.statusbar .statusbar-item', { hasText: '6 / 1,000 today' }).waitFor({ timeout: 30_000 });
		await panel().locator('.history-chart .day.today[aria-label*="6 words written"]').waitFor({ state: 'attached', timeout: 15_000 });
		await screenshotWholePanel('statistics-09-after-reload-whole-panel');
	});

	it('raised no errors on the page', () => {
		assert.deepEqual(pageErrors, []);
	});
});
