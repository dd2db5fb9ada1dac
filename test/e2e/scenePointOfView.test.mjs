// End to end, as a writer sees it: the Scenes view says through whose eyes each scene is told and who else
// is in it, on the row (`60 words · POV Ines · Pell`) and in its tooltip. The fixture is a chapter of two
// scenes, the first told by Ines's narration, the second by Pell's. A screenshot of the tooltip to look at.
import assert from 'node:assert/strict';
import { openSamplesInCodeServer, startEachTestFrom, until } from './workbench.mjs';

const FIXTURE = 'lighthouse.story';
const TEXT = [
	'Chapter 1',
	'',
	'Ines climbed the lighthouse stair with the oil can. Ines wondered whether the wick had been trimmed, and Ines felt the cold of the stone through her gloves.',
	'',
	'"You are late," said Pell from the lamp room.',
	'',
	'Ines set the can down. She thought of the boats still out past the reef, and of how long the night would be.',
	'',
	'* * *',
	'',
	'Pell watched the sea from the gallery. Pell remembered the winter the lamp had failed, and Pell feared the same dark tonight, with the wind rising.',
	'',
	'"Go down and sleep," he told Ines.',
	'',
	'Pell knew she would stay, and he was glad of it.',
	'',
].join('\n');
const SECOND_SCENE_LINE = TEXT.split('\n').indexOf('* * *') + 3;

describe('A writer reads who is in each scene in the Scenes view', function () {
	this.timeout(120_000);
	let workbench;
	let page;

	const sceneRow = title =>
		page
			.locator('.part.sidebar .monaco-list[aria-label^="Scenes"] .monaco-list-row')
			.filter({ has: page.locator('.label-name').getByText(title, { exact: true }) });
	const description = async title => (await sceneRow(title).first().locator('.label-description').textContent())?.trim();

	before(async () => {
		workbench = await openSamplesInCodeServer({ extraFiles: { [FIXTURE]: TEXT } });
		page = workbench.page;
	});

	startEachTestFrom(() => workbench, { sideBar: 'dramatis' });

	beforeEach(async () => {
		await workbench.openFile(FIXTURE);
		// The view follows the cursor into the chapter, which lists its scenes.
		await workbench.goToLine(SECOND_SCENE_LINE);
		await sceneRow('Scene 2').and(page.locator('.selected')).waitFor({ timeout: 20_000 });
	});

	after(async () => {
		await workbench?.close();
	});

	it('shows each scene’s point of view and the others in it on its row', async () => {
		// Who is in each scene arrives once the cast is found, a moment after the words.
		await until(async () => {
			assert.equal(await description('Scene 1'), '60 words · POV Ines · Pell');
			assert.equal(await description('Scene 2'), '44 words · POV Pell · Ines');
		});
		await workbench.screenshotOf(page.locator('.part.sidebar'), 'e2e-scenes-point-of-view');
	});

	it('says the point of view and everyone in the scene in its tooltip', async () => {
		await until(async () => assert.match(await description('Scene 1'), /POV Ines/));
		await sceneRow('Scene 1').first().hover();
		const hover = page.locator('.monaco-hover, .workbench-hover').filter({ hasText: 'Point of view' });
		await hover.first().waitFor({ timeout: 15_000 });
		const text = (await hover.first().innerText()).replace(/\s+/g, ' ');
		assert.match(text, /Scene 1 · 60 words/);
		assert.match(text, /Point of view: Ines/);
		assert.match(text, /In the scene: Ines, Pell/);
		await workbench.screenshot('e2e-scenes-point-of-view-tooltip');
	});
});
