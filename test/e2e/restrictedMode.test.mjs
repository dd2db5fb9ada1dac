// End to end, as a writer who opened a downloaded folder without trusting it: VS Code runs in Restricted
// Mode, and Dramatis, which runs nothing from the workspace, still counts, outlines, colours dialogue and
// lists the cast. Expected figures come from the CLI (`dramatis analyze --json`).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../scripts/lib/paths.mjs';
import { editorTokens, openSamplesInCodeServer, startEachTestFrom, until } from './workbench.mjs';

const CHAPTER = '01-the-lamp.story';

describe('A writer reads a story in an untrusted folder (Restricted Mode)', function () {
	this.timeout(120_000);
	let workbench;
	let page;
	let chapter;
	let text;

	before(async () => {
		workbench = await openSamplesInCodeServer({ restricted: true });
		page = workbench.page;
		const path = join(workbench.workspace, CHAPTER);
		text = readFileSync(path, 'utf8');
		[chapter] = JSON.parse(execFileSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'analyze', '--json', path], { encoding: 'utf8' })).files;
	});

	startEachTestFrom(() => workbench);

	beforeEach(async () => {
		await workbench.openFile(CHAPTER);
	});

	after(async () => {
		await workbench?.close();
	});

	it('is in Restricted Mode', async () => {
		await page.locator('.part.statusbar .statusbar-item', { hasText: 'Restricted Mode' }).first().waitFor({ timeout: 20_000 });
	});

	it('shows the word count, the dialogue colour and the outline', async () => {
		const count = `${chapter.words.toLocaleString('en')} words`;
		await page.locator('.part.statusbar .statusbar-item', { hasText: count }).first().waitFor({ timeout: 20_000 });

		// A word inside the first quote and one of the narration before it, both on the first screen.
		const quote = chapter.quotes[0];
		const spoken = text.slice(quote.start, quote.end).match(/\p{L}{4,}/u)[0];
		const narrated = text.slice(0, quote.start).match(/\p{L}{4,}(?=[^\p{L}]*$)/u)[0];
		const colourOf = async word => (await editorTokens(page)).find(token => token.text.includes(word))?.color;
		// The grammar's colours come a moment after the text.
		await until(async () => {
			const [dialogue, narration] = [await colourOf(spoken), await colourOf(narrated)];
			assert.ok(dialogue && narration, `"${spoken}" and "${narrated}" are on screen`);
			assert.notEqual(dialogue, narration, `"${spoken}" is in dialogue's colour, "${narrated}" is not`);
		});
		// Restricted Mode boxes every character outside ASCII by default; curly quotes and dashes are prose.
		assert.ok(/[“”‘’—]/.test(text.slice(0, 2000)), 'the first screen holds curly quotes');
		assert.equal(await page.locator('.editor-instance .unicode-highlight').count(), 0, 'no character of the prose is boxed as suspicious');

		await workbench.goToSymbol('', 'Scene 1');
		await workbench.screenshot('e2e-restricted-01-outline');
		await workbench.closePicker();
	});

	it("lists the chapter's cast", async () => {
		assert.ok(chapter.characters.length > 0, 'the CLI finds characters in the chapter');
		await workbench.showDramatisSideBar();
		const castRow = page.locator('.monaco-list[aria-label^="Cast"] .monaco-list-row');
		for (const character of chapter.characters) {
			await castRow.filter({ hasText: character.name }).first().waitFor({ timeout: 20_000 });
		}
		await workbench.screenshot('e2e-restricted-02-cast');
	});
});
