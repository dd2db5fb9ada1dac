// End to end, as a writer sees it: a short story whose tags are counted by hand, Show Statistics from the
// Command Palette, the Dialogue tags chart and table with those counts, a cell that lists the line behind
// it, and the link that takes the editor there. The section is photographed alone in Light Modern.
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

		// Ida's one untagged line: the cell lists it, under its place.
		await cell('Ida', 'untagged').locator('button').click();
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
});
