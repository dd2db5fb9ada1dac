// End to end, as a writer sees it: the Outline of a story reads as a book (parts and chapters as headings,
// no `{}` or class icons, no lone `Scene 1` under a chapter told in one scene), and scrolling through a
// story pins no line of prose at the top of the editor. Screenshots of both to look at.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../scripts/lib/paths.mjs';
import { openSamplesInCodeServer, startEachTestFrom, until } from './workbench.mjs';

const FIXTURE = 'ferry.story';

describe('A writer reads the Outline of a story', function () {
	this.timeout(120_000);
	let workbench;
	let page;

	const outlineRow = () => page.locator('.pane', { has: page.locator('.pane-header', { hasText: /^Outline/i }) }).locator('.monaco-list-row');
	const outlineRows = () =>
		outlineRow().evaluateAll(rows =>
			rows.map(row => ({
				label: row.querySelector('.label-name')?.textContent?.trim() ?? '',
				detail: row.querySelector('.label-description')?.textContent?.trim() ?? '',
				icon: [...(row.querySelector('.outline-element-icon')?.classList ?? [])].find(name => name.startsWith('codicon-symbol-')) ?? '',
				level: Number(row.getAttribute('aria-level')),
			})),
		);

	before(async () => {
		workbench = await openSamplesInCodeServer({ extraFiles: { [FIXTURE]: readFileSync(join(repoRoot, 'test', 'fixtures', 'outline', FIXTURE), 'utf8') } });
		page = workbench.page;
	});

	startEachTestFrom(() => workbench);

	after(async () => {
		await workbench?.close();
	});

	it('shows parts, chapters and scenes as a book’s, with what each holds', async () => {
		await workbench.openFile(FIXTURE);
		await workbench.runCommand('Explorer: Focus on Outline View');
		await outlineRow().filter({ hasText: 'Morning' }).waitFor({ timeout: 20_000 });
		const rows = await outlineRows();
		await workbench.screenshot('e2e-outline-book');
		assert.deepEqual(rows, [
			{ label: 'Part One: The Crossing', detail: '63 words · 2 chapters', icon: 'codicon-symbol-string', level: 1 },
			{ label: 'Chapter 1: Dusk', detail: '19 words', icon: 'codicon-symbol-string', level: 2 },
			{ label: 'Chapter 2: Night', detail: '40 words · 3 scenes', icon: 'codicon-symbol-string', level: 2 },
			{ label: 'Scene 1', detail: '13 words', icon: 'codicon-symbol-event', level: 3 },
			{ label: 'Scene 2', detail: '11 words', icon: 'codicon-symbol-event', level: 3 },
			{ label: 'Morning', detail: '12 words', icon: 'codicon-symbol-event', level: 3 },
		]);
	});

	it('pins nothing at the top while the writer scrolls through a chapter (sticky scroll is off for stories)', async () => {
		await workbench.openFile('01-the-lamp.story');
		const editor = page.locator('.editor-instance .monaco-editor .view-lines').first();
		await editor.hover();
		for (let turn = 0; turn < 6; turn++) {
			await page.mouse.wheel(0, 200);
		}
		await until(async () =>
			assert.ok(!(await page.locator('.editor-instance .view-line').first().textContent()).startsWith('Part One'), 'the editor has scrolled'),
		);
		await workbench.screenshot('e2e-outline-no-sticky-prose');
		// Sticky scroll adds its widget to the editor when it is on, and only then: with it off there is
		// nothing to pin anything, whenever one looks.
		assert.equal(await page.locator('.editor-instance .monaco-editor .sticky-widget').count(), 0, 'no sticky scroll widget in the editor');
	});
});
