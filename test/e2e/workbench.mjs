// Sets the scene a writer would have: the packaged .vsix installed through code-server's own CLI, a copy of
// samples/ opened as the workspace, and the workbench loaded in headless chromium. Also the known state
// every test starts from (`startEachTestFrom`), so one failed test cannot leave the next a different screen.
//
// Every step that changes the workbench sets a state rather than toggling one (Close All Editor Groups, not
// Ctrl+K Ctrl+M; Show Dramatis, not a click on the activity bar) and waits until the screen shows it. A
// toggle pressed twice by a retry undoes itself; a state set twice is still that state.
//
// One code-server (and one for Restricted Mode) and one chromium serve every suite of a run: each suite
// gets its own copy of the workspace, opened in a fresh browser context (its own workspace and global
// storage) and so its own extension host. Starting a server and a browser per suite cost a minute each on
// a loaded machine. The servers stop when mocha exits (.mocharc.json has `exit`).
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { launchBrowser } from '../../scripts/lib/browser.mjs';
import { printFocusLog, recordFocus } from './focusLog.mjs';
import { codeServerCli, launchCodeServer } from '../../scripts/lib/codeServerLaunch.mjs';
import { cacheRoot, repoRoot, screenshotsDir, vsixPath } from '../../scripts/lib/paths.mjs';

export const VIEWPORT = { width: 1400, height: 900 };
/** Where the pointer rests between steps: the title bar's empty stretch left of the back button, where nothing shows a tooltip. */
const RESTING_POINTER = { x: 200, y: 8 };
/** How often the reset puts the focus in the editor area before it gives up, and how long the focus must stay there. */
const FOCUS_ATTEMPTS = 5;
const FOCUS_SETTLE_MS = 500;

const scratch = join(cacheRoot, 'e2e');
/** Started on first use, then shared: the servers by whether they open folders in Restricted Mode. */
const servers = new Map();
let browser;
let workspaces = 0;
// What the last run left (its workspaces, its installed .vsix, which may be an older build) goes first.
rmSync(scratch, { recursive: true, force: true });

/** The run's code-server: the .vsix installed once, then served until mocha exits. */
function sharedServer(restricted) {
	if (!servers.has(restricted)) {
		servers.set(
			restricted,
			(async () => {
				const extensionsDir = join(scratch, 'extensions');
				const profileDir = join(scratch, restricted ? 'profile-restricted' : 'profile');
				if (!existsSync(join(extensionsDir, 'extensions.json'))) {
					await codeServerCli(['--install-extension', vsixPath], { profileDir, extensionsDir });
				}
				return launchCodeServer({ folder: scratch, profileDir, extensionsDir, restricted });
			})(),
		);
	}
	return servers.get(restricted);
}

/**
 * `extraFiles` (relative path → text) are written into the workspace beside the samples before it opens;
 * `extraFolders` (relative paths) are made there, empty; `restricted` opens it untrusted, in Restricted Mode.
 */
export async function openSamplesInCodeServer({ extraFiles = {}, extraFolders = [], restricted = false } = {}) {
	if (!existsSync(vsixPath)) {
		throw new Error(`${vsixPath} is missing: run \`npm run package\` first (npm test does).`);
	}
	const server = await sharedServer(restricted);
	// A copy, so nothing the test does can touch the samples in the repository, nor one suite another's.
	const workspace = join(scratch, 'workspaces', String(++workspaces), 'samples');
	cpSync(join(repoRoot, 'samples'), workspace, { recursive: true });
	for (const folder of extraFolders) {
		mkdirSync(join(workspace, folder), { recursive: true });
	}
	for (const [name, text] of Object.entries(extraFiles)) {
		mkdirSync(dirname(join(workspace, name)), { recursive: true });
		writeFileSync(join(workspace, name), text);
	}
	browser ??= await launchBrowser();
	const context = await browser.newContext({ viewport: VIEWPORT });
	const close = () => context.close();
	try {
		const page = await context.newPage();
		await recordFocus(page);
		await page.goto(`${server.baseUrl}/?folder=${encodeURIComponent(workspace)}`);
		await page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: 60_000 });
		if (restricted) {
			// The writer declines to trust the folder, which opens it in Restricted Mode.
			await page.getByRole('button', { name: "No, I don't trust the authors" }).click({ timeout: 60_000 });
		}
		// The extension's contributions are in (its commands in the palette, its views) once Dramatis is in the activity bar.
		await page.locator('.part.activitybar .action-item a[aria-label^="Dramatis"]').waitFor({ timeout: 60_000 });
		return workbenchOf(page, workspace, close);
	} catch (error) {
		await close();
		throw error;
	}
}

/**
 * Gives every test of the suite the same start: the known state of `reset` (no editors, no panel, the side
 * bar as `sideBar` asks), set before each test, and a screenshot of the screen after each test that fails.
 * `workbench` is a function, since the workbench is opened in the suite's `before`.
 */
export function startEachTestFrom(workbench, { sideBar = 'closed' } = {}) {
	beforeEach(async function () {
		// The reset is part of the test's time, but a slow one must say so rather than eat the test's.
		this.timeout(Math.max(this.timeout(), 60_000));
		try {
			await workbench().reset({ sideBar });
		} catch (error) {
			await failureScreenshot(workbench(), `${this.currentTest?.fullTitle() ?? ''} known state`);
			throw error;
		}
	});
	afterEach(async function () {
		const test = this.currentTest;
		if (test?.state === 'failed') {
			await failureScreenshot(workbench(), test.fullTitle());
		}
	});
}

/** The screen as a failure left it, under test-results/screenshots/failed-<title>.png. */
async function failureScreenshot(workbench, title) {
	await workbench
		?.screenshot(`failed-${title.replace(/\W+/g, '-').slice(0, 100)}`)
		.catch(error => console.error(`      (no screenshot of the failure: ${error.message})`));
}

function workbenchOf(page, workspace, close) {
	const quickInput = page.locator('.quick-input-widget');
	const quickInputBox = quickInput.locator('input');
	const workbench = page.locator('.monaco-workbench');
	const tabs = page.locator('.part.editor .tabs-container .tab');
	const hasClass = async (locator, name) => ((await locator.getAttribute('class')) ?? '').split(/\s+/).includes(name);

	/**
	 * Opens Quick Open from the command center in the title bar. A click, not Ctrl+P or F1: a key pressed
	 * while a webview or a view holds the focus can go there instead of to the workbench.
	 */
	async function openQuickOpen() {
		// The click event itself, not a pointer pressed and released: under load a press on the command center
		// was seen to bring no click at all (pointerdown and mousedown, then nothing), leaving no picker to wait for.
		await page.locator('.part.titlebar .command-center-quick-pick').dispatchEvent('click');
		try {
			await quickInputBox.waitFor();
		} catch (error) {
			await printFocusLog(page);
			throw error;
		}
	}

	/**
	 * Chooses the row that reads exactly `label` with a click (the Command Palette lists its matches in
	 * alphabetical order, not best first, so Enter could take another), and waits for the picker to close.
	 */
	async function choose(label, { opensPicker = false, timeout = 15_000 } = {}) {
		// A row of the list filtered for what was typed, whose label highlights the letters typed: a row of the
		// list shown before the filter applied moves away between the press and the release of a click.
		const row = quickInput
			.locator('.quick-input-list .monaco-list-row')
			.filter({ has: page.locator('.label-name').getByText(label, { exact: true }) })
			.filter({ has: page.locator('.label-name .highlight') });
		await row.first().click({ timeout });
		// The pointer stays where the row was, over whatever the picker covered (an editor's toolbar, say), whose
		// tooltip would then cover the next picture.
		await page.mouse.move(RESTING_POINTER.x, RESTING_POINTER.y);
		if (opensPicker) {
			// The command's own picker takes the place of the palette: it shows once the palette's rows have gone.
			await row.first().waitFor({ state: 'detached', timeout: 15_000 });
			await quickInputBox.waitFor({ timeout: 15_000 });
		} else {
			await quickInput.waitFor({ state: 'hidden', timeout: 15_000 });
		}
	}

	/** True when the element holding the keyboard focus is inside `selector`. */
	const focusIn = selector => page.evaluate(inside => !!document.activeElement?.closest(inside), selector);

	/**
	 * Puts the focus in the (empty) editor area, not in a view, and sees that it stays. VS Code gives a tree
	 * view redrawn while it holds the focus the focus back when the redraw ends, which would close a picker the
	 * next test opens. A redraw the reset itself set off (a reverted file's cast, a view shown again) can end
	 * after the focus has moved and take it back: the command sets a state rather than toggling one, so it is
	 * given again until the focus is still in the editor area a moment later.
	 */
	async function focusEditorArea() {
		for (let attempt = 1; attempt <= FOCUS_ATTEMPTS; attempt++) {
			if (!(await focusIn('.part.editor'))) {
				await api.runCommand('View: Focus Active Editor Group');
			}
			// Not waited for as it comes: a redraw ending in the same moment takes it back unseen.
			await page.waitForTimeout(FOCUS_SETTLE_MS);
			if (await focusIn('.part.editor')) {
				return;
			}
		}
		throw new Error(`The focus left the editor area ${FOCUS_ATTEMPTS} times: a view kept taking it back.`);
	}

	/** The layout control in the title bar, a checkbox that says whether its part is shown. */
	const layoutControl = name => page.locator(`.part.titlebar .action-label[role="checkbox"][aria-label^="${name}"]`);

	/** Hides a part through its title bar checkbox, only when the checkbox says it is shown, and waits for it. */
	async function hidePart(controlName, hiddenClass) {
		if (await hasClass(workbench, hiddenClass)) {
			return;
		}
		const control = layoutControl(controlName);
		if ((await control.getAttribute('aria-checked')) === 'true') {
			await control.click();
		}
		await page.locator(`.monaco-workbench.${hiddenClass}`).waitFor({ timeout: 15_000 });
	}

	const api = {
		page,
		workspace,
		close,

		/** Runs a command from the Command Palette by its exact title (`View: Show Dramatis`), as a writer does. */
		async runCommand(title, { opensPicker = false } = {}) {
			await openQuickOpen();
			// The `>` turns Quick Open into the Command Palette.
			await quickInputBox.fill(`>${title}`);
			await choose(title, { opensPicker });
		},

		/** Types `value` into the open picker (a theme's name, a file's path) and chooses the row that reads `label`. */
		async pick(value, label = value) {
			await quickInputBox.fill(value);
			await choose(label);
		},

		/** Opens a file of the workspace the way a writer does, through Quick Open, and waits for its text. */
		async openFile(fileName) {
			await openQuickOpen();
			await quickInputBox.fill(fileName);
			// The best match comes first: the file of that exact name, as filtered for it (its name highlighted).
			// Enter opens the first row, which stays this file when the workspace search's results join the list
			// (a click could land on a row that moved meanwhile). A file not opened before is found by that search
			// on the server, the slowest of the pickers.
			await quickInput
				.locator('.quick-input-list .monaco-list-row[data-index="0"]')
				.filter({ has: page.locator('.label-name').getByText(fileName, { exact: true }) })
				.filter({ has: page.locator('.label-name .highlight') })
				.waitFor({ timeout: 30_000 });
			await page.keyboard.press('Enter');
			await quickInput.waitFor({ state: 'hidden', timeout: 15_000 });
			// Exactly the file's name: the Statistics tab reads `Statistics: <file>`.
			await page.locator('.part.editor .tabs-container .tab.active').getByText(fileName, { exact: true }).waitFor({ timeout: 15_000 });
			await page.locator('.editor-instance .monaco-editor .view-line').first().waitFor({ timeout: 15_000 });
		},

		/** Moves the cursor to a line through Quick Open (`:N`, as Ctrl+G does), and waits for the status bar to say so. */
		async goToLine(lineNumber) {
			await openQuickOpen();
			await quickInputBox.fill(`:${lineNumber}`);
			await page.keyboard.press('Enter');
			await quickInput.waitFor({ state: 'hidden', timeout: 15_000 });
			await page
				.locator('.part.statusbar .statusbar-item')
				.filter({ hasText: new RegExp(`^Ln ${lineNumber}, Col \\d+`) })
				.first()
				.waitFor({ timeout: 15_000 });
		},

		/** Opens Go to Symbol in Editor (`@`, as Ctrl+Shift+O does) with `query` typed, and waits for a row holding `expected`. */
		async goToSymbol(query, expected) {
			await openQuickOpen();
			await quickInputBox.fill(`@${query}`);
			await quickInput.locator('.quick-input-list .monaco-list-row', { hasText: expected }).first().waitFor({ timeout: 30_000 });
		},

		/** Closes whatever picker is open, and waits for it to go. */
		async closePicker() {
			await page.keyboard.press('Escape');
			await quickInput.waitFor({ state: 'hidden' });
		},

		/** Shows the Dramatis side bar (Cast and Scenes), whatever the side bar showed before. */
		async showDramatisSideBar() {
			await api.runCommand('View: Show Dramatis');
			await page.locator('.part.sidebar .composite.title h2', { hasText: /^Dramatis$/i }).waitFor({ timeout: 15_000 });
			// Both views open: a view's header toggles it, so only a closed one is clicked. (An empty view shows
			// its welcome text instead of its list, so the headers are what says the views are there.)
			for (const view of ['Cast', 'Scenes']) {
				const header = page.locator('.part.sidebar .pane-header').filter({ has: page.locator('h3.title').getByText(view, { exact: true }) });
				await header.waitFor({ timeout: 15_000 });
				if ((await header.getAttribute('aria-expanded')) === 'false') {
					await header.click();
				}
				await header.and(page.locator('[aria-expanded="true"]')).waitFor({ timeout: 15_000 });
			}
		},

		/**
		 * The known state: the window at its usual size, in Light Modern; no picker, dialog, hover or notification; every editor
		 * closed, its unsaved changes reverted, in one editor group; the panel and the secondary side bar hidden;
		 * the primary side bar hidden (`closed`) or showing Dramatis (`dramatis`). Each step checks the screen
		 * first and acts only when it differs, then waits for the state.
		 */
		async reset({ sideBar = 'closed' } = {}) {
			const size = page.viewportSize();
			if (size.width !== VIEWPORT.width || size.height !== VIEWPORT.height) {
				await page.setViewportSize(VIEWPORT);
			}
			const dialog = page.locator('.monaco-dialog-box');
			if (await dialog.isVisible()) {
				await dialog.getByRole('button', { name: 'Cancel' }).click();
				await dialog.waitFor({ state: 'hidden' });
			}
			if (await quickInput.isVisible()) {
				await page.keyboard.press('Escape');
				await quickInput.waitFor({ state: 'hidden' });
			}
			// Away from any row or status bar item whose hover would cover the screen.
			await page.mouse.move(RESTING_POINTER.x, RESTING_POINTER.y);
			if ((await page.locator('.notifications-toasts .notification-toast').count()) > 0) {
				await api.runCommand('Notifications: Clear All Notifications');
				await page.locator('.notifications-toasts .notification-toast').first().waitFor({ state: 'detached' });
			}
			const dirty = page.locator('.part.editor .tabs-container .tab.dirty');
			while ((await dirty.count()) > 0) {
				const tab = dirty.first();
				const label = await tab.getAttribute('aria-label');
				await tab.click();
				await page.locator('.part.editor .tabs-container .tab.active.dirty').waitFor();
				await api.runCommand('File: Revert File');
				await page.locator(`.part.editor .tabs-container .tab.dirty[aria-label="${label.replace(/"/g, '\\"')}"]`).waitFor({ state: 'detached' });
			}
			if ((await tabs.count()) > 0 || (await page.locator('.part.editor .editor-group-container').count()) > 1) {
				await api.runCommand('View: Close All Editor Groups');
			}
			await tabs.first().waitFor({ state: 'detached', timeout: 15_000 });
			// A closed webview leaves no frame behind for the next test's locators to find.
			await page.locator('iframe.webview').first().waitFor({ state: 'detached', timeout: 15_000 });
			await hidePart('Toggle Panel', 'nopanel');
			await hidePart('Toggle Secondary Side Bar', 'noauxiliarybar');
			// The profile's theme, Light Modern, whatever a test chose (the theme is a user setting, kept by the server).
			if (!(await hasClass(workbench, 'vscode-theme-defaults-themes-light_modern-json'))) {
				await api.runCommand('Preferences: Color Theme', { opensPicker: true });
				await api.pick('Light Modern');
				await page.locator('.monaco-workbench.vscode-theme-defaults-themes-light_modern-json').waitFor({ timeout: 15_000 });
			}
			if (sideBar === 'dramatis') {
				await api.showDramatisSideBar();
			} else if (!(await hasClass(workbench, 'nosidebar'))) {
				await api.runCommand('View: Close Primary Side Bar');
				await page.locator('.monaco-workbench.nosidebar').waitFor({ timeout: 15_000 });
			}
			await focusEditorArea();
		},

		async screenshot(name) {
			mkdirSync(screenshotsDir, { recursive: true });
			// Notifications and hovers fade in; let the screen settle so the picture shows what a writer sees.
			await page.waitForTimeout(1000);
			await page.screenshot({ path: join(screenshotsDir, `${name}.png`) });
		},

		/** A picture of one element alone (a panel, a view), once the screen has settled. */
		async screenshotOf(locator, name) {
			mkdirSync(screenshotsDir, { recursive: true });
			await page.waitForTimeout(1000);
			await locator.screenshot({ path: join(screenshotsDir, `${name}.png`) });
		},
	};
	return api;
}

/**
 * Reads the screen until `check` (a function of assertions) passes, and fails with its last assertion after
 * `timeout` ms. For what arrives a moment after the screen is first drawn (the grammar's colours, then the
 * semantic tokens): it waits for that state instead of sleeping and hoping, and only ever reads, never acts.
 */
export async function until(check, { timeout = 15_000, interval = 200 } = {}) {
	const deadline = Date.now() + timeout;
	for (;;) {
		try {
			return await check();
		} catch (error) {
			if (Date.now() >= deadline) {
				throw error;
			}
		}
		await new Promise(resolve => setTimeout(resolve, interval));
	}
}

/** The Cast view's rows as the screen shows them: label, description and level in the tree. */
export function castRows(page) {
	return page.locator('.monaco-list[aria-label^="Cast"] .monaco-list-row').evaluateAll(rows =>
		rows.map(row => ({
			label: row.querySelector('.label-name')?.textContent?.trim() ?? '',
			description: row.querySelector('.label-description')?.textContent?.trim() ?? '',
			level: Number(row.getAttribute('aria-level')),
		})),
	);
}

/**
 * Waits until the Cast view lists `names` (as `dramatis analyze` gives them) and no others: the cast has
 * settled, its doubtful names tagged and the tree redrawn, so no redraw is under way to close the menu or
 * picker a test opens next (a tree redrawn while it holds the focus takes it back).
 */
export async function castSettled(page, names) {
	await until(
		async () =>
			assert.deepEqual(
				(await castRows(page)).filter(row => row.level === 1).map(row => row.label),
				names,
			),
		{ timeout: 20_000 },
	);
}

/**
 * The colour of each token on the editor's screen, what the grammar and the semantic tokens painted; only
 * those of the first line showing `lineHolding`, when given.
 */
export function editorTokens(page, lineHolding) {
	return page.evaluate(wanted => {
		const text = element => element.textContent.replace(/\u00a0/g, ' ');
		const lines = [...document.querySelectorAll('.editor-instance .view-line')];
		const shown = wanted === undefined ? lines : lines.filter(line => text(line).includes(wanted)).slice(0, 1);
		return shown.flatMap(line => [...line.querySelectorAll('span > span')].map(span => ({ text: text(span), color: getComputedStyle(span).color })));
	}, lineHolding);
}
