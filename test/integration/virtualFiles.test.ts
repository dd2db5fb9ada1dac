// A story that lives on no disk: a file system provider of the test's own (like a remote repository or a
// browser's storage in a virtual workspace) serves it under its own scheme. Everything that reads only the
// open document works on it: the count, outline, dialogue tokens, cast, references and scene navigation.
import * as assert from 'assert';
import * as vscode from 'vscode';

const SCHEME = 'dramatis-memory';
const STORY = [
	'Chapter 1',
	'',
	'Bramble Holt swept the porch. "The geese are loose," said Bramble.',
	'',
	'* * *',
	'',
	'Corin Vell laughed. "Then we eat well tonight," Corin said to Bramble.',
].join('\n');

/** Files held in memory; only what opening and reading a document asks for. */
class MemoryFileSystem implements vscode.FileSystemProvider {
	private readonly files = new Map<string, Uint8Array>();
	private readonly changes = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
	readonly onDidChangeFile = this.changes.event;

	watch(): vscode.Disposable {
		return new vscode.Disposable(() => undefined);
	}
	stat(uri: vscode.Uri): vscode.FileStat {
		if (uri.path === '/') {
			return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
		}
		const content = this.files.get(uri.path);
		if (!content) {
			throw vscode.FileSystemError.FileNotFound(uri);
		}
		return { type: vscode.FileType.File, ctime: 0, mtime: 0, size: content.byteLength };
	}
	readDirectory(): [string, vscode.FileType][] {
		return [...this.files.keys()].map(path => [path.slice(1), vscode.FileType.File]);
	}
	createDirectory(): void {
		throw vscode.FileSystemError.NoPermissions('read-only');
	}
	readFile(uri: vscode.Uri): Uint8Array {
		const content = this.files.get(uri.path);
		if (!content) {
			throw vscode.FileSystemError.FileNotFound(uri);
		}
		return content;
	}
	writeFile(uri: vscode.Uri, content: Uint8Array): void {
		this.files.set(uri.path, content);
		this.changes.fire([{ type: vscode.FileChangeType.Changed, uri }]);
	}
	delete(): void {
		throw vscode.FileSystemError.NoPermissions('read-only');
	}
	rename(): void {
		throw vscode.FileSystemError.NoPermissions('read-only');
	}
}

interface DramatisApi {
	modelOf(document: vscode.TextDocument): { words: number; scenes: readonly unknown[] } | undefined;
	castOf(document: vscode.TextDocument): { characters: readonly { name: string; mentions: number }[] } | undefined;
}

async function until<T>(read: () => T | undefined, what: string, timeoutMs = 10_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = read();
		if (value !== undefined) {
			return value;
		}
		if (Date.now() > deadline) {
			throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
		}
		await new Promise(resolve => setTimeout(resolve, 50));
	}
}

describe('a story on a virtual file system', () => {
	const uri = vscode.Uri.from({ scheme: SCHEME, path: '/geese.story' });
	let registration: vscode.Disposable;
	let document: vscode.TextDocument;
	let api: DramatisApi;

	before(async () => {
		const files = new MemoryFileSystem();
		registration = vscode.workspace.registerFileSystemProvider(SCHEME, files);
		files.writeFile(uri, new TextEncoder().encode(STORY));
		document = await vscode.workspace.openTextDocument(uri);
		await vscode.window.showTextDocument(document);
		const extension = vscode.extensions.getExtension<DramatisApi>('dramatis.dramatis');
		assert.ok(extension, 'Dramatis is installed');
		api = await extension.activate();
	});

	after(async () => {
		await vscode.commands.executeCommand('workbench.action.closeAllEditors');
		registration.dispose();
	});

	it('opens as a story', () => {
		assert.strictEqual(document.uri.scheme, SCHEME);
		assert.strictEqual(document.languageId, 'story');
	});

	it('is counted and outlined', async () => {
		const model = await until(() => api.modelOf(document), 'the model');
		assert.strictEqual(model.words, 25);
		assert.strictEqual(model.scenes.length, 2);
		const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
		assert.deepStrictEqual(
			symbols.map(symbol => [symbol.name, symbol.children.map(child => child.name)]),
			[['Chapter 1', ['Scene 1', 'Scene 2']]],
		);
	});

	it('has its dialogue coloured', async () => {
		const whole = new vscode.Range(0, 0, document.lineCount, 0);
		const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentRangeSemanticTokens', uri, whole);
		// Five numbers a token; the two quotes are one token each, on their own lines.
		assert.strictEqual(tokens.data.length / 5, 2);
	});

	it('has its cast, with references and the next scene', async () => {
		const cast = await until(() => {
			const characters = api.castOf(document)?.characters;
			return characters && characters.length > 0 ? characters : undefined;
		}, 'the cast');
		assert.deepStrictEqual(cast.map(character => [character.name, character.mentions]).sort(), [
			['Bramble', 3],
			['Corin Vell', 2],
		]);
		const bramble = document.positionAt(STORY.indexOf('Bramble') + 1);
		const references = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', uri, bramble);
		assert.strictEqual(references.length, 3);
		assert.ok(references.every(reference => reference.uri.toString() === uri.toString()));

		const editor = await vscode.window.showTextDocument(document);
		editor.selection = new vscode.Selection(0, 0, 0, 0);
		const lines = STORY.split('\n');
		await vscode.commands.executeCommand('dramatis.nextScene');
		assert.strictEqual(
			editor.selection.active.line,
			lines.findIndex(line => line.startsWith('Bramble')),
		);
		await vscode.commands.executeCommand('dramatis.nextScene');
		assert.strictEqual(
			editor.selection.active.line,
			lines.findIndex(line => line.startsWith('Corin')),
		);
	});
});
