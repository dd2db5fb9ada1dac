// The Outline of a story reads as a book, in a real VS Code: parts and chapters are headings (as VS Code's
// own Markdown outline shows them), not code's namespaces and classes; their detail says what they hold; a
// chapter told in one scene has no scene under it. Fixture: test/fixtures/outline/ferry.story, a part
// holding a one-scene chapter and a chapter of three scenes, the last titled `### Morning`.
import * as assert from 'assert';
import * as vscode from 'vscode';

interface Outline {
	name: string;
	detail: string;
	kind: string;
	children: Outline[];
}

describe('The Outline of a story in a real VS Code', () => {
	let outline: Outline[];

	before(async () => {
		const folder = vscode.workspace.workspaceFolders?.[0];
		assert.ok(folder, 'the fixtures folder is open as the workspace');
		const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'outline', 'ferry.story'));
		await vscode.window.showTextDocument(document);
		const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri)) ?? [];
		const shape = (symbol: vscode.DocumentSymbol): Outline => ({
			name: symbol.name,
			detail: symbol.detail,
			kind: vscode.SymbolKind[symbol.kind],
			children: symbol.children.map(shape),
		});
		outline = symbols.map(shape);
	});

	after(async () => {
		await vscode.commands.executeCommand('workbench.action.closeAllEditors');
	});

	it('shows parts and chapters as headings with what they hold, and scenes as scenes', () => {
		assert.deepStrictEqual(outline, [
			{
				name: 'Part One: The Crossing',
				detail: '63 words · 2 chapters',
				kind: 'String',
				children: [
					{ name: 'Chapter 1: Dusk', detail: '19 words', kind: 'String', children: [] },
					{
						name: 'Chapter 2: Night',
						detail: '40 words · 3 scenes',
						kind: 'String',
						children: [
							{ name: 'Scene 1', detail: '13 words', kind: 'Event', children: [] },
							{ name: 'Scene 2', detail: '11 words', kind: 'Event', children: [] },
							{ name: 'Morning', detail: '12 words', kind: 'Event', children: [] },
						],
					},
				],
			},
		]);
	});
});
