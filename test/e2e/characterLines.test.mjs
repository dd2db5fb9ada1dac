// End to end, as a writer sees it: from the Cast view's context menu, Show Lines of Character… opens the
// character's lines in order, each under its place, beside the chapter. The lines expected come from the
// CLI (`dramatis analyze --json`): the quotes it gives to that speaker.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../scripts/lib/paths.mjs';
import { castSettled, openSamplesInCodeServer, startEachTestFrom } from './workbench.mjs';

describe('A writer reads one character’s lines', function () {
	this.timeout(120_000);
	let workbench;
	let page;

	const castRow = (filter = '') => page.locator(`.monaco-list[aria-label^="Cast"] .monaco-list-row${filter}`);

	before(async () => {
		workbench = await openSamplesInCodeServer();
		page = workbench.page;
	});

	startEachTestFrom(() => workbench, { sideBar: 'dramatis' });

	after(async () => {
		await workbench?.close();
	});

	it('opens the lines from the Cast view, the first one first, under its place', async () => {
		const fileName = readdirSync(workbench.workspace).find(name => /^01-.*\.story$/.test(name));
		const path = join(workbench.workspace, fileName);
		const [chapter] = JSON.parse(execFileSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'analyze', '--json', path], { encoding: 'utf8' })).files;
		const speaker = chapter.characters.find(character => character.lines > 0);
		assert.ok(speaker, 'the sample chapter has a character who speaks');
		const text = readFileSync(path, 'utf8');
		const firstQuote = chapter.quotes.find(quote => quote.speaker === speaker.name || speaker.aliases.includes(quote.speaker));
		assert.ok(firstQuote, `${speaker.name} has a quote`);
		const firstLine = text.slice(firstQuote.start, firstQuote.end).split('\n')[0].trim();

		await workbench.openFile(fileName);
		// A redraw of the tree while its menu is open closes the menu: the cast must have settled first.
		await castSettled(
			page,
			chapter.characters.map(character => character.name),
		);
		const row = castRow('[aria-level="1"]').filter({ hasText: speaker.name }).first();
		await row.click({ button: 'right' });
		const item = page.locator('.context-view .action-item', { hasText: 'Show Lines of Character' });
		await item.waitFor();
		await workbench.screenshot('e2e-lines-01-context-menu');
		await item.click();

		await page.locator('.tabs-container .tab.active', { hasText: `Lines of ${speaker.name}` }).waitFor({ timeout: 20_000 });
		const editorTexts = async () => (await page.locator('.editor-instance .monaco-editor .view-lines').allInnerTexts()).join('\n').replace(/\u00a0/g, ' ');
		// The chapter stays open beside the lines: what follows the lines' heading is the lines document.
		const heading = new RegExp(`${speaker.name}: \\d+ lines? in reading order`);
		await page.waitForFunction(
			source =>
				[...document.querySelectorAll('.editor-instance .monaco-editor .view-lines')].some(lines =>
					new RegExp(source).test(lines.textContent.replace(/\u00a0/g, ' ')),
				),
			heading.source,
		);
		const screen = await editorTexts();
		const shown = screen.slice(screen.search(heading));
		assert.ok(shown.includes(`${fileName}:`), 'each line is under its place in the manuscript');
		assert.ok(shown.indexOf(firstLine) > shown.indexOf(`${fileName}:`), 'the first line comes under its place');
		await workbench.screenshot('e2e-lines-02-opened');
	});
});
