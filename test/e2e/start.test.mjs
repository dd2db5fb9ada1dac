// End to end, as `npm start` sets it up: a copy of samples/ served by code-server, the address it prints
// opening the first chapter, the writer's edits landing in the copy and never in the repository's samples/,
// and the Get Started walkthrough showing the Dramatis sidebar. A screenshot of the walkthrough to look at.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../../scripts/lib/browser.mjs';
import { codeServerCli, launchCodeServer } from '../../scripts/lib/codeServerLaunch.mjs';
import { cacheRoot, repoRoot, vsixPath } from '../../scripts/lib/paths.mjs';
import { startUrl, startWorkspace } from '../../scripts/lib/startWorkspace.mjs';
import { until } from './workbench.mjs';

describe('A writer runs npm start', function () {
	this.timeout(180_000);
	const scratch = join(cacheRoot, 'e2e-start');
	let server;
	let browser;
	let page;
	let workspace;

	const samplesStatus = () => execFileSync('git', ['status', '--porcelain', '--', 'samples'], { cwd: repoRoot, encoding: 'utf8' });

	before(async () => {
		if (!existsSync(vsixPath)) {
			throw new Error(`${vsixPath} is missing: run \`npm run package\` first (npm test does).`);
		}
		rmSync(scratch, { recursive: true, force: true });
		workspace = startWorkspace(join(scratch, 'samples'));
		const profileDir = join(scratch, 'profile');
		await codeServerCli(['--install-extension', vsixPath], { profileDir });
		server = await launchCodeServer({ folder: workspace.folder, profileDir });
		browser = await launchBrowser();
		page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
		await page.goto(startUrl(server.baseUrl, workspace.folder, workspace.firstFile));
	});

	after(async () => {
		await browser?.close();
		server?.stop();
	});

	it('opens a copy of the samples with the first chapter in the editor', async () => {
		assert.notEqual(workspace.folder, join(repoRoot, 'samples'));
		assert.ok(workspace.firstFile.endsWith('01-the-lamp.story'));
		await page.locator('.tabs-container .tab.active', { hasText: '01-the-lamp.story' }).waitFor({ timeout: 60_000 });
		await page.locator('.editor-instance .view-line', { hasText: 'Part One' }).first().waitFor();
	});

	it('shows the Dramatis sidebar from the start, its Cast and Scenes beside the chapter', async () => {
		// Nothing clicked: the window opens with it.
		await page.locator('.part.sidebar .composite.title h2', { hasText: /^Dramatis$/i }).waitFor({ timeout: 60_000 });
		for (const view of ['Cast', 'Scenes']) {
			await page
				.locator('.part.sidebar .pane-header[aria-expanded="true"]')
				.filter({ has: page.locator('h3.title').getByText(view, { exact: true }) })
				.waitFor({ timeout: 30_000 });
		}
		await page.locator('.monaco-list[aria-label^="Cast"] .monaco-list-row', { hasText: 'Mara' }).first().waitFor({ timeout: 30_000 });
		await page.screenshot({ path: join(repoRoot, 'test-results', 'screenshots', 'e2e-start-sidebar.png') });
	});

	it('saves the writer’s edits in the copy, leaving the repository’s samples as they are', async () => {
		const before = samplesStatus();
		await page.locator('.editor-instance .view-lines').first().click();
		await page.keyboard.press('Control+Home');
		await page.keyboard.type('Draft. ');
		await page.locator('.editor-instance .view-line', { hasText: 'Draft. Part One' }).first().waitFor();
		await page.keyboard.press('Control+S');
		await until(() => assert.ok(readFileSync(workspace.firstFile, 'utf8').startsWith('Draft. Part One'), 'the edit is saved to the copy'));
		assert.equal(samplesStatus(), before, 'git status of samples/ unchanged');
	});

	it('walks the writer through the sidebar, the counts and the keys', async () => {
		// Quick Open from the command center, as the Command Palette (the click event itself, as workbench.mjs explains).
		await page.locator('.part.titlebar .command-center-quick-pick').dispatchEvent('click');
		await page.locator('.quick-input-widget input').fill('>Welcome: Open Walkthrough');
		await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Open Walkthrough' }).first().waitFor();
		await page.keyboard.press('Enter');
		await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Get Started with Dramatis' }).first().click({ timeout: 20_000 });
		for (const step of ['Open the Dramatis sidebar', 'Read the counts', 'Move by scenes and characters']) {
			await page.locator('.getting-started-step', { hasText: step }).first().waitFor({ timeout: 20_000 });
		}
		await page.locator('.getting-started-step a', { hasText: 'Show the Dramatis Sidebar' }).first().click();
		await page.locator('.part.sidebar .pane-header', { hasText: /^Cast/i }).first().waitFor({ timeout: 20_000 });
		await page.screenshot({ path: join(repoRoot, 'test-results', 'screenshots', 'e2e-start-walkthrough.png') });
	});
});
