// Dramatis as VS Code for the Web runs it: dist/web/extension.js in the browser's web-worker extension
// host, no Node anywhere, on an untitled story that lives on no disk. Every feature a writer sees is
// checked here against the model: counts, outline, dialogue colours, cast (compromise in the worker's own
// thread), scenes and the Statistics panel.
import * as assert from 'assert';
import * as vscode from 'vscode';

const STORY = [
	'Chapter One',
	'',
	'Wren Hollis lit the stove before dawn. "The ferry is late again," said Wren.',
	'',
	'Abel Marsh shrugged at the window. "It always is in fog," Abel said.',
	'',
	'* * *',
	'',
	'At noon the horn sounded twice. Wren ran down to the slip with the mail sack.',
	'',
	'Chapter Two',
	'',
	'"You will miss it one day," Abel told Wren, and she laughed at him.',
].join('\n');

interface DramatisApi {
	modelOf(document: vscode.TextDocument): { words: number; chapters: readonly { title: string }[]; scenes: readonly { start: number }[] } | undefined;
	castOf(document: vscode.TextDocument): { characters: readonly { name: string; aliases: readonly string[]; mentions: number; lines: number }[] } | undefined;
	/** What the extension hands its tests beside the API. */
	testing: {
		castViewRows(depth?: number): Promise<{ label: string; description: string; children?: { label: string }[] }[]>;
		statisticsPanel: {
			isOpen: boolean;
			pageReady: boolean;
			lastMessage: { type: string; report?: { document: string; statistics: { words: number; chapters: number; scenes: readonly unknown[] } } } | undefined;
		};
	};
}

async function until<T>(read: () => T | undefined | false, what: string, timeoutMs = 20_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = read();
		if (value) {
			return value;
		}
		if (Date.now() > deadline) {
			throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
		}
		await new Promise(resolve => setTimeout(resolve, 50));
	}
}

describe('Dramatis in the web-worker extension host', () => {
	let document: vscode.TextDocument;
	let editor: vscode.TextEditor;
	let api: DramatisApi;

	before(async () => {
		document = await vscode.workspace.openTextDocument({ language: 'story', content: STORY });
		editor = await vscode.window.showTextDocument(document);
		const extension = vscode.extensions.getExtension<DramatisApi>('dramatis.dramatis');
		assert.ok(extension, 'Dramatis is installed');
		api = await extension.activate();
	});

	it('runs its browser bundle in a web worker, with no Node', () => {
		const extension = vscode.extensions.getExtension('dramatis.dramatis')!;
		assert.strictEqual(vscode.env.uiKind, vscode.UIKind.Web);
		// An extension in the browser's extension host runs beside the UI, not in the remote workspace.
		assert.strictEqual(extension.extensionKind, vscode.ExtensionKind.UI);
		assert.strictEqual(typeof (globalThis as { importScripts?: unknown }).importScripts, 'function', 'a web worker');
		assert.strictEqual(typeof (globalThis as { process?: unknown }).process, 'undefined', 'no Node process');
		assert.strictEqual(extension.packageJSON.browser, './dist/web/extension.js');
		assert.strictEqual(extension.packageJSON.main, undefined, 'the package tested has only its browser entry');
	});

	it('counts an untitled story and outlines it', async () => {
		assert.strictEqual(document.uri.scheme, 'untitled');
		const model = await until(() => api.modelOf(document), 'the model');
		// Headings count: 2 + 14 + 13 + 16 in the first chapter, 2 + 14 in the second.
		assert.strictEqual(model.words, 61);
		assert.deepStrictEqual(
			model.chapters.map(chapter => chapter.title),
			['Chapter One', 'Chapter Two'],
		);
		const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
		assert.deepStrictEqual(
			symbols.map(symbol => [symbol.name, symbol.children.map(child => child.name)]),
			[
				['Chapter One', ['Scene 1', 'Scene 2']],
				// A chapter of one scene has no scenes of its own in the outline.
				['Chapter Two', []],
			],
		);
	});

	it('colours its dialogue', async () => {
		const whole = new vscode.Range(0, 0, document.lineCount, 0);
		const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentRangeSemanticTokens', document.uri, whole);
		const lines = STORY.split('\n');
		// Five numbers a token, each line's first token its line's delta: one quote on each of three lines.
		const starts: number[] = [];
		for (let index = 0, line = 0; index < tokens.data.length; index += 5) {
			line += tokens.data[index];
			starts.push(line);
		}
		assert.deepStrictEqual(
			starts,
			lines.flatMap((line, index) => (line.includes('"') ? [index] : [])),
		);
	});

	it('finds its cast, compromise loaded in the worker itself', async () => {
		const cast = await until(() => {
			const characters = api.castOf(document)?.characters;
			return characters && characters.length > 0 && characters;
		}, 'the cast');
		// Wren speaks once and is named four times (once in full); Abel speaks twice.
		assert.deepStrictEqual(cast.map(character => [character.name, character.aliases, character.mentions, character.lines]).sort(), [
			['Abel', ['Abel Marsh'], 3, 2],
			['Wren', ['Wren Hollis'], 4, 1],
		]);
	});

	it('steps from scene to scene', async () => {
		const scenes = api.modelOf(document)!.scenes;
		assert.strictEqual(scenes.length, 3);
		editor.selection = new vscode.Selection(0, 0, 0, 0);
		// From the chapter heading to the first scene's prose, then on through the break and the next chapter.
		for (const scene of scenes) {
			await vscode.commands.executeCommand('dramatis.nextScene');
			assert.deepStrictEqual(editor.selection.active, document.positionAt(scene.start));
		}
	});

	it('shows its Statistics panel, the page script running under its CSP', async () => {
		await vscode.commands.executeCommand('dramatis.showStatistics');
		await until(() => api.testing.statisticsPanel.pageReady, "the page's script to say it is ready");
		const report = await until(() => api.testing.statisticsPanel.lastMessage?.report, 'statistics to be sent');
		assert.strictEqual(report.statistics.words, 61);
		assert.strictEqual(report.statistics.chapters, 2);
		assert.strictEqual(report.statistics.scenes.length, 3);
	});

	it("lists the story's cast in the Cast view", async () => {
		// The story is the active editor again (the panel beside it stays open for the screenshot after the suite).
		await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
		await vscode.commands.executeCommand('workbench.view.extension.dramatis');
		await vscode.commands.executeCommand('dramatis.cast.showDocument');
		const rows = await api.testing.castViewRows(2);
		assert.deepStrictEqual(
			rows.map(({ label, description }) => `${label} — ${description}`),
			['Wren — 4 mentions · 1 line', 'Abel — 3 mentions · 2 lines'],
		);
		assert.deepStrictEqual(
			rows[0].children!.map(({ label }) => label),
			['Chapter One › Scene 1', 'Chapter One › Scene 2', 'Chapter Two › Scene 1'],
		);
	});

	it('stays on screen, its views filled, while the runner takes its screenshot', async () => {
		// The host stops when the suite ends and takes its views and status bar with it, so the picture is
		// taken now: the runner answers the line below with a file beside the extension once it has it.
		await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
		const extension = vscode.extensions.getExtension('dramatis.dramatis')!;
		const taken = vscode.Uri.joinPath(extension.extensionUri, '..', 'screenshot-taken');
		console.log(`${SCREENSHOT_CUE} ${taken.path}`);
		const deadline = Date.now() + 60_000;
		while (
			!(await vscode.workspace.fs.stat(taken).then(
				() => true,
				() => false,
			))
		) {
			if (Date.now() > deadline) {
				throw new Error('The runner took no screenshot within 60 s');
			}
			await new Promise(resolve => setTimeout(resolve, 100));
		}
	});
});

/** The line scripts/webTests.mjs waits for before its screenshot. */
const SCREENSHOT_CUE = '[dramatis web tests] ready for the screenshot:';
