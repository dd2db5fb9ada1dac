// End to end, as a writer sees it: the status bar's word count opens Statistics beside the first sample
// chapter; the numbers on the page are the CLI's (`dramatis analyze --json`); a bar, clicked or chosen
// with the keyboard, moves the editor to its scene; the page follows the writer's theme (dark, light, high
// contrast); a scene titled with markup shows as text and runs nothing; the whole manuscript adds up to the
// CLI's numbers over every file; export writes through the save dialog; the day's words count as the
// writer types and are still there after a reload.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../scripts/lib/paths.mjs';
import { openSamplesInCodeServer, startEachTestFrom, VIEWPORT } from './workbench.mjs';

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

/**
 * Runs in the page: whether the workspace's storage (IndexedDB `vscode-web-state-db-<workspace>`, where the
 * extension's workspace state is kept under its id) holds a day of the writing history with `words` written.
 */
async function storedWordsToday(words) {
	const request = (source, result = () => source.result) =>
		new Promise((resolve, reject) => {
			source.onsuccess = () => resolve(result());
			source.onerror = () => reject(source.error);
		});
	const name = (await indexedDB.databases()).map(db => db.name).find(db => db.startsWith('vscode-web-state-db-') && db !== 'vscode-web-state-db-global');
	if (!name) return false;
	const db = await request(indexedDB.open(name));
	try {
		const state = await request(db.transaction('ItemTable').objectStore('ItemTable').get('dramatis.dramatis'));
		const days = state ? (JSON.parse(state)['dramatis.writingHistory']?.days ?? {}) : {};
		return Object.values(days).some(day => day.added - day.removed === words);
	} finally {
		db.close();
	}
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
	const panelTab = fileName => page.locator('.tabs-container .tab', { hasText: `Statistics: ${fileName}` });
	const cursorLine = async () => number((await statusItem(/^Ln \d+, Col \d+$/).textContent()).split(',')[0]);
	const editorText = () => page.locator('.editor-instance .monaco-editor .view-lines').first();
	/** The workbench's class for a theme that ships with VS Code, e.g. `light_modern`. */
	const themeClass = id => `vscode-theme-defaults-themes-${id}-json`;

	/**
	 * A story open with its Statistics beside it, showing this file (the panel keeps the scope the writer
	 * chose last, even across closing it). The focus stays in the story's editor.
	 */
	async function openStatistics(fileName) {
		await workbench.openFile(fileName);
		await statusItem(/\bwords$/).click({ timeout: 15_000 });
		await panelTab(fileName).waitFor({ timeout: 15_000 });
		await panel().locator('.totals').waitFor({ timeout: 15_000 });
		const thisFile = panel().locator('button.scope', { hasText: 'This file' });
		if ((await thisFile.getAttribute('aria-pressed')) !== 'true') {
			await thisFile.click();
			await panel().locator('button.scope[aria-pressed="true"]', { hasText: 'This file' }).waitFor();
		}
	}

	/** Picks a colour theme the way a writer does (Preferences: Color Theme, then its name), and waits for the page to take it. */
	async function useTheme(theme, id, bodyClass) {
		// The focus in the page, as for a writer reading it: the status bar item clicked to open it keeps the
		// focus otherwise, and shows its tooltip over the page when the theme picker gives the focus back.
		await panel().locator('h1').click();
		await workbench.runCommand('Preferences: Color Theme', { opensPicker: true });
		await workbench.pick(theme);
		await page.locator(`.monaco-workbench.${themeClass(id)}`).waitFor({ timeout: 15_000 });
		await panel().locator(`body.${bodyClass}`).waitFor({ state: 'attached', timeout: 15_000 });
	}

	/**
	 * The panel alone, in a taller and wider window, so the whole page shows in one picture. Its own element
	 * is photographed: nothing is maximized, so nothing has to be restored.
	 */
	async function screenshotWholePanel(name) {
		await page.setViewportSize({ width: 1900, height: 1250 });
		// The webview is laid over its editor group once the workbench has laid out the new window: down to the status bar.
		await page.waitForFunction(
			() => {
				const frame = document.querySelector('iframe.webview.ready')?.getBoundingClientRect();
				const statusBar = document.querySelector('.part.statusbar')?.getBoundingClientRect();
				return frame && statusBar && statusBar.top > 1200 && Math.abs(frame.bottom - statusBar.top) <= 2 && frame.width > 800;
			},
			undefined,
			{ timeout: 15_000 },
		);
		await workbench.screenshotOf(page.locator('iframe.webview.ready'), name);
		await page.setViewportSize(VIEWPORT);
	}

	before(async () => {
		// The markup fixture and an empty `.dramatis` folder are there before the workspace opens: a cast file
		// written later is then one new file in a folder the watcher already knows.
		workbench = await openSamplesInCodeServer({
			extraFiles: { [MARKUP_FIXTURE]: readFileSync(join(repoRoot, 'test', 'fixtures', MARKUP_FIXTURE), 'utf8') },
			extraFolders: ['.dramatis'],
		});
		page = workbench.page;
		page.on('dialog', dialog => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		page.on('pageerror', error => pageErrors.push(error.message));
		const path = join(workbench.workspace, CHAPTER);
		chapter = { text: readFileSync(path, 'utf8'), report: analyze(path) };
	});

	startEachTestFrom(() => workbench);

	after(async () => {
		await workbench?.close();
	});

	it('opens Statistics beside the editor from the word count in the status bar', async () => {
		await workbench.openFile(CHAPTER);
		const words = statusItem(/\bwords$/);
		await words.waitFor({ timeout: 15_000 });
		await words.click();
		await page.locator('.tabs-container .tab', { hasText: `Statistics: ${CHAPTER}` }).waitFor({ timeout: 15_000 });
		await panel().locator('.totals').waitFor({ timeout: 15_000 });
		assert.equal(await page.locator('.tabs-container .tab', { hasText: CHAPTER }).count(), 2, 'the chapter stays open beside the panel');
	});

	it("shows the CLI's numbers: totals, and each scene's words and dialogue", async () => {
		await openStatistics(CHAPTER);
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
		await openStatistics(CHAPTER);
		await useTheme('Dark Modern', 'dark_modern', 'vscode-dark');
		await workbench.screenshot('statistics-01-dark');
		await screenshotWholePanel('statistics-01-dark-whole-panel');
	});

	it('moves the editor to the scene whose bar is clicked', async () => {
		await openStatistics(CHAPTER);
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
		await openStatistics(CHAPTER);
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
		await openStatistics(CHAPTER);
		const light = await background();
		await useTheme('Dark Modern', 'dark_modern', 'vscode-dark');
		const dark = await background();
		assert.notEqual(dark, light, "the page takes the theme's background");
		await useTheme('Light Modern', 'light_modern', 'vscode-light');
		assert.equal(await background(), light, 'and takes the light one back');
		await workbench.screenshot('statistics-03-light');
		await screenshotWholePanel('statistics-03-light-whole-panel');
		await useTheme('Dark High Contrast', 'hc_black', 'vscode-high-contrast');
		assert.notEqual(await background(), light);
		await workbench.screenshot('statistics-04-high-contrast');
	});

	it('follows the writer to another story, showing a scene titled with markup as text', async () => {
		await openStatistics(CHAPTER);
		// Quick Open from the chapter's editor, so the story opens there and not over the panel.
		await editorText().click();
		await workbench.openFile(MARKUP_FIXTURE);
		const title = '<img src=x onerror=alert(1)>';
		await page.locator('.tabs-container .tab', { hasText: `Statistics: ${MARKUP_FIXTURE}` }).waitFor({ timeout: 15_000 });
		await panel().locator('.scenes-table button.link', { hasText: title }).waitFor({ state: 'attached', timeout: 10_000 });
		// The page is drawn again when the story's cast comes (compromise works in its own thread): wait for it,
		// and read and arrange the page in single steps, since any redraw replaces every element.
		await panel().locator('.cast-grid tbody tr').first().waitFor({ state: 'attached', timeout: 15_000 });
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
			.locator('body')
			.evaluate((body, markup) => {
				const button = [...body.querySelectorAll('.scenes-table button.link')].find(link => link.textContent === markup);
				button.closest('details').setAttribute('open', '');
				button.scrollIntoView({ block: 'center' });
			}, title);
		await workbench.screenshot('statistics-05-markup-scene-title');
		assert.deepEqual(facts, { images: 0, titleCells: 1, barLabels: 1 }, 'the title is text in the table and the bar, and no element was made of it');
		assert.deepEqual(dialogs, [], 'nothing ran: no alert');
	});

	it('shows a character the cast file names <img src=x onerror=alert(1)> as text in the grid', async () => {
		await openStatistics(MARKUP_FIXTURE);
		const markup = '<img src=x onerror=alert(1)>';
		const castFile = join(workbench.workspace, '.dramatis', 'cast.json');
		const row = panel().locator('.cast-grid th.character', { hasText: markup });
		writeFileSync(castFile, JSON.stringify({ characters: [{ name: markup, aliases: ['Mara'] }] }, null, 2));
		try {
			await row.waitFor({ state: 'attached', timeout: 20_000 });
			// In one step from the body: the cast file's change redraws the page (the story's cast, then the
			// manuscript's), and an element found before a redraw is gone after it.
			await panel()
				.locator('body')
				.evaluate(
					(body, name) => [...body.querySelectorAll('.cast-grid th.character')].find(cell => cell.textContent === name)?.scrollIntoView({ block: 'center' }),
					markup,
				);
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
			rmSync(castFile, { force: true });
		}
		await row.waitFor({ state: 'detached', timeout: 20_000 });
	});

	it("shows the whole manuscript, the CLI's numbers over every story file, and opens the file of a chosen scene", async () => {
		await openStatistics(CHAPTER);
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
		await openStatistics(CHAPTER);
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
		await openStatistics(CHAPTER);
		// The counts show while a story editor is active, as the editor's own line and column do.
		await editorText().click();
		const today = statusItem(/today$/);
		assert.equal((await today.textContent()).trim(), '0 / 1,000 today');
		await page.keyboard.press('Control+End');
		await page.keyboard.type('\n\nThe gulls came back at dawn.', { delay: 15 });
		await page.locator('.part.statusbar .statusbar-item', { hasText: '6 / 1,000 today' }).waitFor({ timeout: 10_000 });
		await panel().locator('.total[data-stat="today"] .value', { hasText: '6 / 1,000' }).waitFor({ timeout: 10_000 });
		await workbench.screenshot('statistics-08-today');
		// VS Code for the Web saves a moment after the last keystroke (files.autoSave is afterDelay there), and
		// refuses to unload the page while a save is on its way: wait for the text on disk, then the clean tab.
		const path = join(workbench.workspace, CHAPTER);
		const deadline = Date.now() + 15_000;
		while (!readFileSync(path, 'utf8').includes('The gulls came back at dawn.') && Date.now() < deadline) {
			await page.waitForTimeout(100);
		}
		assert.ok(readFileSync(path, 'utf8').includes('The gulls came back at dawn.'), 'the chapter was saved');
		await page.locator('.tabs-container .tab.dirty').first().waitFor({ state: 'detached', timeout: 10_000 });
		// The history reaches workspace storage a moment after the last edit; the web workbench keeps that
		// storage in the browser's IndexedDB. A reload before it is there would start the day again.
		await page.waitForFunction(storedWordsToday, 6, { timeout: 20_000, polling: 200 });
		// A reload starts a new extension host, which reads the history back from workspace storage. What the
		// window restores of its editors depends on how far it saved its own state before unloading, so the
		// story is opened again from the known state.
		await page.reload();
		await page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: 30_000 });
		await workbench.reset();
		await openStatistics(CHAPTER);
		await editorText().click();
		await page.locator('.part.statusbar .statusbar-item', { hasText: '6 / 1,000 today' }).waitFor({ timeout: 30_000 });
		await panel().locator('.history-chart .day.today[aria-label*="6 words written"]').waitFor({ state: 'attached', timeout: 15_000 });
		await screenshotWholePanel('statistics-09-after-reload-whole-panel');
	});

	it('raised no errors on the page', () => {
		assert.deepEqual(pageErrors, []);
	});
});
