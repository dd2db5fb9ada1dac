// The Statistics panel and the writing history inside a real VS Code: the page's own script loads under
// its CSP and asks for data, the numbers it is sent are the model's, a chosen scene moves the editor,
// exports write what they should, and typing, undo, a big paste and a file changed on disk count as the
// rules say. Fixture: test/fixtures/harbour.story, two chapters, four scenes, one titled with markup.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';

interface Tally {
	added: number;
	removed: number;
	pasted: number;
	cut: number;
}
interface SceneReport {
	title: string;
	chapter: string;
	start: number;
	words: number;
	dialogueWords: number;
}
interface Report {
	scope: 'document' | 'manuscript';
	manuscriptFiles: number;
	document: string;
	statistics: {
		words: number;
		chapters: number;
		parts: number;
		dialogueWords: number;
		readingMinutes: number;
		scenes: (SceneReport & { file?: string })[];
		cast: { name: string; lines: number; presence: (number | null)[] }[];
	};
	dailyGoal: number;
	readingWordsPerMinute: number;
	history: { day: string; tally: Tally; progress: number }[];
	today: { day: string; tally: Tally; progress: number };
	dialogueTags?: {
		characters: TagRow[];
		book: TagRow;
	};
}
interface TagRow {
	name?: string;
	lines: number;
	said: number;
	asked: number;
	other: number;
	untagged: number;
	adverbs: number;
}
interface TagExamples {
	character: string | null;
	cell: string;
	total: number;
	examples: { text: string; place: string }[];
}
type Message = { type: 'statistics'; report: Report } | { type: 'empty' };
interface ManuscriptView {
	words: number;
	files: readonly { id: string; path: string }[];
	scenes: readonly { file: { id: string; path: string }; scene: { start: number; words: number } }[];
}
interface DramatisApi {
	castOf(
		document: vscode.TextDocument,
	): { characters: readonly { name: string; aliases: readonly string[]; scenes: readonly { scene: number }[] }[] } | undefined;
	modelOf(document: vscode.TextDocument):
		| {
				words: number;
				scenes: readonly { start: number; end: number; words: number; dialogueWords: number }[];
				dialogue: readonly { start: number; speaker?: string }[];
		  }
		| undefined;
	manuscript(): Promise<ManuscriptView>;
	/** Handed out beside the API only in ExtensionMode.Test, as these tests run. */
	testing: {
		statisticsPanel: {
			isOpen: boolean;
			pageReady: boolean;
			lastMessage: Message | undefined;
			lastTagExamples: TagExamples | undefined;
			postedReports: number;
			receive(message: unknown): Promise<void>;
		};
		writingToday(): Tally;
	};
}

async function until<T>(probe: () => T | undefined | false, what: string, timeoutMs = 15_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = probe();
		if (value) {
			return value;
		}
		if (Date.now() > deadline) {
			throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
		}
		await new Promise(resolve => setTimeout(resolve, 50));
	}
}

const settle = (ms = 300) => new Promise(resolve => setTimeout(resolve, ms));

describe('Statistics in a real VS Code', () => {
	let folder: vscode.Uri;
	let document: vscode.TextDocument;
	let editor: vscode.TextEditor;
	let api: DramatisApi;
	let fixtureText: string;
	const report = () => {
		const message = api.testing.statisticsPanel.lastMessage;
		return message?.type === 'statistics' ? message.report : undefined;
	};

	before(async () => {
		folder = vscode.workspace.workspaceFolders![0].uri;
		document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'harbour.story'));
		fixtureText = document.getText();
		editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
		const extension = vscode.extensions.getExtension<DramatisApi>('dramatis.dramatis')!;
		await until(() => extension.isActive, 'the extension to activate');
		api = extension.exports;
	});

	after(async () => {
		await vscode.commands.executeCommand('workbench.action.closeAllEditors');
	});

	describe('the panel', () => {
		it('opens beside the editor, and its own script runs under the CSP and asks for data', async () => {
			await vscode.commands.executeCommand('dramatis.showStatistics');
			assert.ok(api.testing.statisticsPanel.isOpen, 'the panel is open');
			await until(() => api.testing.statisticsPanel.pageReady, "the page's script to say it is ready");
			const tab = vscode.window.tabGroups.all.flatMap(group => group.tabs).find(candidate => candidate.label.startsWith('Statistics'));
			assert.ok(tab, 'a Statistics tab exists');
			assert.notStrictEqual(tab.group.viewColumn, editor.viewColumn, 'the panel sits beside the editor, not over it');
		});

		it("sends the model's numbers for the active story document", async () => {
			// The first report may come before the cast: the grid is filled once the cast service has found it (off this thread).
			const sent = await until(() => (report()?.statistics.cast.length ? report() : undefined), 'statistics with the cast placed in its scenes');
			const model = api.modelOf(document)!;
			assert.strictEqual(sent.document, 'harbour.story');
			assert.strictEqual(sent.statistics.words, model.words);
			assert.strictEqual(sent.statistics.words, 53);
			assert.strictEqual(sent.statistics.chapters, 2);
			assert.deepStrictEqual(
				sent.statistics.scenes.map(({ chapter, title, words, dialogueWords }) => ({ chapter, title, words, dialogueWords })),
				[
					{ chapter: 'Chapter One', title: 'Scene 1', words: 18, dialogueWords: 7 },
					{ chapter: 'Chapter One', title: 'Scene 2', words: 5, dialogueWords: 0 },
					{ chapter: 'Chapter One', title: '<img src=x onerror=alert(1)>', words: 15, dialogueWords: 0 },
					{ chapter: 'Chapter Two', title: 'Scene 1', words: 5, dialogueWords: 3 },
				],
			);
			// The grid is the cast the Cast view shows, placed in its scenes, with the lines their speakers speak there.
			const cast = api.castOf(document)!;
			const story = api.modelOf(document)!;
			const expected = cast.characters.map(character => {
				const names = new Set([character.name, ...character.aliases]);
				return {
					name: character.name,
					presence: story.scenes.map((scene, index) => {
						const lines = story.dialogue.filter(
							span => span.speaker !== undefined && names.has(span.speaker) && scene.start <= span.start && span.start < scene.end,
						).length;
						return character.scenes.some(present => present.scene === index) || lines > 0 ? lines : null;
					}),
				};
			});
			const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
			assert.deepStrictEqual(sent.statistics.cast.map(({ name, presence }) => ({ name, presence })).sort(byName), expected.sort(byName));
			assert.deepStrictEqual(
				expected,
				[
					{ name: 'Mara', presence: [2, null, null, 1] },
					{ name: 'Tobias', presence: [0, null, null, null] },
				],
				'the fixture: Mara speaks twice in the first scene and once in the last, Tobias is there and silent',
			);
			assert.strictEqual(sent.readingWordsPerMinute, 250);
			assert.strictEqual(sent.dailyGoal, 1000);
			assert.strictEqual(sent.history.length, 30);
		});

		it('moves the editor to a scene the page asks for, cursor at its first line', async () => {
			const scenes = api.modelOf(document)!.scenes;
			await api.testing.statisticsPanel.receive({ type: 'revealScene', scene: 2 });
			const active = vscode.window.activeTextEditor;
			assert.strictEqual(active?.document, document);
			assert.deepStrictEqual(active.selection.active, document.positionAt(scenes[2].start));
			assert.strictEqual(active.viewColumn, editor.viewColumn, 'in the editor beside the panel');
		});

		it("sends each speaker's dialogue tags, the lines behind a cell, and goes to one of them", async () => {
			const tags = await until(() => report()?.dialogueTags, 'the dialogue tags to be sent');
			const row = ({ name, lines, said, asked, other, untagged, adverbs }: TagRow) => ({ name, lines, said, asked, other, untagged, adverbs });
			// `"The boats are late," said Mara. "All of them."` and `"Ring the bell," Mara said.`: the second quote goes on under the tag.
			assert.deepStrictEqual(tags.characters.map(row), [{ name: 'Mara', lines: 3, said: 3, asked: 0, other: 0, untagged: 0, adverbs: 0 }]);
			assert.deepStrictEqual(row(tags.book), { name: undefined, lines: 3, said: 3, asked: 0, other: 0, untagged: 0, adverbs: 0 });

			await api.testing.statisticsPanel.receive({ type: 'tagExamples', character: 'Mara', cell: 'saidAsked' });
			const shown = api.testing.statisticsPanel.lastTagExamples!;
			assert.strictEqual(shown.total, 3);
			assert.deepStrictEqual(
				shown.examples.map(example => example.place),
				['line 3', 'line 3', 'line 17'],
			);
			assert.strictEqual(shown.examples[0].text, '"The boats are late," said Mara. "All of them."', 'each line with its paragraph, the tag in sight');

			await api.testing.statisticsPanel.receive({ type: 'revealTagExample', character: 'Mara', cell: 'saidAsked', index: 2 });
			const active = vscode.window.activeTextEditor!;
			assert.strictEqual(active.document, document);
			assert.strictEqual(active.document.getText(active.selection), '"Ring the bell,"', 'the quote is selected');
			assert.strictEqual(active.viewColumn, editor.viewColumn, 'in the editor beside the panel');
		});

		it('ignores messages it does not understand, without moving anything', async () => {
			const before = vscode.window.activeTextEditor!.selection.active;
			for (const message of [
				null,
				'revealScene',
				{ type: 'revealScene', scene: 99 },
				{ type: 'revealScene', scene: '1' },
				{ type: 'revealScene', scene: 1.5 },
				{ type: 'runCode', code: 'alert(1)' },
				{ type: 'export', kind: '../../etc' },
				{ type: 'revealTagExample', character: 'Mara', cell: 'saidAsked', index: 99 },
				{ type: 'revealTagExample', character: 'Mara', cell: 'saidAsked', index: '0' },
				{ type: 'revealTagExample', character: 'Nobody', cell: 'saidAsked', index: 0 },
				{ type: 'revealTagExample', character: 'Mara', cell: 'everything', index: 0 },
			]) {
				await api.testing.statisticsPanel.receive(message);
			}
			assert.deepStrictEqual(vscode.window.activeTextEditor!.selection.active, before);
		});

		it('follows the writer to another story document', async () => {
			const other = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'lighthouse.story'));
			await vscode.window.showTextDocument(other, vscode.ViewColumn.One);
			await until(() => report()?.document === 'lighthouse.story', 'the panel to follow lighthouse.story');
			assert.strictEqual(report()!.statistics.words, api.modelOf(other)!.words);
			editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
			await until(() => report()?.document === 'harbour.story', 'the panel to follow harbour.story back');
		});

		it('redraws with new counts after an edit', async () => {
			const before = report()!.statistics.words;
			await editor.edit(edit => edit.insert(document.positionAt(document.getText().length), '\nThe bell rang twice.\n'));
			await until(() => report()!.statistics.words === before + 4, 'the new words to reach the panel');
			await vscode.commands.executeCommand('undo');
			await until(() => report()!.statistics.words === before, 'the undo to reach the panel');
		});

		it('posts the page a report only when it changed or the text did, not on every redraw', async () => {
			const panel = api.testing.statisticsPanel;
			// Quiet first: nothing posted for a second, the cast settled.
			let posted = -1;
			for (let tries = 0; panel.postedReports !== posted; tries++) {
				assert.ok(tries < 15, 'the panel settles');
				posted = panel.postedReports;
				await settle(1000);
			}
			const drawn = panel.lastMessage;
			await vscode.commands.executeCommand('dramatis.showStatistics');
			await until(() => panel.lastMessage !== drawn, 'the panel to redraw');
			assert.strictEqual(panel.postedReports, posted, 'the same report is not posted again');

			// A blank line changes no count, but moves the lines behind the tags: the page is told.
			const words = report()!.statistics.words;
			await editor.edit(edit => edit.insert(document.positionAt(document.getText().length), '\n'));
			await until(() => panel.postedReports > posted, 'a report made after the edit to be posted');
			assert.strictEqual(report()!.statistics.words, words);
			await vscode.commands.executeCommand('undo');
			await until(() => document.getText() === fixtureText, 'the undo');
		});

		it('counts a tag the writer adds, a moment after they stop typing, and undo takes it back', async () => {
			const maraOther = () => report()?.dialogueTags?.characters.find(row => row.name === 'Mara')?.other;
			await until(() => maraOther() === 0, 'Mara with no other verbs yet');
			await editor.edit(edit => edit.insert(document.positionAt(document.getText().length), '\n"Row harder," Mara snapped.\n'));
			await until(() => maraOther() === 1, 'the new tag to reach the panel');
			await vscode.commands.executeCommand('undo');
			await until(() => maraOther() === 0, 'the undo to reach the panel');
		});
	});

	describe('the whole manuscript', () => {
		after(async () => {
			await api.testing.statisticsPanel.receive({ type: 'scope', scope: 'document' });
			editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
			await until(() => report()?.scope === 'document' && report()?.document === 'harbour.story', 'the panel back on harbour.story');
		});

		it('shows every story file of the workspace as one book when the page asks for it', async () => {
			const manuscript = await api.manuscript();
			assert.ok(manuscript.files.length > 1, 'the fixtures hold several story files');
			assert.strictEqual(report()?.manuscriptFiles, manuscript.files.length, 'the page is told there is a manuscript to offer');
			await api.testing.statisticsPanel.receive({ type: 'scope', scope: 'manuscript' });
			const sent = await until(() => (report()?.scope === 'manuscript' ? report() : undefined), 'the manuscript to be sent');
			assert.strictEqual(sent.statistics.words, manuscript.words);
			assert.deepStrictEqual(
				sent.statistics.scenes.map(({ file, words }) => ({ file, words })),
				manuscript.scenes.map(({ file, scene }) => ({ file: file.path, words: scene.words })),
			);
		});

		it('opens the file of a scene chosen in the manuscript, at the scene', async () => {
			const manuscript = await api.manuscript();
			const index = manuscript.scenes.findIndex(({ file }) => file.path.endsWith('2-the-party.md'));
			assert.ok(index >= 0, 'the manuscript holds 2-the-party.md');
			await api.testing.statisticsPanel.receive({ type: 'revealScene', scene: index });
			const active = vscode.window.activeTextEditor!;
			assert.strictEqual(active.document.uri.toString(), manuscript.scenes[index].file.id);
			assert.deepStrictEqual(active.selection.active, active.document.positionAt(manuscript.scenes[index].scene.start));
		});

		it("sends the whole manuscript's dialogue tags, and opens the file of a line behind a cell", async () => {
			const tags = await until(() => (report()?.scope === 'manuscript' ? report()?.dialogueTags : undefined), "the manuscript's dialogue tags");
			const sum = (field: 'lines' | 'said' | 'asked' | 'other' | 'untagged') => tags.characters.reduce((total, row) => total + row[field], 0);
			assert.ok(
				tags.characters.some(row => row.name === 'Mara' && row.lines >= 3),
				"Mara's three lines of harbour.story are among the book's",
			);
			assert.ok(tags.book.lines >= sum('lines'), "the book's lines hold every speaker's");
			assert.strictEqual(
				tags.book.lines,
				tags.book.said + tags.book.asked + tags.book.other + tags.book.untagged,
				'each line is said, asked, another verb or untagged',
			);

			await api.testing.statisticsPanel.receive({ type: 'tagExamples', character: null, cell: 'saidAsked' });
			const shown = api.testing.statisticsPanel.lastTagExamples!;
			assert.ok(
				shown.examples.length > 0 && shown.examples.every(example => /^[^:]+\.(story|md|txt):\d+$/.test(example.place)),
				'each line under its file and line',
			);
			const index = shown.examples.findIndex(example => !example.place.startsWith('harbour.story:'));
			assert.ok(index >= 0, 'a said or asked line in another file than harbour.story');
			await api.testing.statisticsPanel.receive({ type: 'revealTagExample', character: null, cell: 'saidAsked', index });
			const active = vscode.window.activeTextEditor!;
			assert.ok(active.document.uri.path.endsWith(`/${shown.examples[index].place.split(':')[0]}`), 'the file of the line is open');
			assert.strictEqual(active.selection.start.line + 1, Number(shown.examples[index].place.split(':')[1]));
			assert.match(
				active.document.getText(active.selection),
				/^["“«‘'].*["”»’']$/s,
				`the quote is selected: ${active.document.getText(active.selection)} in ${active.document.uri.path}`,
			);
		});

		it('ignores a scope it does not know', async () => {
			await api.testing.statisticsPanel.receive({ type: 'scope', scope: 'galaxy' });
			await settle();
			assert.strictEqual(report()?.scope, 'manuscript');
		});

		it('shows the chapter again when Show Statistics is asked for from it', async () => {
			assert.strictEqual(report()?.scope, 'manuscript', 'left on the whole manuscript');
			editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
			await vscode.commands.executeCommand('dramatis.showStatistics');
			const sent = await until(() => (report()?.scope === 'document' ? report() : undefined), 'the panel back on the chapter');
			assert.strictEqual(sent.document, 'harbour.story');
		});
	});

	describe('settings', () => {
		const configuration = () => vscode.workspace.getConfiguration('dramatis');
		afterEach(async () => {
			await configuration().update('goals.dailyWords', undefined, vscode.ConfigurationTarget.Global);
			await configuration().update('readingWordsPerMinute', undefined, vscode.ConfigurationTarget.Global);
		});

		it('redraws with the daily goal and reading speed the writer sets', async () => {
			await configuration().update('goals.dailyWords', 500, vscode.ConfigurationTarget.Global);
			await configuration().update('readingWordsPerMinute', 100, vscode.ConfigurationTarget.Global);
			await until(() => report()?.dailyGoal === 500 && report()?.readingWordsPerMinute === 100, 'the new settings to reach the panel');
		});

		it('falls back to the defaults when a setting is out of bounds or not a number', async () => {
			await configuration().update('goals.dailyWords', 500, vscode.ConfigurationTarget.Global);
			await configuration().update('readingWordsPerMinute', 100, vscode.ConfigurationTarget.Global);
			await until(() => report()?.dailyGoal === 500 && report()?.readingWordsPerMinute === 100, 'the valid settings first');
			await configuration().update('goals.dailyWords', 'lots', vscode.ConfigurationTarget.Global);
			await configuration().update('readingWordsPerMinute', 10, vscode.ConfigurationTarget.Global);
			await until(() => report()?.dailyGoal === 1000 && report()?.readingWordsPerMinute === 250, 'the defaults to come back');
		});
	});

	describe('export', () => {
		let scratch: string;
		before(() => (scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'dramatis-export-'))));
		after(() => fs.rmSync(scratch, { recursive: true, force: true }));

		it('writes everything as JSON', async () => {
			const target = vscode.Uri.file(path.join(scratch, 'harbour.json'));
			await vscode.commands.executeCommand('dramatis.exportStatistics', 'json', target);
			const json = JSON.parse(fs.readFileSync(target.fsPath, 'utf8'));
			assert.strictEqual(json.document, 'harbour.story');
			assert.strictEqual(json.words, 53);
			assert.deepStrictEqual(
				json.scenes.map((scene: { title: string }) => scene.title),
				['Scene 1', 'Scene 2', '<img src=x onerror=alert(1)>', 'Scene 1'],
			);
			assert.strictEqual(json.history.days.length, 30);
		});

		it('writes the scenes as CSV, one row each', async () => {
			const target = vscode.Uri.file(path.join(scratch, 'harbour-scenes.csv'));
			await vscode.commands.executeCommand('dramatis.exportStatistics', 'scenesCsv', target);
			const rows = fs
				.readFileSync(target.fsPath, 'utf8')
				.replace(/^\ufeff/, '')
				.trimEnd()
				.split('\r\n');
			// A column per character: the lines spoken in each scene, empty where the character is absent.
			assert.deepStrictEqual(rows, [
				'Chapter,Scene,Words,Dialogue words,Dialogue share,Mara,Tobias',
				'Chapter One,Scene 1,18,7,0.3889,2,0',
				'Chapter One,Scene 2,5,0,0,,',
				'Chapter One,<img src=x onerror=alert(1)>,15,0,0,,',
				'Chapter Two,Scene 1,5,3,0.6,1,',
			]);
		});

		it('writes the writing history as CSV, one row a day', async () => {
			const target = vscode.Uri.file(path.join(scratch, 'harbour-history.csv'));
			await vscode.commands.executeCommand('dramatis.exportStatistics', 'historyCsv', target);
			const rows = fs
				.readFileSync(target.fsPath, 'utf8')
				.replace(/^\ufeff/, '')
				.trimEnd()
				.split('\r\n');
			assert.strictEqual(rows[0], 'Date,Words added,Words removed,Words pasted,Words cut,Progress,Daily goal');
			assert.strictEqual(rows.length, 31);
			assert.match(rows[30], new RegExp(`^${report()!.today.day},`));
		});
	});

	describe('writing history', () => {
		/** Adds `text` at the end; edits between undo stops undo as one step, as a run of typing does. */
		const append = (text: string, undoStops = { before: true, after: true }) =>
			editor.edit(edit => edit.insert(document.positionAt(document.getText().length), text), {
				undoStopBefore: undoStops.before,
				undoStopAfter: undoStops.after,
			});
		const today = () => api.testing.writingToday();

		it('counts typed words, and undo brings the day back', async () => {
			assert.strictEqual(document.isDirty, false, 'the first word typed is the first after a save');
			const start = today();
			await append(' Gulls', { before: true, after: false });
			await append(' wheeled', { before: false, after: false });
			await append(' overhead.', { before: false, after: true });
			assert.strictEqual(today().added - start.added, 3);
			await vscode.commands.executeCommand('undo');
			await settle();
			assert.deepStrictEqual(today(), start, 'the undo took back the three words, nothing more');
			await vscode.commands.executeCommand('redo');
			await settle();
			assert.strictEqual(today().added - start.added, 3, 'redo counts them once again');
		});

		it('records a pasted chapter apart, not as writing', async () => {
			const start = today();
			await append(`\n\n${'The sea was grey. '.repeat(40)}\n`);
			assert.deepStrictEqual(today(), { ...start, pasted: start.pasted + 160 });
			await vscode.commands.executeCommand('undo');
			await settle();
			assert.deepStrictEqual(today(), start);
		});

		it('does not count a file replaced on disk (a branch switch)', async () => {
			await document.save();
			const start = today();
			const wordsBefore = api.modelOf(document)!.words;
			fs.writeFileSync(document.uri.fsPath, `${document.getText()}\n\nA whole new scene arrived from another branch, long and finished.\n`);
			await until(() => api.modelOf(document)!.words > wordsBefore, 'VS Code to reload the file from disk', 20_000);
			// An edit to a clean document is decided once its dirty state is known, within a second.
			await settle(1500);
			assert.strictEqual(document.isDirty, false);
			assert.deepStrictEqual(today(), start);
		});

		after(() => {
			// Put the fixture back as it was written.
			fs.writeFileSync(document.uri.fsPath, fixtureText);
		});
	});
});
