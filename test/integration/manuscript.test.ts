// The manuscript across files, in a real VS Code, through the commands VS Code itself calls: document and
// workspace symbols, folding, Next/Previous Scene across file boundaries and Go to Scene…. Fixture:
// test/fixtures/manuscript/, three chapter files that sort naturally as 1, 2, 10 (not 1, 10, 2), and a
// README that is not part of the manuscript.
//   1-arrival.story   Chapter 1: Arrival (60 words): Scene 1 at line 2 (32 words), Scene 2 at line 8 (25)
//   2-the-party.md    # Chapter 2: The Party (53 words): ### Guests at line 4 (30), ### The Lamp Goes Out at line 10 (14)
//   10-aftermath.txt  Chapter 10 (33 words): Scene 1 at line 2 (20), Scene 2 at line 6 (11)
import * as assert from 'assert';
import * as vscode from 'vscode';

interface DramatisApi {
	manuscript(): Promise<{ files: readonly { path: string }[] }>;
}

const ARRIVAL = 'manuscript/1-arrival.story';
const PARTY = 'manuscript/2-the-party.md';
const AFTERMATH = 'manuscript/10-aftermath.txt';

let folder: vscode.Uri;
let api: DramatisApi;
const uriOf = (path: string) => vscode.Uri.joinPath(folder, path);
const pathOf = (uri: vscode.Uri) => vscode.workspace.asRelativePath(uri);

/** The first truthy value `probe` gives, polling until it does. */
async function until<T>(probe: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 15_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await probe();
		if (value) {
			return value;
		}
		if (Date.now() > deadline) {
			throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
		}
		await new Promise(resolve => setTimeout(resolve, 100));
	}
}

async function workspaceSymbols(query: string): Promise<vscode.SymbolInformation[]> {
	return (await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', query)) ?? [];
}

/** Where the cursor is, as `path:line`. */
function cursor(): string {
	const editor = vscode.window.activeTextEditor;
	return editor ? `${pathOf(editor.document.uri)}:${editor.selection.active.line}` : 'no editor';
}

async function openAt(path: string, line: number): Promise<vscode.TextEditor> {
	const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uriOf(path)));
	const position = new vscode.Position(line, 0);
	editor.selection = new vscode.Selection(position, position);
	return editor;
}

describe('The manuscript in a real VS Code', () => {
	before(async () => {
		const workspaceFolder = vscode.workspace.workspaceFolders?.[0];
		assert.ok(workspaceFolder, 'the fixtures folder is open as the workspace');
		folder = workspaceFolder.uri;
		const extension = vscode.extensions.getExtension<DramatisApi>('dramatis.dramatis');
		assert.ok(extension, 'dramatis.dramatis is installed for development');
		// A story document wakes the extension, as it would for a writer.
		await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uriOf(ARRIVAL)));
		await until(() => extension.isActive, 'the extension to activate');
		api = extension.exports;
		const manuscript = await api.manuscript();
		const paths = manuscript.files.map(file => file.path).filter(path => path.startsWith('manuscript/'));
		assert.deepStrictEqual(paths, [ARRIVAL, PARTY, AFTERMATH], 'chapter files in natural order, README left out');
	});

	after(async () => {
		await vscode.commands.executeCommand('workbench.action.closeAllEditors');
	});

	describe('document symbols', () => {
		it('outlines a Markdown chapter with its titled scenes and word counts', async () => {
			const answers = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uriOf(PARTY));
			// VS Code's own Markdown outline answers too once its extension is awake (another test may have
			// opened a Markdown file first); its headings carry no word count.
			const symbols = answers.filter(symbol => /\d words/.test(symbol.detail));
			const shape = (symbol: vscode.DocumentSymbol): unknown => ({
				name: symbol.name,
				detail: symbol.detail,
				line: symbol.selectionRange.start.line,
				children: symbol.children.map(shape),
			});
			assert.deepStrictEqual(symbols.map(shape), [
				{
					name: 'Chapter 2: The Party',
					detail: '53 words · 2 scenes',
					line: 0,
					children: [
						{ name: 'Guests', detail: '30 words', line: 4, children: [] },
						{ name: 'The Lamp Goes Out', detail: '14 words', line: 10, children: [] },
					],
				},
			]);
		});
	});

	describe('workspace symbols (Ctrl+T)', () => {
		it('finds a scene by words of its first line, in a closed file', async () => {
			const found = (await workspaceSymbols("keeper's cat")).filter(symbol => pathOf(symbol.location.uri) === AFTERMATH);
			assert.deepStrictEqual(
				found.map(symbol => ({ kind: symbol.kind, container: symbol.containerName, line: symbol.location.range.start.line })),
				[{ kind: vscode.SymbolKind.Event, container: `Chapter 10 · ${AFTERMATH}`, line: 2 }],
			);
			// The name carries the first line, cut short: VS Code filters what it shows by the name.
			assert.match(found[0].name, /^Scene 1 — Nobody spoke of the dark hour afterwards, though the keeper's cat .*…$/);
		});

		it('finds a scene by its title and a chapter by its name', async () => {
			const scene = (await workspaceSymbols('lamp goes out')).find(symbol => symbol.kind === vscode.SymbolKind.Event && pathOf(symbol.location.uri) === PARTY);
			assert.ok(scene, 'the scene titled "The Lamp Goes Out" is found');
			assert.strictEqual(scene.name, 'The Lamp Goes Out — At midnight the beam stopped turning, and every glass on the table rang once.');
			assert.strictEqual(scene.location.range.start.line, 10);
			const chapter = (await workspaceSymbols('Arrival')).find(symbol => symbol.kind === vscode.SymbolKind.String && pathOf(symbol.location.uri) === ARRIVAL);
			assert.ok(chapter, 'the chapter "Chapter 1: Arrival" is found');
			assert.strictEqual(chapter.name, 'Chapter 1: Arrival');
		});

		it('finds every scene of the manuscript, and nothing in the README', async () => {
			const all = await workspaceSymbols('');
			assert.ok(!all.some(symbol => pathOf(symbol.location.uri).endsWith('README.md')), 'nothing from README.md');
			const scenes = all.filter(symbol => symbol.kind === vscode.SymbolKind.Event && pathOf(symbol.location.uri).startsWith('manuscript/'));
			// VS Code sorts what providers return; the reading order shows in Next Scene and Go to Scene….
			assert.deepStrictEqual(scenes.map(symbol => `${pathOf(symbol.location.uri)}:${symbol.location.range.start.line}`).sort(), [
				`${ARRIVAL}:2`,
				`${ARRIVAL}:8`,
				`${AFTERMATH}:2`,
				`${AFTERMATH}:6`,
				`${PARTY}:10`,
				`${PARTY}:4`,
			]);
		});

		it('finds a scene typed into an open chapter, before it is saved', async () => {
			const editor = await openAt(AFTERMATH, 0);
			const written = editor.document.getText();
			const edit = new vscode.WorkspaceEdit();
			edit.insert(editor.document.uri, editor.document.positionAt(editor.document.getText().length), '\n***\n\nThe gulls came back before the boats did.\n');
			assert.ok(await vscode.workspace.applyEdit(edit));
			try {
				const found = await until(
					async () => (await workspaceSymbols('gulls came back')).find(symbol => pathOf(symbol.location.uri) === AFTERMATH),
					'the new scene among the symbols',
				);
				assert.strictEqual(found.name, 'Scene 3 — The gulls came back before the boats did.');
				assert.strictEqual(found.location.range.start.line, 10);
			} finally {
				await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
				// The browser's VS Code saves after a delay: put the fixture back as written.
				const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(uriOf(AFTERMATH)));
				if (onDisk !== written) {
					await vscode.workspace.fs.writeFile(uriOf(AFTERMATH), new TextEncoder().encode(written));
				}
			}
		});

		it('takes in a chapter file created on disk, in its place, and lets it go when deleted', async () => {
			const interlude = uriOf('manuscript/3-interlude.story');
			await vscode.workspace.fs.writeFile(interlude, new TextEncoder().encode('Interlude\n\nThe fog sat on the harbour for three days and nobody fished.\n'));
			try {
				const found = await until(
					async () => (await workspaceSymbols('fog sat on the harbour')).find(symbol => pathOf(symbol.location.uri) === 'manuscript/3-interlude.story'),
					'the new file among the symbols',
				);
				assert.strictEqual(found.containerName, 'Interlude · manuscript/3-interlude.story');
				const paths = (await api.manuscript()).files.map(file => file.path).filter(path => path.startsWith('manuscript/'));
				assert.deepStrictEqual(paths, [ARRIVAL, PARTY, 'manuscript/3-interlude.story', AFTERMATH], '3 sorts between 2 and 10');
			} finally {
				await vscode.workspace.fs.delete(interlude);
			}
			await until(
				async () => !(await workspaceSymbols('fog sat on the harbour')).some(symbol => pathOf(symbol.location.uri) === 'manuscript/3-interlude.story'),
				'the deleted file to leave the symbols',
			);
		});
	});

	describe('folding', () => {
		it('folds a chapter and each scene of more than one line', async () => {
			const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', uriOf(ARRIVAL));
			assert.deepStrictEqual(
				ranges.map(range => [range.start, range.end]).sort((a, b) => a[0] - b[0]),
				[
					[0, 8],
					[2, 4],
				],
			);
		});
	});

	describe('Next and Previous Scene', () => {
		it('walks forward scene by scene, on into the next chapter file', async () => {
			await openAt(ARRIVAL, 0);
			const visited: string[] = [];
			for (let step = 0; step < 6; step++) {
				const before = cursor();
				await vscode.commands.executeCommand('dramatis.nextScene');
				visited.push(await until(() => (cursor() !== before ? cursor() : undefined), `Next Scene to move from ${before}`));
			}
			assert.deepStrictEqual(visited, [`${ARRIVAL}:2`, `${ARRIVAL}:8`, `${PARTY}:4`, `${PARTY}:10`, `${AFTERMATH}:2`, `${AFTERMATH}:6`]);
		});

		it('goes back to the start of the scene, then to the one before, back into the previous file', async () => {
			await openAt(PARTY, 6);
			const visited: string[] = [];
			for (let step = 0; step < 3; step++) {
				const before = cursor();
				await vscode.commands.executeCommand('dramatis.previousScene');
				visited.push(await until(() => (cursor() !== before ? cursor() : undefined), `Previous Scene to move from ${before}`));
			}
			assert.deepStrictEqual(visited, [`${PARTY}:4`, `${ARRIVAL}:8`, `${ARRIVAL}:2`]);
		});
	});

	describe('Go to Scene…', () => {
		it('opens on the scene at the cursor without moving the cursor', async () => {
			await openAt(ARRIVAL, 4);
			await vscode.commands.executeCommand('dramatis.goToScene');
			await new Promise(resolve => setTimeout(resolve, 1000));
			assert.strictEqual(cursor(), `${ARRIVAL}:4`);
			await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
			await new Promise(resolve => setTimeout(resolve, 300));
			assert.strictEqual(cursor(), `${ARRIVAL}:4`);
		});

		it('previews the scene under the selection and puts the writer back on Escape', async () => {
			await openAt(ARRIVAL, 8);
			await vscode.commands.executeCommand('dramatis.goToScene');
			await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
			await until(() => (cursor() === `${PARTY}:4` ? true : undefined), 'the next scene, Guests, to be previewed');
			await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
			await until(() => (cursor() === `${ARRIVAL}:8` ? true : undefined), 'the cursor to go back where it was');
		});

		it('goes to the chosen scene', async () => {
			await openAt(ARRIVAL, 8);
			await vscode.commands.executeCommand('dramatis.goToScene');
			await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
			await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
			await until(() => (cursor() === `${PARTY}:10` ? true : undefined), 'the scene two down to be previewed');
			await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
			await new Promise(resolve => setTimeout(resolve, 300));
			assert.strictEqual(cursor(), `${PARTY}:10`);
		});
	});
});
