// End to end, as a writer sees it: a scene told through Mara's eyes slips into Tobias's head. The second
// mind is noted where it opens (an Information diagnostic, reached with F8), with the reason.
import assert from 'node:assert/strict';
import { openSamplesInCodeServer, startEachTestFrom } from './workbench.mjs';

const FILE = 'low-tide.story';
const STORY = [
	'# Low Tide',
	'',
	'Mara pushed the boat off the shingle. "Hold the rope," she told Tobias.',
	'',
	'Tobias held the rope. Mara wondered whether the tide would turn before they reached the rocks.',
	'',
	'"It will hold," said Tobias. Mara looked at the sky, and Tobias looked at Mara.',
	'',
	'Tobias felt the cold coming up through the planks, and said nothing.',
	'',
].join('\n');

describe('A writer is told of a possible head-hop', function () {
	this.timeout(120_000);
	let workbench;
	let page;

	before(async () => {
		workbench = await openSamplesInCodeServer({ extraFiles: { [FILE]: STORY } });
		page = workbench.page;
	});

	startEachTestFrom(() => workbench);

	beforeEach(async () => {
		await workbench.openFile(FILE);
	});

	after(async () => {
		await workbench?.close();
	});

	it('notes the second mind a scene opens, saying whose mind it gave first', async () => {
		await page.locator('.editor-instance .monaco-editor .squiggly-info').first().waitFor({ timeout: 30_000 });
		await page.locator('.editor-instance .monaco-editor textarea').first().focus();
		await page.keyboard.press('F8');
		const marker = page.locator('.marker-widget');
		await marker.waitFor();
		const message = (await marker.innerText()).replace(/\s+/g, ' ');
		assert.match(message, /Possible head-hop: this scene has given Mara's inner life \(“Mara wondered”\) and here gives Tobias's \(“Tobias felt”\)/);
		await workbench.screenshot('e2e-head-hop-01-noted');
	});
});
