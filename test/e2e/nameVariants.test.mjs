// End to end, as a writer sees it: a story where Karen is named throughout and once, by a slip of the hand,
// `Karin`. The slip is noted where it stands (an Information diagnostic, reached with F8), its quick fix
// changes it to Karen, and Undo brings the slip back.
import assert from 'node:assert/strict';
import { openSamplesInCodeServer, startEachTestFrom } from './workbench.mjs';

const FILE = 'night-shift.story';
const beats = [
	'Karen wiped the counter and looked at the clock.',
	'"You are late," said Karen when Derek came in out of the rain.',
	'Derek hung his coat on the hook by the door.',
	'"The bus broke down," Derek said. Karen did not believe him.',
	'Karen poured him a coffee anyway, and the radio played on.',
];
const STORY = [
	'# Night Shift',
	'',
	...beats.flatMap(beat => [beat, '']),
	'At midnight Karin turned the sign on the door to Closed.',
	'',
	...beats.flatMap(beat => [beat, '']),
].join('\n');

describe('A writer is told of a slip in a character’s name', function () {
	this.timeout(120_000);
	let workbench;
	let page;

	// The editor draws spaces as no-break spaces.
	const editorText = async () => (await page.locator('.editor-instance .monaco-editor .view-lines').first().innerText()).replace(/\u00a0/g, ' ');
	const untilEditorShows = text =>
		page.waitForFunction(
			expected =>
				document
					.querySelector('.editor-instance .monaco-editor .view-lines')
					?.textContent?.replace(/\u00a0/g, ' ')
					.includes(expected),
			text,
		);

	before(async () => {
		workbench = await openSamplesInCodeServer({ extraFiles: { [FILE]: STORY } });
		page = workbench.page;
	});

	startEachTestFrom(() => workbench);

	beforeEach(async () => {
		await workbench.openFile(FILE);
	});

	/** F8 from the top of the story: the cursor goes to the first problem, the slip, and its note opens. */
	async function goToTheSlip() {
		// The cast is found a moment after the story opens; the note follows it.
		await page.locator('.editor-instance .monaco-editor .squiggly-info').first().waitFor({ timeout: 30_000 });
		await page.locator('.editor-instance .monaco-editor textarea').first().focus();
		await page.keyboard.press('F8');
		const marker = page.locator('.marker-widget');
		await marker.waitFor();
		return marker;
	}

	after(async () => {
		await workbench?.close();
	});

	it('notes the rare spelling where it stands, saying what it may be a slip for', async () => {
		const marker = await goToTheSlip();
		assert.match(await marker.innerText(), /“Karin”, written only here, may be a slip for Karen/);
		await workbench.screenshot('e2e-name-variant-01-noted');
	});

	it('changes it to Karen with the quick fix, and Undo brings it back', async () => {
		const marker = await goToTheSlip();
		await page.keyboard.press('Escape');
		await marker.waitFor({ state: 'hidden' });
		await page.keyboard.press('Control+.');
		const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Change to Karen' });
		await fix.waitFor();
		await workbench.screenshot('e2e-name-variant-02-quick-fix');
		// The preferred fix comes first and is focused; Enter applies it as a writer would.
		assert.match(await fix.getAttribute('class'), /focused/);
		await page.keyboard.press('Enter');
		await untilEditorShows('At midnight Karen turned');
		assert.doesNotMatch(await editorText(), /Karin/);
		await workbench.screenshot('e2e-name-variant-03-changed');
		await page.keyboard.press('Control+Z');
		await untilEditorShows('At midnight Karin turned');
		assert.match(await editorText(), /At midnight Karin turned/);
		await workbench.screenshot('e2e-name-variant-04-undone');
	});
});
