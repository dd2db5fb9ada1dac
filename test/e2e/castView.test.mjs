// End to end, as a writer sees it: the packaged extension in code-server on a copy of samples/, the first
// chapter open, the Dramatis sidebar showing its Cast view. The characters and counts expected come from the
// CLI (`dramatis analyze --json`), the other reader of the same core.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../scripts/lib/paths.mjs';
import { castRows as castRowsOf, castSettled, openSamplesInCodeServer, startEachTestFrom } from './workbench.mjs';

function analyze(files) {
	const output = execFileSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'analyze', '--json', ...files], { encoding: 'utf8' });
	return JSON.parse(output).files;
}

const counts = character =>
	`${character.mentions} ${character.mentions === 1 ? 'mention' : 'mentions'} · ${character.lines} ${character.lines === 1 ? 'line' : 'lines'}`;

describe('A writer looks at the cast of the sample manuscript', function () {
	this.timeout(120_000);
	let workbench;
	let page;
	let chapter;

	// The Cast view's tree (the Scenes view shares the sidebar); its title reads `Cast: Manuscript` in that scope.
	const castRow = (filter = '') => page.locator(`.monaco-list[aria-label^="Cast"] .monaco-list-row${filter}`);

	const castRows = () => castRowsOf(page);

	before(async () => {
		workbench = await openSamplesInCodeServer();
		page = workbench.page;
		const fileName = readdirSync(workbench.workspace).find(name => /^01-.*\.story$/.test(name));
		assert.ok(fileName, 'samples/ holds a 01-*.story chapter');
		[chapter] = analyze([join(workbench.workspace, fileName)]);
		chapter.fileName = fileName;
	});

	startEachTestFrom(() => workbench, { sideBar: 'dramatis' });

	beforeEach(async () => {
		await workbench.openFile(chapter.fileName);
		// The view keeps the scope the writer chose last: this document's, unless a test says otherwise. Chosen
		// with the focus in the editor, and then its redraw awaited, so that no redraw is under way when the
		// test opens a picker (a tree redrawn while it holds the focus takes it back, closing the picker).
		await workbench.runCommand("Dramatis: Show This Document's Cast");
		await castSettled(
			page,
			chapter.characters.map(character => character.name),
		);
	});

	/** Opens a row of the tree (a click on a row toggles it, so only a closed one is clicked), and waits for it to open. */
	async function expand(row) {
		await row.waitFor();
		if ((await row.getAttribute('aria-expanded')) === 'false') {
			await row.click();
		}
		await row.and(page.locator('[aria-expanded="true"]')).waitFor();
	}

	after(async () => {
		await workbench?.close();
	});

	it("lists the chapter's characters with their mentions and lines, most mentioned first", async () => {
		const expected = chapter.characters.map(character => ({ label: character.name, description: counts(character) }));
		assert.ok(expected.length >= 2, `the sample chapter has characters: ${JSON.stringify(expected)}`);
		await castRow().filter({ hasText: expected[0].label }).first().waitFor();
		const rows = (await castRows()).filter(row => row.level === 1).map(({ label, description }) => ({ label, description }));
		assert.deepEqual(rows, expected);
		await workbench.screenshot('e2e-cast-01-document');
	});

	it('opens a character into scenes and appearances, and a click selects the name in the editor', async () => {
		const first = chapter.characters[0];
		await expand(castRow('[aria-level="1"]').filter({ hasText: first.name }).first());
		await castRow('[aria-level="2"]').first().waitFor();
		await expand(castRow('[aria-level="2"]').first());
		const appearance = castRow('[aria-level="3"]').first();
		await appearance.waitFor();
		assert.match(await appearance.textContent(), new RegExp(first.name));
		await workbench.screenshot('e2e-cast-02-expanded');
		await appearance.click();
		// The reveal ends with the editor taking the focus, after it selects the name (a selection may also be
		// the one the editor kept from before): wait for both, so nothing of it is left to happen in the next test.
		await assert.doesNotReject(
			page.locator('.editor-instance .monaco-editor .selected-text').first().waitFor({ timeout: 10_000 }),
			'the name is selected in the editor',
		);
		await assert.doesNotReject(
			page.waitForFunction(() => !!document.activeElement?.closest('.editor-instance'), undefined, { timeout: 10_000 }),
			'the editor has the focus',
		);
		await workbench.screenshot('e2e-cast-03-revealed');
	});

	it("switches to the whole manuscript's cast", async () => {
		const files = readdirSync(workbench.workspace)
			.filter(name => name.endsWith('.story'))
			.sort();
		const manuscript = analyze(files.map(name => join(workbench.workspace, name)));
		const everyone = new Set(manuscript.flatMap(file => file.characters.map(character => character.name)));
		await workbench.runCommand("Dramatis: Show the Whole Manuscript's Cast");
		await castRow('[aria-level="1"]').filter({ hasText: 'Pip' }).first().waitFor({ timeout: 20_000 });
		// A character's tooltip would cover the rows below it.
		await page.mouse.move(700, 500);
		const labels = (await castRows()).filter(row => row.level === 1).map(row => row.label);
		for (const name of labels) {
			assert.ok(everyone.has(name) || [...everyone].some(other => other.includes(name) || name.includes(other)), `${name} is a character of some chapter`);
		}
		assert.ok(labels.length >= chapter.characters.length);
		await workbench.screenshot('e2e-cast-04-manuscript');
	});
});
