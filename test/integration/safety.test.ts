// Dramatis never changes a writer's text behind their back. Every reading feature runs over an open
// story while every document change is recorded: none may happen. The one feature that edits,
// renaming a character, changes the text as a single edit that one Undo takes back.
import * as assert from 'assert';
import * as vscode from 'vscode';

const STORY = [
	'Chapter 1',
	'',
	'Juniper Vale rowed out at dawn. "Keep the lamp lit," Juniper told Osric.',
	'',
	'* * *',
	'',
	'Osric kept it lit. "She will come back," said Osric, and Juniper did.',
	'',
	'Chapter 2',
	'',
	'Juniper’s boat came in on the tide.',
].join('\n');

/** Read-only requests VS Code itself makes, and Dramatis's own commands that only look or move. */
function readingFeatures(document: vscode.TextDocument): [string, () => Thenable<unknown>][] {
	const name = document.positionAt(STORY.indexOf('Osric') + 1);
	const whole = new vscode.Range(0, 0, document.lineCount, 0);
	return [
		['outline', () => vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', document.uri)],
		['folding', () => vscode.commands.executeCommand('vscode.executeFoldingRangeProvider', document.uri)],
		['dialogue tokens', () => vscode.commands.executeCommand('vscode.provideDocumentRangeSemanticTokens', document.uri, whole)],
		['references', () => vscode.commands.executeCommand('vscode.executeReferenceProvider', document.uri, name)],
		['highlights', () => vscode.commands.executeCommand('vscode.executeDocumentHighlights', document.uri, name)],
		['hover', () => vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, name)],
		['rename preview', () => vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', document.uri, name, 'Oswin')],
		['workspace symbols', () => vscode.commands.executeCommand('vscode.executeWorkspaceSymbolProvider', 'Juniper')],
		['next scene', () => vscode.commands.executeCommand('dramatis.nextScene')],
		['previous scene', () => vscode.commands.executeCommand('dramatis.previousScene')],
		['next appearance', () => vscode.commands.executeCommand('dramatis.nextAppearance')],
		['previous appearance', () => vscode.commands.executeCommand('dramatis.previousAppearance')],
		['cast of the document', () => vscode.commands.executeCommand('dramatis.cast.showDocument')],
		['cast of the manuscript', () => vscode.commands.executeCommand('dramatis.cast.showManuscript')],
		['cast by name', () => vscode.commands.executeCommand('dramatis.cast.sortByName')],
		['cast by first appearance', () => vscode.commands.executeCommand('dramatis.cast.sortByFirstAppearance')],
		['cast by mentions', () => vscode.commands.executeCommand('dramatis.cast.sortByMentions')],
	];
}

describe('what Dramatis may change', () => {
	let document: vscode.TextDocument;
	let editor: vscode.TextEditor;

	before(async () => {
		document = await vscode.workspace.openTextDocument({ language: 'story', content: STORY });
		editor = await vscode.window.showTextDocument(document);
	});

	after(async () => {
		await vscode.window.showTextDocument(document);
		await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
	});

	it('changes no document while the writer reads, navigates and looks at the cast', async () => {
		const changes: string[] = [];
		const listener = vscode.workspace.onDidChangeTextDocument(event => {
			if (event.contentChanges.length > 0) {
				changes.push(event.document.uri.toString());
			}
		});
		try {
			editor.selection = new vscode.Selection(document.positionAt(STORY.indexOf('Osric')), document.positionAt(STORY.indexOf('Osric')));
			for (const [feature, run] of readingFeatures(document)) {
				await run();
				assert.deepStrictEqual(changes, [], `${feature} changed a document`);
			}
			// Give anything deferred (a debounced cast, a status bar refresh) time to run too.
			await new Promise(resolve => setTimeout(resolve, 800));
			assert.deepStrictEqual(changes, []);
			assert.strictEqual(document.getText(), STORY);
			assert.strictEqual(vscode.workspace.textDocuments.filter(open => open.isDirty && open !== document).length, 0, 'no other document was touched');
		} finally {
			listener.dispose();
		}
	});

	it('renames a character as one edit that a single Undo takes back', async () => {
		const name = document.positionAt(STORY.indexOf('Juniper') + 1);
		const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', document.uri, name, 'Juno');
		assert.ok(edit, 'the rename provider answers');
		let events = 0;
		const listener = vscode.workspace.onDidChangeTextDocument(event => {
			if (event.document === document && event.contentChanges.length > 0) {
				events++;
			}
		});
		try {
			assert.strictEqual(await vscode.workspace.applyEdit(edit), true);
			assert.strictEqual(events, 1, 'every replacement arrives in one change');
			const renamed = document.getText();
			assert.ok(renamed.includes('Juno Vale rowed out') && renamed.includes('Juno’s boat') && !renamed.includes('Juniper'), renamed);
			await vscode.window.showTextDocument(document);
			await vscode.commands.executeCommand('undo');
			assert.strictEqual(document.getText(), STORY);
		} finally {
			listener.dispose();
		}
	});
});
