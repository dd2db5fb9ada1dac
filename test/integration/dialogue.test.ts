// Dialogue as VS Code shows it: semantic tokens read back through the command VS Code's own
// highlighter calls, and unclosed quotes through the Problems panel's API, on fixtures in
// test/fixtures/dialogue/ in three story languages (.story, plain text, Markdown).
import * as assert from 'assert';
import * as vscode from 'vscode';

interface DramatisApi {
	modelOf(document: vscode.TextDocument): { dialogueStyle: string; dialogue: readonly { start: number; end: number; speaker?: string }[] } | undefined;
}

async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!(await condition())) {
		if (Date.now() > deadline) {
			throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
		}
		await new Promise(resolve => setTimeout(resolve, 50));
	}
}

async function open(name: string): Promise<vscode.TextDocument> {
	const folder = vscode.workspace.workspaceFolders?.[0];
	assert.ok(folder, 'the fixtures folder is open as the workspace');
	const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'dialogue', name));
	await vscode.window.showTextDocument(document);
	return document;
}

/** The text under each semantic token of `type` (with `modifier`, if given), in order, as VS Code's highlighter receives them. */
async function tokenTexts(document: vscode.TextDocument, type = 'dialogue', modifier?: string): Promise<string[]> {
	const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentRangeSemanticTokensLegend', document.uri);
	const whole = new vscode.Range(0, 0, document.lineCount, 0);
	const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentRangeSemanticTokens', document.uri, whole);
	assert.ok(legend && tokens, `semantic tokens for ${document.fileName}`);
	const texts: string[] = [];
	let line = 0;
	let character = 0;
	for (let index = 0; index < tokens.data.length; index += 5) {
		const [deltaLine, deltaStart, length, typeIndex, modifiers] = tokens.data.slice(index, index + 5);
		line += deltaLine;
		character = deltaLine === 0 ? character + deltaStart : deltaStart;
		const modified = modifier === undefined || (modifiers & (1 << legend.tokenModifiers.indexOf(modifier))) !== 0;
		if (legend.tokenTypes[typeIndex] === type && modified) {
			texts.push(document.getText(new vscode.Range(line, character, line, character + length)));
		}
	}
	return texts;
}

async function setDialogueSetting(key: string, value: unknown): Promise<void> {
	await vscode.workspace.getConfiguration('dramatis').update(key, value, vscode.ConfigurationTarget.Global);
}

describe('dialogue in a real VS Code', () => {
	let api: DramatisApi;
	let harbour: vscode.TextDocument;

	before(async () => {
		harbour = await open('harbour.story');
		const extension = vscode.extensions.getExtension<DramatisApi>('dramatis.dramatis');
		assert.ok(extension);
		await until(() => extension.isActive, 'the extension to activate');
		api = extension.exports;
	});

	after(async () => {
		await setDialogueSetting('dialogue.diagnostics', undefined);
		await setDialogueSetting('dialogue.style', undefined);
		await vscode.commands.executeCommand('workbench.action.closeAllEditors');
	});

	it('colours each line of speech in a .story file, nested quotes and all', async () => {
		assert.deepStrictEqual(await tokenTexts(harbour), [
			'“Light the lamp,”',
			'“before the ‘big one’ comes in.”',
			'“It’s lit,”',
			'“Then trim it. The keeper’s orders were plain.',
			'“And keep it burning till dawn,”',
			'"Nobody listens to the keeper,"',
			'“Who left the door open?',
		]);
	});

	it('colours British single quotes in plain text, and no apostrophe', async () => {
		const riverbank = await open('riverbank.txt');
		assert.strictEqual(riverbank.languageId, 'plaintext');
		assert.deepStrictEqual(await tokenTexts(riverbank), [
			'‘Mind the boys’ coats,’',
			'‘’Tis late, and they’re not back.’',
			'‘I’m goin’ home,’',
			'‘before the rock ’n’ roll starts at eight o’clock.’',
		]);
	});

	it('colours the spoken parts of dash dialogue in Markdown, not the narrator breaks', async () => {
		const faro = await open('faro.md');
		assert.strictEqual(faro.languageId, 'markdown');
		assert.deepStrictEqual(await tokenTexts(faro), ['—¿Vienes?', 'Te espero.', '—Ya voy']);
	});

	it('gives each line its speaker in the model: from the prose, else by turns', () => {
		const model = api.modelOf(harbour);
		assert.ok(model);
		const text = harbour.getText();
		assert.deepStrictEqual(
			model.dialogue.map(span => [text.slice(span.start, span.end).split(/\s/)[0], span.speaker]),
			[
				['“Light', 'Mara'],
				['“before', 'Mara'],
				['“It’s', 'Pip'],
				['“Then', 'Mara'],
				['"Nobody', 'Pip'],
				['“Who', 'Mara'],
			],
		);
	});

	it('marks a thought apart from speech, with the thought modifier', async () => {
		const thoughts = await open('thoughts.story');
		assert.deepStrictEqual(await tokenTexts(thoughts), ['"The boat is late,"', '"It\'s always late,"', '"He has forgotten me,"']);
		assert.deepStrictEqual(await tokenTexts(thoughts, 'dialogue', 'thought'), ['"He has forgotten me,"']);
	});

	it('reports an unclosed quote at its opening mark in the Problems panel', async () => {
		const opening = harbour.positionAt(harbour.getText().indexOf('“Who left'));
		await until(() => vscode.languages.getDiagnostics(harbour.uri).length > 0, 'the unclosed quote to be reported');
		const diagnostics = vscode.languages.getDiagnostics(harbour.uri);
		assert.deepStrictEqual(
			diagnostics.map(diagnostic => [
				diagnostic.source,
				diagnostic.severity,
				diagnostic.range.start.line,
				diagnostic.range.start.character,
				diagnostic.range.end.character,
			]),
			[['Dramatis', vscode.DiagnosticSeverity.Warning, opening.line, opening.character, opening.character + 1]],
		);
	});

	it('stops reporting unclosed quotes when the writer turns the diagnostics off', async () => {
		await setDialogueSetting('dialogue.diagnostics', false);
		await until(() => vscode.languages.getDiagnostics(harbour.uri).length === 0, 'the report to clear');
		await setDialogueSetting('dialogue.diagnostics', undefined);
		await until(() => vscode.languages.getDiagnostics(harbour.uri).length === 1, 'the report to come back');
	});

	it('follows a dialogue style the writer forces', async () => {
		const riverbank = await open('riverbank.txt');
		await setDialogueSetting('dialogue.style', 'double');
		await until(() => api.modelOf(riverbank)?.dialogueStyle === 'double', 'the forced style');
		assert.deepStrictEqual(await tokenTexts(riverbank), []);
		await setDialogueSetting('dialogue.style', undefined);
		await until(() => api.modelOf(riverbank)?.dialogueStyle === 'single', 'the detected style again');
		assert.strictEqual((await tokenTexts(riverbank)).length, 4);
	});
});
