// Sets the scene a writer would have: the packaged .vsix installed through code-server's own CLI, a copy of
// samples/ opened as the workspace, and the workbench loaded in headless chromium.
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../../scripts/lib/browser.mjs';
import { codeServerCli, launchCodeServer } from '../../scripts/lib/codeServerLaunch.mjs';
import { cacheRoot, repoRoot, screenshotsDir, vsixPath } from '../../scripts/lib/paths.mjs';

/**
 * `extraFiles` (name → text) are written into the workspace beside the samples before it opens;
 * `restricted` opens it untrusted, in Restricted Mode.
 */
export async function openSamplesInCodeServer({ extraFiles = {}, restricted = false } = {}) {
	if (!existsSync(vsixPath)) {
		throw new Error(`${vsixPath} is missing: run \`npm run package\` first (npm test does).`);
	}
	const scratch = join(cacheRoot, 'e2e');
	rmSync(scratch, { recursive: true, force: true });
	// A copy, so nothing the test does can touch the samples in the repository.
	const workspace = join(scratch, 'samples');
	cpSync(join(repoRoot, 'samples'), workspace, { recursive: true });
	for (const [name, text] of Object.entries(extraFiles)) {
		writeFileSync(join(workspace, name), text);
	}
	const profileDir = join(scratch, 'profile');
	await codeServerCli(['--install-extension', vsixPath], { profileDir });

	const server = await launchCodeServer({ folder: workspace, profileDir, restricted });
	let browser;
	const close = async () => {
		await browser?.close();
		server.stop();
	};
	try {
		browser = await launchBrowser();
		const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
		await page.goto(`${server.baseUrl}/?folder=${encodeURIComponent(workspace)}`);
		await page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: 30_000 });
		if (restricted) {
			// The writer declines to trust the folder, which opens it in Restricted Mode.
			await page.getByRole('button', { name: "No, I don't trust the authors" }).click({ timeout: 30_000 });
		}
		return {
			page,
			workspace,
			close,
			/** Opens a file of the workspace the way a writer does, through Quick Open, and waits for its text. */
			async openFile(fileName) {
				await page.keyboard.press('Control+P');
				await page.locator('.quick-input-widget input').fill(fileName);
				await page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first().waitFor();
				await page.keyboard.press('Enter');
				await page.locator('.tabs-container .tab.active', { hasText: fileName }).waitFor();
				await page.locator('.editor-instance .monaco-editor .view-line').first().waitFor();
			},
			async screenshot(name) {
				mkdirSync(screenshotsDir, { recursive: true });
				// Notifications and hovers fade in; let the screen settle so the picture shows what a writer sees.
				await page.waitForTimeout(1000);
				await page.screenshot({ path: join(screenshotsDir, `${name}.png`) });
			},
		};
	} catch (error) {
		// A running server would keep mocha waiting forever.
		await close();
		throw error;
	}
}
