// End to end, as a writer sees it: Statistics' "Who is in which scene" grid on a story of thirty scenes
// (ten chapters of three) fits the panel beside the editor, so the characters present throughout show without
// scrolling sideways, the names stay pinned at the left, and each chapter is set off. A screenshot to look at.
import assert from 'node:assert/strict';
import { openSamplesInCodeServer, startEachTestFrom, until } from './workbench.mjs';

const FIXTURE = 'tides.story';
const PAIRS = [
	['Ada', 'Bram'],
	['Bram', 'Cora'],
	['Ada', 'Cora'],
];
const TEXT =
	Array.from({ length: 10 }, (_, chapter) =>
		[
			`Chapter ${chapter + 1}`,
			Array.from({ length: 3 }, (_, scene) => {
				const [one, other] = PAIRS[(chapter + 1 + scene) % 3];
				return `"Is the tide in?" asked ${one}.\n\n"Not yet," said ${other}, and ${one} went back to the nets.`;
			}).join('\n\n* * *\n\n'),
		].join('\n\n'),
	).join('\n\n') + '\n';

describe('A writer reads who is in which scene of a long story', function () {
	this.timeout(180_000);
	let workbench;
	let page;

	const panel = () => page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');

	before(async () => {
		workbench = await openSamplesInCodeServer({ extraFiles: { [FIXTURE]: TEXT } });
		page = workbench.page;
	});

	startEachTestFrom(() => workbench);

	beforeEach(async () => {
		await workbench.openFile(FIXTURE);
		await page
			.locator('.part.statusbar .statusbar-item')
			.filter({ hasText: /\bwords$/ })
			.first()
			.click({ timeout: 20_000 });
		await panel().locator('.totals').waitFor({ timeout: 20_000 });
		const thisFile = panel().locator('button.scope', { hasText: 'This file' });
		if ((await thisFile.getAttribute('aria-pressed')) !== 'true') {
			await thisFile.click();
		}
		await thisFile.and(panel().locator('[aria-pressed="true"]')).waitFor({ timeout: 20_000 });
		// The grid redrawn for this file alone (the manuscript's has the samples' scenes too).
		await panel().locator('.cast-grid thead th.scene-number').nth(29).waitFor({ timeout: 20_000 });
		await panel().locator('.cast-grid thead th.scene-number').nth(30).waitFor({ state: 'detached', timeout: 20_000 });
	});

	after(async () => {
		await workbench?.close();
	});

	it('fits thirty scenes in the panel, names pinned, chapters set off', async () => {
		// The page is drawn again whenever a message comes (the story's cast from compromise's thread, the
		// manuscript's index, a resize), and a redraw replaces every element, at any moment: so the grid is read,
		// and scrolled to, in single steps from the page's body, which stays; and read again until it holds,
		// since a read may fall between two drawings.
		const readGrid = () =>
			panel()
				.locator('body')
				.evaluate(body => {
					const scroll = body.querySelector('.grid-scroll');
					const table = scroll.querySelector('.cast-grid');
					const box = scroll.getBoundingClientRect();
					const rows = [...table.querySelectorAll('tbody tr')].map(row => ({
						name: row.querySelector('th.character').textContent,
						lastCellInside: row.lastElementChild.getBoundingClientRect().right <= box.right + 1,
					}));
					return {
						columns: table.querySelectorAll('thead th.scene-number').length,
						overflow: scroll.scrollWidth - scroll.clientWidth,
						pinned: getComputedStyle(table.querySelector('th.character')).position,
						groups: table.querySelectorAll('thead th.group-start').length,
						rows,
					};
				});
		await until(async () => {
			const grid = await readGrid();
			assert.equal(grid.columns, 30);
			assert.ok(grid.overflow <= 1, `the grid fits its box (${grid.overflow}px too wide)`);
			assert.deepEqual(grid.rows.map(row => row.name).sort(), ['Ada', 'Bram', 'Cora']);
			assert.ok(
				grid.rows.every(row => row.lastCellInside),
				'every row reaches its last scene in view',
			);
			assert.equal(grid.pinned, 'sticky', 'names stay at the left when the grid scrolls');
			assert.equal(grid.groups, 9, 'a rule before each chapter after the first');
		});
		await panel()
			.locator('body')
			.evaluate(body => body.querySelector('.cast-grid').scrollIntoView({ block: 'nearest' }));
		await workbench.screenshot('e2e-cast-grid-thirty-scenes');
	});
});
