// End to end, as a writer sees it: a short story whose tags are counted by hand, Show Statistics from the
// Command Palette, the Dialogue tags chart and table with those counts, a part of the chart (by keyboard)
// or a cell of the table (by mouse, in the manuscript) that lists the lines behind it, and the link that
// takes the editor there. The section is photographed alone in Light Modern.
import assert from 'node:assert/strict';
import { openSamplesInCodeServer, startEachTestFrom } from './workbench.mjs';

const STORY = 'ferry.story';
// Ida: 4 lines, 3 said (the second quote of line 7 goes on under its tag), 1 untagged (line 11), one
// adverb (softly). Felix: 3 lines, 1 asked, 2 other verbs (muttered, growled). The file: 7 lines.
const FERRY = [
	'Chapter 1: The Ferry',
	'',
	'"The ferry is late," said Ida.',
	'',
	'"It always is," Felix muttered.',
	'',
	'"Then we wait," Ida said softly. "We have the time."',
	'',
	'"Do we?" asked Felix.',
	'',
	'Ida shrugged. "Ask the tide."',
	'',
	'"I would rather ask the captain," Felix growled.',
	'',
].join('\n');

describe('A writer looks at the dialogue tags of a story', function () {
	this.timeout(180_000);
	let workbench;
	let page;

	const panel = () => page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
	const tagsSection = () => panel().locator('section.section-tags');
	const tableRow = name =>
		tagsSection()
			.locator('.tag-table tr')
			.filter({ has: page.locator('th[scope="row"]', { hasText: name }) });
	const statusItem = pattern => page.locator('.part.statusbar .statusbar-item').filter({ hasText: pattern }).first();

	before(async () => {
		workbench = await openSamplesInCodeServer({ extraFiles: { [STORY]: FERRY } });
		page = workbench.page;
	});

	startEachTestFrom(() => workbench);

	after(async () => {
		await workbench?.close();
	});

	it('shows each speaker’s tags in a chart and a table, and a cell’s line goes to its place', async () => {
		await workbench.openFile(STORY);
		await workbench.runCommand('Dramatis: Show Statistics');
		await page.locator('.tabs-container .tab', { hasText: `Statistics: ${STORY}` }).waitFor({ timeout: 15_000 });
		// The panel opens on the file it was asked from; the tags come once the story's cast is found.
		await tagsSection().waitFor({ timeout: 30_000 });

		// The chart: a bar per speaker, the main one (most lines) first, and the whole file's last.
		const bars = tagsSection().locator('.tag-chart li');
		assert.deepEqual(await bars.locator('.name').allTextContents(), ['Ida', 'Felix', 'Whole file']);
		assert.deepEqual(await bars.locator('.count').allTextContents(), ['4 lines', '3 lines', '7 lines']);
		assert.deepEqual(
			await bars
				.nth(1)
				.locator('.segment')
				.evaluateAll(segments => segments.map(segment => [segment.className.split(' ')[1], segment.style.flexGrow])),
			[
				['segment-saidAsked', '1'],
				['segment-other', '2'],
			],
			'Felix: one asked, two other verbs, none untagged',
		);

		// The table: the shares counted by hand, the verbs named, the whole file's row beside them.
		const cell = (name, field) => tableRow(name).locator(`td[data-field="${field}"]`);
		assert.equal(await cell('Ida', 'saidAsked').locator('.main').textContent(), '75%');
		assert.equal(await cell('Ida', 'adverb').textContent(), '33%softly 1');
		assert.equal(await cell('Felix', 'other').textContent(), '67%growled 1, muttered 1');
		assert.equal(await cell('Whole file', 'lines').textContent(), '7');
		assert.equal(await cell('Whole file', 'saidAsked').locator('.main').textContent(), '57%');
		assert.equal(await cell('Whole file', 'untagged').locator('.main').textContent(), '14%');

		// Ida's one untagged line, reached with the keyboard: the chart is one Tab stop, the arrows move along
		// its parts, Enter lists the lines of the part in focus under the table.
		await bars.first().locator('.segment').first().focus();
		await page.keyboard.press('ArrowRight');
		assert.equal(await bars.first().locator('.segment:focus').getAttribute('class'), 'segment segment-untagged');
		await page.keyboard.press('Enter');
		const examples = tagsSection().locator('.tag-examples');
		await examples.locator('h3', { hasText: 'Ida, no tag: 1 line' }).waitFor({ timeout: 15_000 });
		assert.deepEqual(await examples.locator('li .place').allTextContents(), ['line 11']);
		assert.equal(await examples.locator('li .quote').textContent(), 'Ida shrugged. "Ask the tide."');
		assert.equal(await cell('Ida', 'untagged').locator('button').getAttribute('aria-pressed'), 'true', 'the cell shows it is the one listed');
		await workbench.screenshotOf(tagsSection(), 'e2e-dialogue-tags-01-light');

		// The link takes the story's editor to the quote, selected.
		await examples.locator('li .place').click();
		await statusItem(/^Ln 11, Col \d+ \(15 selected\)$/).waitFor({ timeout: 15_000 });
	});

	it('draws the chart in the writer’s theme: dark and high contrast', async () => {
		await workbench.openFile(STORY);
		await workbench.runCommand('Dramatis: Show Statistics');
		await tagsSection().waitFor({ timeout: 30_000 });
		for (const [theme, bodyClass, picture] of [
			['Dark Modern', 'vscode-dark', 'e2e-dialogue-tags-03-dark'],
			['Dark High Contrast', 'vscode-high-contrast', 'e2e-dialogue-tags-04-high-contrast'],
		]) {
			await workbench.runCommand('Preferences: Color Theme', { opensPicker: true });
			await workbench.pick(theme);
			await panel().locator(`body.${bodyClass}`).waitFor({ state: 'attached', timeout: 15_000 });
			// Each part of the whole file's bar stands apart from the other and from the page: its own fill, or in high contrast an edge.
			const looks = await tagsSection()
				.locator('.tag-chart li .stack')
				.nth(2)
				.locator('.segment')
				.evaluateAll(segments =>
					segments.map(segment => {
						const style = getComputedStyle(segment);
						return { fill: style.backgroundColor, edge: style.boxShadow, page: getComputedStyle(document.body).backgroundColor };
					}),
				);
			assert.equal(looks.length, 3, 'the whole file: said or asked, other verbs, no tag');
			for (const look of looks) {
				assert.ok(look.fill !== look.page || look.edge !== 'none', `${theme}: a part is seen against the page (${JSON.stringify(look)})`);
			}
			assert.notEqual(looks[0].fill, looks[1].fill, `${theme}: said or asked and other verbs differ`);
			await workbench.screenshotOf(tagsSection(), picture);
		}
	});

	it('shows the whole manuscript’s tags, each line under its file, and opens the file of one', async () => {
		await workbench.openFile(STORY);
		await workbench.runCommand('Dramatis: Show Statistics');
		await tagsSection().waitFor({ timeout: 30_000 });
		await panel().locator('button.scope', { hasText: 'Manuscript' }).click();
		await tagsSection().locator('.tag-chart .name', { hasText: 'Whole book' }).waitFor({ timeout: 30_000 });
		const cell = (name, field) => tableRow(name).locator(`td[data-field="${field}"]`);
		// Ida speaks only in the ferry story: her row is the same in the manuscript.
		assert.equal(await cell('Ida', 'saidAsked').locator('.main').textContent(), '75%');
		await cell('Felix', 'other').locator('button').click();
		const examples = tagsSection().locator('.tag-examples');
		await examples.locator('h3', { hasText: 'Felix, other verbs: 2 lines' }).waitFor({ timeout: 15_000 });
		assert.deepEqual(await examples.locator('li .place').allTextContents(), [`${STORY}:5`, `${STORY}:13`]);
		await workbench.screenshotOf(tagsSection(), 'e2e-dialogue-tags-02-manuscript');
		await examples.locator('li .place').nth(1).click();
		await statusItem(/^Ln 13, Col \d+ \(33 selected\)$/).waitFor({ timeout: 15_000 });
	});
});
