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

	it('saves the writer’s edits in the copy, leaving the repository’s samples as they are', async () => {
		const before = samplesStatus();
		await page.locator('.editor-instance .view-lines').first().click();
		await page.keyboard.press('Control+Home');
		await page.keyboard.type('Draft. ');
		await page.locator('.editor-instance .view-line', { hasText: 'Draft. Part One' }).first().waitFor();
		await page.keyboard.press('Control+S');
		for (let tries = 0; !readFileSync(workspace.firstFile, 'utf8').startsWith('Draft. Part One'); tries++) {
			assert.ok(tries < 100, 'the edit is saved to the copy');
			await page.waitForTimeout(100);
		}
		assert.equal(samplesStatus(), before, 'git status of samples/ unchanged');
	});

	it('walks the writer through the sidebar, the counts and the keys', async () => {
		await page.keyboard.press('F1');
		await page.locator('.quick-input-widget input').fill('>Welcome: Open Walkthrough');
		await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Open Walkthrough' }).first().waitFor();
		await page.keyboard.press('Enter');
		await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Get Started with Dramatis' }).first().click({ timeout: 20_000 });
		for (const step of ['Open the Dramatis sidebar', 'Read the counts', 'Move by scenes and characters']) {
			await page.locator('.getting-started-step', { hasText: step }).first().waitFor({ timeout: 20_000 });
		}
		await page.locator('.getting-started-step a', { hasText: 'Show the Dramatis Sidebar' }).first().click();
		await page.locator('.part.sidebar .pane-header', { hasText: /^Cast/i }).first().waitFor({ timeout: 20_000 });
		await page.waitForTimeout(1000);
		await page.screenshot({ path: join(repoRoot, 'test-results', 'screenshots', 'e2e-start-walkthrough.png') });
	});
});
