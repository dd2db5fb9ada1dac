// Who is in each scene, in a real VS Code: Go to Symbol in Workspace (Ctrl+T) finds a scene by a character
// in it and shows through whose eyes it is told, and a character written into a chapter joins its scene
// once the writer pauses. Fixture: test/fixtures/harbour/, two chapters with Hattie, Wren and Mr. Quill;
// chapter 2 is one scene, told by the narration that follows Wren.
import * as assert from 'assert';
import * as vscode from 'vscode';

const DEPARTURE = 'harbour/02-departure.story';

let folder: vscode.Uri;
const uriOf = (path: string) => vscode.Uri.joinPath(folder, path);
const pathOf = (uri: vscode.Uri) => vscode.workspace.asRelativePath(uri);

async function workspaceSymbols(query: string): Promise<vscode.SymbolInformation[]> {
	return (await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', query)) ?? [];
}

/** The first truthy value `probe` gives, polling until it does. */
async function until<T>(probe: () => Promise<T | undefined | false>, what: string, timeoutMs = 15_000): Promise<T> {
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

describe('Who is in each scene, in a real VS Code', () => {
	before(async () => {
		const workspaceFolder = vscode.workspace.workspaceFolders?.[0];
		assert.ok(workspaceFolder, 'the fixtures folder is open as the workspace');
		folder = workspaceFolder.uri;
		const extension = vscode.extensions.getExtension('dramatis.dramatis');
		assert.ok(extension, 'dramatis.dramatis is installed for development');
		await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uriOf('harbour/01-arrival.story')));
		await until(async () => extension.isActive, 'the extension to activate');
	});

	after(async () => {
		await vscode.commands.executeCommand('workbench.action.closeAllEditors');
	});

	it('finds a scene by a character in it, and tells its point of view (Ctrl+T)', async () => {
		const found = (await workspaceSymbols('Wren')).filter(symbol => symbol.kind === vscode.SymbolKind.Event && pathOf(symbol.location.uri) === DEPARTURE);
		assert.strictEqual(found.length, 1, 'chapter 2’s one scene is found by Wren’s name');
		const [scene] = found;
		// VS Code filters what it shows by the name, so the characters ride in it after the first line.
		assert.match(scene.name, /^Scene 1 — In the morning Wren rowed Hattie out .* · (.*, )?Wren(, .*)?$/);
		assert.match(scene.name, / · (.*, )?Hattie(, .*)?$/);
		assert.strictEqual(scene.containerName, `POV Wren · Chapter 2 · ${DEPARTURE}`);
	});

	it('adds a character the writer names in a scene, once they pause', async () => {
		const document = await vscode.workspace.openTextDocument(uriOf(DEPARTURE));
		const editor = await vscode.window.showTextDocument(document);
		const written = document.getText();
		try {
			assert.deepStrictEqual(
				(await workspaceSymbols('Zebedee')).filter(symbol => pathOf(symbol.location.uri) === DEPARTURE),
				[],
				'no Zebedee before the edit',
			);
			const end = document.positionAt(document.getText().length);
			assert.ok(await editor.edit(edit => edit.insert(end, '\n"Go on, then," said Zebedee from the pier. Zebedee never came along.\n')));
			const found = await until(
				// Found at once by the words of its first line; the scene's cast follows when the writer pauses.
				async () => (await workspaceSymbols('Zebedee')).find(symbol => pathOf(symbol.location.uri) === DEPARTURE && / · .*Zebedee/.test(symbol.name)),
				'the scene to be found by the new name in its cast',
			);
			assert.match(found.name, /^Scene 1 — .* · .*Zebedee/);
			// The rest of the cast stays with the scene.
			assert.match(found.name, /Wren/);
		} finally {
			await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
			// The browser's VS Code saves after a delay: put the fixture back as written.
			const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(uriOf(DEPARTURE)));
			if (onDisk !== written) {
				await vscode.workspace.fs.writeFile(uriOf(DEPARTURE), new TextEncoder().encode(written));
			}
		}
	});
});
