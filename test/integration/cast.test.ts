// The cast inside a real VS Code, read through the same commands VS Code itself uses. Fixture: the two
// chapters of test/fixtures/harbour/ (Hattie Marsh, Wren, Mr. Quill), part of the fixtures workspace.
import * as assert from 'assert';
import * as vscode from 'vscode';

interface CharacterView {
	name: string;
	aliases: readonly string[];
	mentions: number;
	lines: number;
	appearances: readonly { story: number; start: number; end: number }[];
}
interface CastView {
	characters: readonly CharacterView[];
}
interface Row {
	label: string;
	description: string;
	contextValue?: string;
	children?: Row[];
}
interface DramatisApi {
	castOf(document: vscode.TextDocument): CastView | undefined;
	manuscriptCast(): Promise<{ uris: string[]; cast: CastView }>;
	/** Handed out beside the API only in ExtensionMode.Test, as these tests run. */
	testing: {
		castViewRows(depth?: number): Promise<Row[]>;
		castViewHeading(): { title: string; description: string };
	};
}

async function until<T>(check: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = 10_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await check();
		if (value) {
			return value;
		}
		if (Date.now() > deadline) {
			throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
		}
		await new Promise(resolve => setTimeout(resolve, 100));
	}
}

function positionOf(document: vscode.TextDocument, text: string, occurrence = 0): vscode.Position {
	let index = -1;
	for (let count = 0; count <= occurrence; count++) {
		index = document.getText().indexOf(text, index + 1);
	}
	assert.ok(index >= 0, `"${text}" is in ${document.uri.path}`);
	return document.positionAt(index + 1);
}

describe('The cast in a real VS Code', () => {
	let folder: vscode.Uri;
	let arrival: vscode.TextDocument;
	let departure: vscode.TextDocument;
	let api: DramatisApi;
	const castFileUri = () => vscode.Uri.joinPath(folder, '.dramatis', 'cast.json');
	// The JSON language service checks the file too; these tests read Dramatis's own diagnostics.
	const castFileProblems = () => vscode.languages.getDiagnostics(castFileUri()).filter(diagnostic => diagnostic.source === 'Dramatis');
	/** The Cast view's top rows, once they list `name`. */
	const castViewShowing = (name: string) =>
		until(async () => {
			const shown = await api.testing.castViewRows(1);
			return shown.some(row => row.label === name) ? shown : undefined;
		}, `the Cast view to show ${name}`);

	before(async () => {
		folder = vscode.workspace.workspaceFolders![0].uri;
		arrival = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'harbour', '01-arrival.story'));
		departure = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'harbour', '02-departure.story'));
		await vscode.window.showTextDocument(arrival);
		const extension = vscode.extensions.getExtension<DramatisApi>('dramatis.dramatis')!;
		await until(() => extension.isActive, 'the extension to activate');
		api = extension.exports;
	});

	after(async () => {
		await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder, '.dramatis'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
		await vscode.commands.executeCommand('workbench.action.closeAllEditors');
	});

	it("finds the document's characters, a full name joined to the short one", () => {
		const cast = api.castOf(arrival);
		assert.ok(cast);
		assert.deepStrictEqual(
			cast.characters.map(({ name, aliases, mentions }) => ({ name, aliases, mentions })),
			[
				{ name: 'Hattie', aliases: ['Hattie Marsh'], mentions: 4 },
				// Level on mentions, the one who speaks comes first.
				{ name: 'Wren', aliases: [], mentions: 2 },
				{ name: 'Mr. Quill', aliases: ['Quill'], mentions: 2 },
			],
		);
	});

	it('lists every appearance across the manuscript for Shift+F12 on a name', async () => {
		const locations = await vscode.commands.executeCommand<vscode.Location[]>(
			'vscode.executeReferenceProvider',
			arrival.uri,
			positionOf(arrival, 'Hattie Marsh'),
		);
		const found = locations.map(
			location =>
				`${location.uri.path.split('/').pop()} ${vscode.workspace.textDocuments.find(document => document.uri.toString() === location.uri.toString())!.getText(location.range)}`,
		);
		assert.deepStrictEqual(found.sort(), [
			'01-arrival.story Hattie',
			'01-arrival.story Hattie',
			'01-arrival.story Hattie',
			'01-arrival.story Hattie Marsh',
			'02-departure.story Hattie',
			'02-departure.story Hattie',
		]);
	});

	it("highlights the character's other mentions in the document", async () => {
		const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>(
			'vscode.executeDocumentHighlights',
			arrival.uri,
			positionOf(arrival, 'Wren'),
		);
		assert.deepStrictEqual(
			highlights.map(highlight => arrival.getText(highlight.range)),
			['Wren', 'Wren'],
		);
	});

	it('shows a hover card with the counts', async () => {
		const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', arrival.uri, positionOf(arrival, 'Hattie Marsh'));
		const text = hovers.flatMap(hover => hover.contents.map(content => (typeof content === 'string' ? content : content.value))).join('\n');
		assert.match(text, /\*\*Hattie\*\*/);
		assert.match(text, /4 mentions · 1 line · 2 scenes in this document/);
	});

	it('shows a hover card on a story just opened, waiting for a cast that needs its English tagged', async () => {
		// Marsh is a word as well as a name: the cast needs compromise's tags, worked out in its worker.
		const content =
			'Chapter 1\n\nWren Tolliver walked to the mill. Wren had the key.\n\n“Open it,” said Wren.\n\nBut Marsh would not. Marsh stood by the door, and Wren waited for Marsh.\n';
		const fresh = await vscode.workspace.openTextDocument({ language: 'story', content });
		try {
			const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', fresh.uri, positionOf(fresh, 'Marsh'));
			const text = hovers.flatMap(hover => hover.contents.map(content => (typeof content === 'string' ? content : content.value))).join('\n');
			assert.match(text, /\*\*Marsh\*\*/);
			assert.match(text, /3 mentions · 0 lines · 1 scene in this document/);
		} finally {
			await vscode.window.showTextDocument(fresh);
			await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
		}
	});

	it('renames with F2 across the manuscript, every alias form, as one edit', async () => {
		const position = positionOf(arrival, 'Hattie Marsh');
		const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', arrival.uri, position, 'Harriet');
		assert.ok(edit, 'a rename edit');
		const changed = edit.entries().map(([uri, edits]) => [
			uri.path.split('/').pop(),
			edits.map(change => {
				const document = uri.toString() === arrival.uri.toString() ? arrival : departure;
				return `${document.getText(change.range)}→${change.newText}`;
			}),
		]);
		assert.deepStrictEqual(changed, [
			['01-arrival.story', ['Hattie→Harriet', 'Hattie→Harriet', 'Hattie→Harriet', 'Hattie→Harriet']],
			['02-departure.story', ['Hattie→Harriet', 'Hattie→Harriet']],
		]);
		const possessive = edit.get(arrival.uri)[3].range.end;
		assert.strictEqual(arrival.getText(new vscode.Range(possessive, possessive.translate(0, 2))), "'s", "Hattie's becomes Harriet's");
	});

	it('refuses to rename what is not a name', async () => {
		await assert.rejects(
			Promise.resolve(vscode.commands.executeCommand('vscode.prepareRename', arrival.uri, positionOf(arrival, 'ferry'))),
			/character’s name/,
		);
	});

	it('finds characters with Ctrl+T', async () => {
		const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'hatt');
		const hattie = symbols.find(symbol => symbol.name === 'Hattie');
		assert.ok(hattie, JSON.stringify(symbols.map(symbol => symbol.name)));
		assert.strictEqual(hattie.location.uri.path.split('/').pop(), '01-arrival.story');
		assert.match(hattie.containerName, /6 mentions/);
	});

	it('moves to the next and previous appearance of the character under the cursor', async () => {
		const editor = await vscode.window.showTextDocument(arrival);
		const first = positionOf(arrival, 'Wren');
		editor.selection = new vscode.Selection(first, first);
		await vscode.commands.executeCommand('dramatis.nextAppearance');
		assert.strictEqual(arrival.getText(editor.selection), 'Wren');
		assert.strictEqual(arrival.offsetAt(editor.selection.start), arrival.getText().indexOf('Wren', arrival.getText().indexOf('Wren') + 1));
		await vscode.commands.executeCommand('dramatis.previousAppearance');
		assert.strictEqual(arrival.offsetAt(editor.selection.start), arrival.getText().indexOf('Wren'));
	});

	it("shows the document's cast in the Cast view, then the whole manuscript's", async () => {
		await vscode.window.showTextDocument(arrival);
		await vscode.commands.executeCommand('dramatis.cast.showDocument');
		const rows = await api.testing.castViewRows(3);
		assert.deepStrictEqual(
			rows.map(({ label, description }) => `${label} — ${description}`),
			['Hattie — 4 mentions · 1 line', 'Wren — 2 mentions · 1 line', 'Mr. Quill — 2 mentions · 0 lines'],
		);
		assert.deepStrictEqual(
			rows[0].children!.map(({ label, description }) => `${label} — ${description}`),
			['Chapter 1 › Scene 1 — 3 mentions', 'Chapter 1 › Scene 2 — 1 mention'],
		);
		const appearance = rows[0].children![0].children![0];
		assert.match(appearance.label, /Hattie Marsh came off the ferry/);
		assert.strictEqual(appearance.description, 'line 3');

		await vscode.commands.executeCommand('dramatis.cast.showManuscript');
		const manuscriptRows = await api.testing.castViewRows(2);
		const hattie = manuscriptRows.find(row => row.label === 'Hattie')!;
		assert.strictEqual(hattie.description, '6 mentions · 1 line');
		assert.deepStrictEqual(
			hattie.children!.map(row => row.label),
			['01-arrival.story › Chapter 1 › Scene 1', '01-arrival.story › Chapter 1 › Scene 2', '02-departure.story › Chapter 2 › Scene 1'],
		);
		await vscode.commands.executeCommand('dramatis.cast.sortByName');
		const byName = (await api.testing.castViewRows(1)).map(row => row.label);
		assert.deepStrictEqual(
			byName,
			[...byName].sort((a, b) => a.localeCompare(b)),
		);
		await vscode.commands.executeCommand('dramatis.cast.sortByMentions');
		await vscode.commands.executeCommand('dramatis.cast.showDocument');
	});

	it('takes an alias from the cast file, and keeps the last good cast while the file is broken', async () => {
		const wrenAliases = () => api.castOf(departure)?.characters.find(character => character.name === 'Wren')?.aliases;
		assert.deepStrictEqual(wrenAliases(), []);
		await vscode.workspace.fs.writeFile(castFileUri(), new TextEncoder().encode('{ "characters": [{ "name": "Wren", "aliases": ["Gull"] }] }'));
		await until(() => wrenAliases()?.includes('Gull'), 'Gull to become an alias of Wren');
		assert.strictEqual(api.castOf(departure)!.characters.find(character => character.name === 'Wren')!.mentions, 3);

		await vscode.workspace.fs.writeFile(castFileUri(), new TextEncoder().encode('{ "characters": [{ "name": "Wren", "aliases": ["Gull"] ] }'));
		const diagnostics = await until(() => {
			const found = castFileProblems();
			return found.length > 0 ? found : undefined;
		}, 'a diagnostic in the broken cast file');
		assert.match(diagnostics[0].message, /Not valid JSON/);
		assert.deepStrictEqual(wrenAliases(), ['Gull'], 'the last good cast file still counts');
	});

	it('adds an alias and ignores a name through the commands, writing the cast file', async () => {
		// No cast file any more: the first command makes it again.
		await vscode.workspace.fs.delete(castFileUri(), { useTrash: false });
		await until(() => castFileProblems().length === 0 || undefined, 'the broken cast file to be gone');
		const wren = api.castOf(departure)!.characters.find(character => character.name === 'Wren')!;
		// As the Cast view's context menu calls it, with the alias the input box would have asked for.
		await vscode.commands.executeCommand('dramatis.cast.addAlias', { character: wren }, 'Gull');
		const written = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(castFileUri())));
		assert.deepStrictEqual(written.characters, [{ name: 'Wren', aliases: ['Gull'] }]);

		const quill = api.castOf(arrival)!.characters.find(character => character.name === 'Mr. Quill')!;
		await vscode.commands.executeCommand('dramatis.cast.ignore', { character: quill });
		await until(() => !api.castOf(arrival)!.characters.some(character => character.name === 'Mr. Quill') || undefined, 'Mr. Quill to leave the cast');
		const ignored = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(castFileUri())));
		assert.deepStrictEqual([...ignored.ignore].sort(), ['Mr. Quill', 'Quill']);
	});

	it('lists the characters the cast file declares only in the stories that name them', async () => {
		await vscode.workspace.fs.writeFile(
			castFileUri(),
			new TextEncoder().encode('{ "characters": [{ "name": "Hattie", "aliases": ["Hattie Marsh"] }, { "name": "Wren", "aliases": ["Gull"] }] }'),
		);
		await until(
			() =>
				api
					.castOf(departure)
					?.characters.find(character => character.name === 'Wren')
					?.aliases.includes('Gull'),
			'the cast file to be read',
		);
		const lighthouse = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'lighthouse.story'));
		await vscode.window.showTextDocument(lighthouse);
		const names = api.castOf(lighthouse)!.characters.map(character => character.name);
		assert.ok(names.includes('Mara'), 'the lighthouse keeper is in her story');
		assert.ok(!names.includes('Hattie') && !names.includes('Wren'), `no one from the harbour: ${names.join(', ')}`);
		await vscode.commands.executeCommand('dramatis.cast.showDocument');
		const rows = await castViewShowing('Mara');
		assert.deepStrictEqual(
			rows.filter(row => /^0 mentions/.test(row.description)),
			[],
			'no one listed with no mentions',
		);
	});

	it('says beside its title which story it shows, or that it shows the whole manuscript', async () => {
		const lighthouse = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'lighthouse.story'));
		await vscode.window.showTextDocument(lighthouse);
		await vscode.commands.executeCommand('dramatis.cast.showDocument');
		assert.deepStrictEqual(api.testing.castViewHeading(), { title: 'Cast', description: 'lighthouse.story' });
		await vscode.window.showTextDocument(departure);
		assert.deepStrictEqual(api.testing.castViewHeading(), { title: 'Cast', description: '02-departure.story' });
		await vscode.commands.executeCommand('dramatis.cast.showManuscript');
		try {
			assert.deepStrictEqual(api.testing.castViewHeading(), { title: 'Cast: Manuscript', description: 'whole manuscript' });
		} finally {
			await vscode.commands.executeCommand('dramatis.cast.showDocument');
		}
	});

	it('offers no rename for one known only by a role, and renames a story outside the manuscript in that story', async () => {
		const content = [
			'Chapter 1',
			'Ysolde came down to the river at dawn, and Ysolde waited by the post.',
			'“Where to?” asked the ferryman.',
			'“Across,” said Ysolde.',
			'“That will be a penny,” said the ferryman.',
			'“Here,” said Ysolde.',
			'“Sit in the bow,” said the ferryman.',
		].join('\n\n');
		const ferry = await vscode.workspace.openTextDocument({ language: 'story', content: `${content}\n` });
		await vscode.window.showTextDocument(ferry);
		try {
			await vscode.commands.executeCommand('dramatis.cast.showDocument');
			const rows = await castViewShowing('the ferryman');
			assert.deepStrictEqual(
				rows.map(({ label, description, contextValue }) => `${label} — ${description} — ${contextValue}`),
				['Ysolde — 4 mentions · 2 lines — character', 'the ferryman — 0 mentions · 3 lines — unnamedCharacter'],
			);
			// The row's menu: no Rename… and no Find All Appearances for a name the prose never gives.
			const menu: { command: string; when: string }[] = vscode.extensions.getExtension('dramatis.dramatis')!.packageJSON.contributes.menus['view/item/context'];
			const offered = (contextValue: string) =>
				menu
					.filter(
						item => item.when.includes(`viewItem == ${contextValue}`) || new RegExp(/viewItem =~ \/(.*)\/$/.exec(item.when)?.[1] ?? '$^').test(contextValue),
					)
					.map(item => item.command);
			assert.deepStrictEqual(offered('unnamedCharacter'), [
				'dramatis.cast.mergeInto',
				'dramatis.cast.addAlias',
				'dramatis.cast.ignore',
				'dramatis.showCharacterLines',
			]);
			assert.ok(offered('character').includes('dramatis.cast.rename'));

			const cast = api.castOf(ferry)!;
			const ferryman = cast.characters.find(character => character.name === 'the ferryman')!;
			assert.strictEqual(await vscode.commands.executeCommand('dramatis.cast.rename', { character: ferryman }, 'Tam'), false);
			assert.strictEqual(ferry.getText(), `${content}\n`);
			// Ysolde is not in the manuscript: her row is the untitled story's, and so is the rename.
			const ysolde = cast.characters.find(character => character.name === 'Ysolde')!;
			assert.strictEqual(await vscode.commands.executeCommand('dramatis.cast.rename', { character: ysolde }, 'Yvette'), true);
			assert.strictEqual(ferry.getText().match(/Yvette/g)?.length, 4);
		} finally {
			await vscode.window.showTextDocument(ferry);
			await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
		}
	});
});
