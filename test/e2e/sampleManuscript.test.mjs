// End to end, as a writer sees it: the packaged extension in code-server, the first sample chapter opened
// through Quick Open, then the status bar and the editor's colours read off the screen. Expected counts
// come from the CLI (`dramatis analyze --json`), the other reader of the same core.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../../scripts/lib/paths.mjs';
import { editorTokens, openSamplesInCodeServer, startEachTestFrom, until } from './workbench.mjs';

function analyze(file) {
	const output = execFileSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'analyze', '--json', file], { encoding: 'utf8' });
	return JSON.parse(output).files[0];
}

function wordsIn(text) {
	const dir = mkdtempSync(join(tmpdir(), 'dramatis-e2e-'));
	try {
		writeFileSync(join(dir, 'selection.story'), text);
		return analyze(join(dir, 'selection.story')).words;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

const longestWord = text => (text.match(/\p{L}+/gu) ?? []).sort((a, b) => b.length - a.length)[0];

/**
 * A short line holding a quote and some narration, so both are on screen in one unwrapped view line.
 * Returns its 1-based line number, the quote's text, a word spoken and a word narrated.
 */
function dialogueLine(text, quotes) {
	for (const quote of quotes) {
		const lineStart = text.lastIndexOf('\n', quote.start) + 1;
		const lineEnd = text.indexOf('\n', quote.end) === -1 ? text.length : text.indexOf('\n', quote.end);
		const line = text.slice(lineStart, lineEnd);
		const quoteText = text.slice(quote.start, quote.end);
		const narration = quotes.filter(q => q.start >= lineStart && q.end <= lineEnd).reduce((rest, q) => rest.replace(text.slice(q.start, q.end), ' '), line);
		const spoken = longestWord(quoteText);
		const narrated = longestWord(narration);
		if (line.length <= 100 && spoken?.length >= 4 && narrated?.length >= 4 && !quoteText.includes(narrated)) {
			return { lineNumber: text.slice(0, lineStart).split('\n').length, line, quoteText, spoken, narrated };
		}
	}
	throw new Error('The sample chapter has no short line with both dialogue and narration to compare.');
}

describe('A writer opens the sample manuscript', function () {
	this.timeout(120_000);
	let workbench;
	let page;
	let chapter;

	const statusBarWords = () => page.locator('.part.statusbar .statusbar-item').filter({ hasText: /\bwords?$/ });

	before(async () => {
		workbench = await openSamplesInCodeServer();
		page = workbench.page;
		const fileName = readdirSync(workbench.workspace).find(name => /^01-.*\.story$/.test(name));
		assert.ok(fileName, 'samples/ holds a 01-*.story chapter');
		const path = join(workbench.workspace, fileName);
		chapter = { fileName, text: readFileSync(path, 'utf8'), report: analyze(path) };
	});

	startEachTestFrom(() => workbench);

	beforeEach(async () => {
		await workbench.openFile(chapter.fileName);
	});

	after(async () => {
		await workbench?.close();
	});

	it('opens the chapter as a Story file', async () => {
		await assert.doesNotReject(
			page.locator('.part.statusbar .statusbar-item', { hasText: /^Story$/ }).waitFor({ timeout: 10_000 }),
			'the language indicator reads "Story"',
		);
	});

	it("shows the chapter's word count in the status bar", async () => {
		const expected = `${chapter.report.words.toLocaleString('en')} words`;
		await statusBarWords().first().waitFor({ timeout: 15_000 });
		assert.equal((await statusBarWords().first().textContent()).trim(), expected);
		await workbench.screenshot('e2e-01-word-count');
	});

	it('counts the selected words against the whole chapter', async () => {
		const { lineNumber, line } = dialogueLine(chapter.text, chapter.report.quotes);
		await workbench.goToLine(lineNumber);
		await page.keyboard.press('Home');
		await page.keyboard.press('Shift+End');
		const expected = `${wordsIn(line).toLocaleString('en')} of ${chapter.report.words.toLocaleString('en')} words`;
		await page.locator('.part.statusbar .statusbar-item', { hasText: expected }).waitFor({ timeout: 10_000 });
		assert.equal((await statusBarWords().first().textContent()).trim(), expected);
		await workbench.screenshot('e2e-02-selection-count');
	});

	it('colours dialogue differently from narration', async () => {
		const { lineNumber, quoteText, spoken, narrated } = dialogueLine(chapter.text, chapter.report.quotes);
		await workbench.goToLine(lineNumber);
		// The grammar's colours, then the semantic tokens from the model, arrive a moment after the text.
		const { dialogue, narration } = await until(async () => {
			const tokens = await editorTokens(page, quoteText);
			const found = { dialogue: tokens.find(token => token.text.includes(spoken)), narration: tokens.find(token => token.text.includes(narrated)) };
			assert.ok(found.dialogue && found.narration, `the line showing ${quoteText} is rendered: ${JSON.stringify(tokens)}`);
			assert.notEqual(found.dialogue.color, found.narration.color, `"${spoken}" (dialogue) and "${narrated}" (narration) are both ${found.dialogue.color}`);
			return found;
		});
		await workbench.screenshot('e2e-03-dialogue-colour');
		console.log(`      dialogue ${dialogue.color}, narration ${narration.color}`);
	});
});
