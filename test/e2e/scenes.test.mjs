// End to end, as a writer sees it: the Scenes view in the Dramatis sidebar following the cursor through the
// sample manuscript, a click on a scene, and the Go to Scene… picker previewing as the writer moves through it.
// Expected titles and counts come from the CLI (`dramatis analyze --json`), the other reader of the same core.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../scripts/lib/paths.mjs';
import { openSamplesInCodeServer, startEachTestFrom } from './workbench.mjs';

function analyze(file) {
	const output = execFileSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'analyze', '--json', file], { encoding: 'utf8' });
	return JSON.parse(output).files[0];
}

/** 1-based line of an offset, as the status bar shows it. */
function lineOf(text, offset) {
	return text.slice(0, offset).split('\n').length;
}

describe('A writer finds their way by scenes', function () {
	this.timeout(120_000);
	let workbench;
	let page;
	const chapters = [];

	const sidebarRows = () => page.locator('.part.sidebar .monaco-list-row');
	const cursorLine = async () =>
		Number(
			/Ln (\d+)/.exec(
				await page
					.locator('.part.statusbar .statusbar-item', { hasText: /^Ln \d+, Col \d+/ })
					.first()
					.textContent(),
			)?.[1],
		);

	before(async () => {
		workbench = await openSamplesInCodeServer();
		page = workbench.page;
		for (const fileName of readdirSync(workbench.workspace)
			.filter(name => name.endsWith('.story'))
			.sort()) {
			const path = join(workbench.workspace, fileName);
			chapters.push({ fileName, text: readFileSync(path, 'utf8'), report: analyze(path) });
		}
		assert.ok(chapters.length >= 2 && chapters.every(chapter => chapter.report.scenes.length >= 2), 'samples/ holds chapter files of several scenes');
	});

	startEachTestFrom(() => workbench, { sideBar: 'dramatis' });

	beforeEach(async () => {
		await workbench.openFile(chapters[0].fileName);
	});

	after(async () => {
		await workbench?.close();
	});

	it('shows the manuscript’s files with their words in the Scenes view', async () => {
		for (const chapter of chapters) {
			const row = sidebarRows().filter({ hasText: chapter.fileName });
			await row.first().waitFor({ timeout: 15_000 });
			assert.match(await row.first().textContent(), new RegExp(`${chapter.report.words.toLocaleString('en')} words`));
		}
	});

	it('selects the scene the cursor is in, opening its chapter', async () => {
		const [first] = chapters;
		const scene = first.report.scenes[1];
		await workbench.goToLine(lineOf(first.text, scene.start) + 1);
		const selected = page.locator('.part.sidebar .monaco-list-row.selected');
		await selected.filter({ hasText: scene.title }).waitFor({ timeout: 10_000 });
		assert.match(await selected.textContent(), new RegExp(`${scene.title}.*${scene.words.toLocaleString('en')} words`));
		const chapterTitle = first.report.chapters.find(chapter => chapter.level === 2).title;
		await sidebarRows().filter({ hasText: chapterTitle }).first().waitFor();
		await workbench.screenshot('e2e-scenes-01-view-follows-cursor');
	});

	it('jumps to a scene clicked in the view', async () => {
		const [first] = chapters;
		const scene = first.report.scenes[2];
		// The view has followed the cursor into the chapter, so its scenes are listed.
		const row = sidebarRows()
			.filter({ hasText: new RegExp(`^${scene.title}`) })
			.first();
		await row.waitFor({ timeout: 15_000 });
		await row.click();
		await page.waitForFunction(
			line => [...document.querySelectorAll('.part.statusbar .statusbar-item')].some(item => item.textContent?.startsWith(`Ln ${line},`)),
			lineOf(first.text, scene.start),
			{ timeout: 10_000 },
		);
		assert.equal(await cursorLine(), lineOf(first.text, scene.start));
	});

	it('lists every scene in Go to Scene…, previews as the writer moves, and goes to the one chosen', async () => {
		const [first, second] = chapters;
		await workbench.goToLine(lineOf(first.text, first.report.scenes[0].start));
		await workbench.runCommand('Dramatis: Go to Scene…', { opensPicker: true });
		await page.locator('.quick-input-widget .quick-input-title', { hasText: 'Go to Scene' }).waitFor();

		const rows = page.locator('.quick-input-list .monaco-list-row');
		const allScenes = chapters.flatMap(chapter => chapter.report.scenes);
		await rows.filter({ hasText: second.report.scenes[0].title }).first().waitFor();
		const firstRow = await rows
			.filter({ hasText: first.report.chapters.find(chapter => chapter.level === 2).title })
			.first()
			.textContent();
		assert.match(firstRow, new RegExp(`${first.report.scenes[0].words.toLocaleString('en')} words`), 'a row shows its chapter and words');
		assert.ok((await rows.count()) >= Math.min(allScenes.length, 8), 'the list holds the scenes of every file');

		// Down from the first scene of the first chapter: the second scene is previewed in the editor.
		await page.keyboard.press('ArrowDown');
		const previewLine = lineOf(first.text, first.report.scenes[1].start);
		await page.waitForFunction(
			line => [...document.querySelectorAll('.part.statusbar .statusbar-item')].some(item => item.textContent?.startsWith(`Ln ${line},`)),
			previewLine,
			{ timeout: 10_000 },
		);
		await workbench.screenshot('e2e-scenes-02-go-to-scene-preview');

		// Type to narrow to the second file's last scene, by its first line, and choose it.
		const target = second.report.scenes[second.report.scenes.length - 1];
		const firstWords = second.text
			.slice(target.start, target.start + 200)
			.split(/\s+/)
			.slice(0, 4)
			.join(' ');
		await page.locator('.quick-input-widget input').fill(firstWords);
		await rows.filter({ hasText: firstWords }).first().waitFor();
		await page.keyboard.press('Enter');
		await page.locator('.tabs-container .tab.active', { hasText: second.fileName }).waitFor({ timeout: 10_000 });
		await page.waitForFunction(
			line => [...document.querySelectorAll('.part.statusbar .statusbar-item')].some(item => item.textContent?.startsWith(`Ln ${line},`)),
			lineOf(second.text, target.start),
			{ timeout: 10_000 },
		);
		await page.locator('.part.sidebar .monaco-list-row.selected', { hasText: target.title }).waitFor({ timeout: 10_000 });
		await workbench.screenshot('e2e-scenes-03-after-go-to-scene');
	});
});
