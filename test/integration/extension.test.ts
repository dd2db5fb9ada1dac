// The extension inside a real VS Code: it wakes up for a .story file, its outline comes back through the
// same command VS Code itself uses, and edits reach the model. Fixture: test/fixtures/lighthouse.story,
// two chapters of 40 and 25 words (headings count: "Chapter One" is two words), split by `* * *`.
import * as assert from 'assert';
import * as vscode from 'vscode';

/** The part of the API activate() returns that these tests read. */
interface DramatisApi {
	modelOf(document: vscode.TextDocument): StoryModelView | undefined;
}
interface StoryModelView {
	words: number;
	chapters: readonly { title: string; words: number }[];
	scenes: readonly { title: string; words: number; dialogueWords: number }[];
}

interface Outline {
	name: string;
	children: Outline[];
}

async function outlineOf(document: vscode.TextDocument): Promise<Outline[]> {
	const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
	const shape = (symbol: vscode.DocumentSymbol): Outline => ({ name: symbol.name, children: symbol.children.map(shape) });
	return (symbols ?? []).map(shape);
}

async function until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > deadline) {
			throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
		}
		await new Promise(resolve => setTimeout(resolve, 50));
	}
}

async function insert(document: vscode.TextDocument, offset: number, text: string): Promise<void> {
	const edit = new vscode.WorkspaceEdit();
	edit.insert(document.uri, document.positionAt(offset), text);
	assert.strictEqual(await vscode.workspace.applyEdit(edit), true, 'the edit was applied');
}

describe('Dramatis in a real VS Code', () => {
	let document: vscode.TextDocument;
	let api: DramatisApi;

	before(async () => {
		const folder = vscode.workspace.workspaceFolders?.[0];
		assert.ok(folder, 'the fixtures folder is open as the workspace');
		document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'lighthouse.story'));
		await vscode.window.showTextDocument(document);
	});

	after(async () => {
		// The edits below were never saved; drop them so the fixture on disk stays as written.
		await vscode.window.showTextDocument(document);
		await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
	});

	it('activates for a .story file and returns its API', async () => {
		assert.strictEqual(document.languageId, 'story');
		const extension = vscode.extensions.getExtension<DramatisApi>('dramatis.dramatis');
		assert.ok(extension, 'dramatis.dramatis is installed for development');
		// Opening the file must be enough: calling activate() here would hide a missing activation event.
		await until(() => extension.isActive, 'the extension to activate');
		api = extension.exports;
		assert.strictEqual(typeof api.modelOf, 'function');
	});

	it('runs in test mode, where the test probes come apart from the public API', () => {
		const exports = vscode.extensions.getExtension('dramatis.dramatis')!.exports as Record<string, unknown>;
		assert.deepStrictEqual(Object.keys(exports).sort(), ['castOf', 'manuscript', 'manuscriptCast', 'modelOf', 'testing', 'whenReady']);
		const testing = exports.testing as Record<string, unknown>;
		for (const probe of ['castViewRows', 'statisticsPanel', 'writingToday', 'nameVariants']) {
			assert.ok(testing[probe], `the ${probe} probe is handed out under testing`);
		}
	});

	it('counts the words of each chapter and scene', () => {
		const model = api.modelOf(document);
		assert.ok(model, 'a .story document has a model');
		assert.strictEqual(model.words, 65);
		assert.deepStrictEqual(
			model.chapters.map(({ title, words }) => ({ title, words })),
			[
				{ title: 'Chapter One', words: 40 },
				{ title: 'Chapter Two', words: 25 },
			],
		);
		assert.deepStrictEqual(
			model.scenes.map(({ title, words, dialogueWords }) => ({ title, words, dialogueWords })),
			[
				{ title: 'Scene 1', words: 24, dialogueWords: 8 },
				{ title: 'Scene 2', words: 14, dialogueWords: 0 },
				{ title: 'Scene 1', words: 11, dialogueWords: 9 },
				{ title: 'Scene 2', words: 5, dialogueWords: 0 },
				{ title: 'Scene 3', words: 7, dialogueWords: 0 },
			],
		);
	});

	it('outlines chapters with their scenes as document symbols', async () => {
		assert.deepStrictEqual(await outlineOf(document), [
			{
				name: 'Chapter One',
				children: [
					{ name: 'Scene 1', children: [] },
					{ name: 'Scene 2', children: [] },
				],
			},
			{
				name: 'Chapter Two',
				children: [
					{ name: 'Scene 1', children: [] },
					{ name: 'Scene 2', children: [] },
					{ name: 'Scene 3', children: [] },
				],
			},
		]);
	});

	it('recounts after an edit adds a paragraph', async () => {
		const endOfDawnParagraph = document.getText().indexOf('smelled of rain.') + 'smelled of rain.'.length;
		// Six words: "keeper's" is one word, joined across its apostrophe.
		await insert(document, endOfDawnParagraph, "\n\nThe keeper's cat watched the gulls.");
		const model = api.modelOf(document);
		assert.ok(model);
		assert.strictEqual(model.words, 71);
		assert.deepStrictEqual(
			model.chapters.map(chapter => chapter.words),
			[46, 25],
		);
		assert.deepStrictEqual(
			model.scenes.map(scene => scene.words),
			[24, 20, 11, 5, 7],
		);
	});

	it('outlines a chapter that an edit adds', async () => {
		await insert(document, document.getText().length, '\nChapter Three\n\nThe gulls came back before the boats did.\n');
		assert.strictEqual(api.modelOf(document)?.words, 81);
		const outline = await outlineOf(document);
		assert.deepStrictEqual(
			outline.map(chapter => chapter.name),
			['Chapter One', 'Chapter Two', 'Chapter Three'],
		);
		// Told in one scene, the chapter has no scene under it: it would only repeat the chapter.
		assert.deepStrictEqual(outline[2], { name: 'Chapter Three', children: [] });
	});
});
