// End to end, as a writer sees it: in a .story file a double-click selects one word (a name, `don’t`,
// `Mary-Jane`), Expand Selection (Shift+Alt+Right) grows from inside a name to the name, and a name under
// the cursor lights up its other mentions. The last two need VS Code to find a word under the cursor,
// which it does with the story language's word pattern.
import assert from 'node:assert/strict';
import { openSamplesInCodeServer, startEachTestFrom, until } from './workbench.mjs';

const FIXTURE = 'names.story';
const TEXT = [
	'Chapter 1',
	'',
	'Mara came down the steps with the lamp still lit.',
	'',
	'“I don’t like the look of the sky,” said Mary-Jane, who liked nothing about the sea.',
	'',
	'Mara only smiled, and Mary-Jane sighed, and the gulls went quiet.',
	'',
].join('\n');

describe('A writer double-clicks a name in a .story file', function () {
	this.timeout(120_000);
	let workbench;
	let page;

	/** The centre of `word`'s `nth` appearance (0-based) on the lines shown, in page coordinates. */
	async function placeOf(word, nth = 0) {
		return page.evaluate(
			({ word, nth }) => {
				const lines = [...document.querySelectorAll('.editor-instance .view-lines .view-line')].sort(
					(a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top,
				);
				let seen = 0;
				for (const line of lines) {
					const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
					for (let node = walker.nextNode(); node; node = walker.nextNode()) {
						const text = node.textContent.replace(/\u00a0/g, ' ');
						for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
							if (seen++ === nth) {
								const range = document.createRange();
								range.setStart(node, at);
								range.setEnd(node, at + word.length);
								const box = range.getBoundingClientRect();
								return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
							}
						}
					}
				}
				return undefined;
			},
			{ word, nth },
		);
	}

	/** The selection's length as the status bar tells it: `Ln 3, Col 5 (4 selected)`. */
	async function selectedCount() {
		const text = await page
			.locator('.part.statusbar .statusbar-item', { hasText: /^Ln \d+, Col \d+/ })
			.first()
			.textContent();
		return Number(/\((\d+) selected\)/.exec(text)?.[1] ?? 0);
	}

	async function doubleClick(word, nth = 0) {
		const place = await placeOf(word, nth);
		assert.ok(place, `"${word}" is on screen`);
		await page.mouse.dblclick(place.x, place.y);
	}

	before(async () => {
		workbench = await openSamplesInCodeServer({ extraFiles: { [FIXTURE]: TEXT } });
		page = workbench.page;
	});

	startEachTestFrom(() => workbench);

	beforeEach(async () => {
		await workbench.openFile(FIXTURE);
		// The story read (its word count shown) and its last line drawn, so nothing moves under the first click.
		await page
			.locator('.part.statusbar .statusbar-item', { hasText: /\d+ words/ })
			.first()
			.waitFor({ timeout: 20_000 });
		await page.locator('.editor-instance .view-line', { hasText: 'the gulls went quiet' }).first().waitFor({ timeout: 15_000 });
	});

	after(async () => {
		await workbench?.close();
	});

	for (const [word, nth] of [
		['Mara', 1],
		['don’t', 0],
		['Mary-Jane', 0],
	]) {
		it(`selects “${word}” and nothing more`, async () => {
			await doubleClick(word, nth);
			await page.waitForFunction(
				length => [...document.querySelectorAll('.part.statusbar .statusbar-item')].some(item => item.textContent?.includes(`(${length} selected)`)),
				word.length,
				{ timeout: 10_000 },
			);
			assert.equal(await selectedCount(), word.length);
		});
	}

	for (const [word, nth, steps] of [
		['Mara', 1, [4]],
		// VS Code goes through the part before the hyphen on its way to the whole name.
		['Mary-Jane', 1, [4, 9]],
	]) {
		it(`expands the selection from inside “${word}” to the name, not the whole document`, async () => {
			const place = await placeOf(word, nth);
			assert.ok(place, `"${word}" is on screen`);
			// Inside the word, past its first letter.
			await page.mouse.click(place.x, place.y);
			// The click placed the cursor: nothing selected, the status bar says so.
			await until(async () => assert.equal(await selectedCount(), 0));
			const sizes = [];
			for (const expected of steps) {
				const before = sizes[sizes.length - 1] ?? 0;
				await page.keyboard.press('Shift+Alt+ArrowRight');
				// Each step grows the selection: the status bar's count changes once it is made (a step that
				// grew nothing, or too much, is read as it stands when the wait gives up).
				const grown = await until(
					async () => {
						const size = await selectedCount();
						assert.notEqual(size, before);
						return size;
					},
					{ timeout: 10_000 },
				).catch(() => selectedCount());
				sizes.push(grown);
				if (grown !== expected) {
					break;
				}
			}
			assert.deepEqual(sizes, steps);
		});
	}

	it('lights up the other mentions of the name under the cursor', async () => {
		// To the blank last line first, so no highlight is left from before.
		await page.locator('.editor-instance .view-lines').first().click();
		await page.keyboard.press('Control+End');
		await page.waitForFunction(
			() => document.querySelectorAll('.editor-instance .view-overlays .wordHighlightText, .editor-instance .view-overlays .wordHighlight').length === 0,
			undefined,
			{ timeout: 10_000 },
		);
		const place = await placeOf('Mara', 1);
		await page.mouse.click(place.x, place.y);
		// Mara twice: the mention clicked and the one in the first paragraph, from the cast, not from matching text.
		const highlights = page.locator('.editor-instance .view-overlays .wordHighlightText, .editor-instance .view-overlays .wordHighlight');
		await page.waitForFunction(
			() => document.querySelectorAll('.editor-instance .view-overlays .wordHighlightText, .editor-instance .view-overlays .wordHighlight').length >= 2,
			undefined,
			{ timeout: 15_000 },
		);
		assert.equal(await highlights.count(), 2);
		await workbench.screenshot('e2e-word-selection-highlights');
	});
});
