// A novel the size of War and Peace (570,000 words, 15 books of 24 chapters), typed into as a writer
// types: every keystroke reaches the model, and the word count and outline keep up with the text. Its
// first reading is done in the background, and what the writer types meanwhile counts too.
// The book is generated here from sentences whose word counts are known, so the expected counts
// come from how it was built, not from the code under test.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { MIN_TURNS_DURING_READING, turnsWhile, watchHostPauses } from './hostPauses';

interface DramatisApi {
	modelOf(document: vscode.TextDocument): { words: number; chapters: readonly { title: string }[] } | undefined;
	testing: { holdReadings(): vscode.Disposable };
}

const SENTENCES: [string, number][] = [
	['The lamp burned all night above the harbour.', 8],
	['“Row for the light,” said Mara, and Tobias rowed.', 9],
	['Rain needled the glass; the gulls kept their heads down.', 10],
	['Nobody in Gullhaven had ever named the last rock.', 9],
];
const BOOKS = 15;
const CHAPTERS_PER_BOOK = 24;
const PARAGRAPHS_PER_CHAPTER = 44;
const SENTENCES_PER_PARAGRAPH = 4;
function generateNovel(): { text: string; words: number } {
	const parts: string[] = [];
	let words = 0;
	for (let book = 1; book <= BOOKS; book++) {
		parts.push(`BOOK ${book}`);
		words += 2;
		for (let chapter = 1; chapter <= CHAPTERS_PER_BOOK; chapter++) {
			parts.push(`Chapter ${chapter}`);
			words += 2;
			for (let paragraph = 0; paragraph < PARAGRAPHS_PER_CHAPTER; paragraph++) {
				const sentences: string[] = [];
				for (let index = 0; index < SENTENCES_PER_PARAGRAPH; index++) {
					const [sentence, count] = SENTENCES[(paragraph + index + chapter) % SENTENCES.length];
					sentences.push(sentence);
					words += count;
				}
				parts.push(sentences.join(' '));
			}
		}
	}
	return { text: parts.join('\n\n'), words };
}

async function until(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > deadline) {
			throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
		}
		await new Promise(resolve => setTimeout(resolve, 20));
	}
}

describe('a War and Peace-sized novel', function () {
	this.timeout(120_000);
	const novel = generateNovel();
	let document: vscode.TextDocument;
	let editor: vscode.TextEditor;
	let api: DramatisApi;

	before(async () => {
		const extension = vscode.extensions.getExtension<DramatisApi>('dramatis.dramatis');
		assert.ok(extension);
		api = await extension.activate();
	});

	after(async () => {
		await vscode.window.showTextDocument(document);
		await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
	});

	it('is read in the background when opened, counting what is typed meanwhile', async () => {
		assert.ok(novel.words > 560_000 && novel.words < 600_000, `${novel.words} words`);
		let turns: Promise<number> | undefined;
		const { pauses } = await watchHostPauses(async () => {
			// The reading is held from its first slice until the edit is in: how long an edit takes to reach
			// the extension host is the workbench's business, and a race with the reading would pass only sometimes.
			const held = api.testing.holdReadings();
			try {
				document = await vscode.workspace.openTextDocument({ language: 'story', content: novel.text });
				editor = await vscode.window.showTextDocument(document);
				assert.strictEqual(api.modelOf(document), undefined, 'the first reading is not done on the spot');
				// Typed before the reading is done: the edit waits for it, and is counted.
				// Through the editor's API: the `type` command can reach an editor still settling before it takes keys.
				assert.ok(await editor.edit(edit => edit.insert(document.lineAt(4).range.end, ' Lantern')), 'the edit was applied');
				assert.strictEqual(api.modelOf(document), undefined, 'the edit came while the first reading was under way');
			} finally {
				held.dispose();
			}
			turns = turnsWhile(() => api.modelOf(document) === undefined);
			// Dialogue colours asked for meanwhile wait for the reading: the paragraph's one quote is coloured.
			const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>(
				'vscode.provideDocumentRangeSemanticTokens',
				document.uri,
				document.lineAt(4).range,
			);
			assert.deepStrictEqual(Array.from(tokens.data.slice(2, 3)), ['“Row for the light,”'.length]);
			assert.strictEqual(tokens.data.length, 5, 'one dialogue token');
			await until(() => api.modelOf(document) !== undefined, 'the first reading');
		});
		console.log(
			`      opening the novel: longest pause of the extension host ${pauses.longestGapMs.toFixed(0)} ms; longest it worked at once ${pauses.longestHoldMs.toFixed(0)} ms`,
		);
		// The reading goes in 10 ms slices, with other work let in between; how long a slice holds the host is
		// bench/stalls.mjs's to judge, on a quiet machine.
		const turnsTaken = await turns;
		console.log(`      other work got ${turnsTaken} turns on the extension host while the novel was read`);
		assert.ok(turnsTaken !== undefined && turnsTaken >= MIN_TURNS_DURING_READING, `other work got ${turnsTaken} turns while the novel was read`);
		assert.strictEqual(api.modelOf(document)?.words, novel.words + 1);
	});

	it('counts every word typed, one keystroke at a time', async () => {
		const middle = document.positionAt(Math.floor(novel.text.length / 2));
		const paragraphEnd = document.lineAt(middle.line).range.end;
		editor.selection = new vscode.Selection(paragraphEnd, paragraphEnd);
		const typed = ' The keeper wrote it down in the log';
		for (const character of typed) {
			await vscode.commands.executeCommand('type', { text: character });
		}
		await until(() => document.getText().includes(typed), 'the typing to reach the document');
		assert.strictEqual(api.modelOf(document)?.words, novel.words + 1 + 8);
	});

	it('outlines a chapter typed in at the end', async () => {
		const end = document.positionAt(document.getText().length);
		editor.selection = new vscode.Selection(end, end);
		for (const character of '\n\nEpilogue\n\nThe light still turns.') {
			await vscode.commands.executeCommand('type', { text: character });
		}
		const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
		// After the last book, an epilogue stands beside the books, as War and Peace's do.
		assert.deepStrictEqual(
			symbols.map(symbol => symbol.name),
			[...Array.from({ length: BOOKS }, (_, index) => `BOOK ${index + 1}`), 'Epilogue'],
		);
		assert.strictEqual(symbols[BOOKS - 1].children.length, CHAPTERS_PER_BOOK);
		assert.strictEqual(api.modelOf(document)?.words, novel.words + 1 + 8 + 5);
	});
});
