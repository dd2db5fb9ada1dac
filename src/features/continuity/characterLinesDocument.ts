// Show Lines of Character…: a character's lines in reading order across the manuscript, each under its
// scene and a link back to its place, in a read-only document (a TextDocumentContentProvider, so it works in
// the web extension too) that follows the manuscript as it changes. The way to hear one voice whole.

import * as vscode from 'vscode';
import { Cast, Character, CharacterLine, characterLines, nameKey } from '../../core';
import { describeCounts } from '../cast/castFormat';
import { Commands } from '../commands';
import { CastService, ManuscriptCast } from '../services/castService';

export const LINES_SCHEME = 'dramatis-lines';
const LINES_LANGUAGE = 'dramatis-lines';
export const SHOW_LINES_COMMAND = Commands.showCharacterLines;

interface LineLink {
	readonly line: number;
	readonly length: number;
	readonly target: vscode.Uri;
}

/** The lines document's URI for a character: the name is the query, the title the path. */
export function linesUri(name: string): vscode.Uri {
	return vscode.Uri.from({ scheme: LINES_SCHEME, path: `/Lines of ${name.replace(/[/\\]/g, ' ')}`, query: encodeURIComponent(name) });
}

export class CharacterLinesDocuments implements vscode.TextDocumentContentProvider, vscode.DocumentLinkProvider, vscode.Disposable {
	private readonly changeEmitter = new vscode.EventEmitter<vscode.Uri>();
	private readonly links = new Map<string, LineLink[]>();
	private readonly disposables: vscode.Disposable[] = [this.changeEmitter];

	readonly onDidChange = this.changeEmitter.event;

	constructor(private readonly casts: CastService) {
		this.disposables.push(
			vscode.workspace.registerTextDocumentContentProvider(LINES_SCHEME, this),
			vscode.languages.registerDocumentLinkProvider({ scheme: LINES_SCHEME }, this),
			vscode.commands.registerCommand(SHOW_LINES_COMMAND, (row?: { character?: Character } | string) =>
				this.show(typeof row === 'string' ? row : row?.character?.name),
			),
			// Open lines documents follow the manuscript a moment after the writer stops typing.
			casts.onDidChangeCast(() => {
				for (const document of vscode.workspace.textDocuments) {
					if (document.uri.scheme === LINES_SCHEME) {
						this.changeEmitter.fire(document.uri);
					}
				}
			}),
		);
	}

	private async show(name: string | undefined): Promise<void> {
		const { cast } = await this.casts.manuscriptCastOrActive();
		if (name === undefined) {
			const picked = await vscode.window.showQuickPick(
				cast.characters.filter(character => character.lines > 0).map(character => ({ label: character.name, description: describeCounts(character) })),
				{ placeHolder: 'Whose lines?' },
			);
			name = picked?.label;
		}
		if (name === undefined) {
			return;
		}
		// A language of its own: the lines are a view of the story, not a story the cast and counts should read.
		const document = await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(linesUri(name)), LINES_LANGUAGE);
		await vscode.window.showTextDocument(document, { preview: false, viewColumn: vscode.ViewColumn.Beside });
	}

	async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
		const name = decodeURIComponent(uri.query);
		const manuscript = await this.casts.manuscriptCastOrActive();
		const character = characterNamed(manuscript.cast, name);
		if (!character) {
			this.links.set(uri.toString(), []);
			return `${name} is not in the cast of this manuscript.\n`;
		}
		const { text, links } = describeLines(
			manuscript,
			character,
			characterLines(
				manuscript.stories.map(story => story.model),
				manuscript.cast,
				character,
			),
		);
		this.links.set(uri.toString(), links);
		return text;
	}

	provideDocumentLinks(document: vscode.TextDocument): vscode.DocumentLink[] {
		return (this.links.get(document.uri.toString()) ?? []).map(link => {
			const documentLink = new vscode.DocumentLink(new vscode.Range(link.line, 0, link.line, link.length), link.target);
			documentLink.tooltip = 'Go to this line in the manuscript';
			return documentLink;
		});
	}

	dispose(): void {
		this.disposables.forEach(disposable => disposable.dispose());
	}
}

function characterNamed(cast: Cast, name: string): Character | undefined {
	const key = nameKey(name);
	return (
		cast.characters.find(character => nameKey(character.name) === key) ??
		cast.characters.find(character => character.aliases.some(alias => nameKey(alias) === key))
	);
}

/** The document's text: a heading, then each line under its place, the places being the links. */
function describeLines({ stories }: ManuscriptCast, character: Character, lines: readonly CharacterLine[]): { text: string; links: LineLink[] } {
	const out: string[] = [
		`${character.name}: ${lines.length} ${lines.length === 1 ? 'line' : 'lines'} in reading order`,
		'Each place links back to the line in the manuscript; this view follows the manuscript as it changes.',
		'',
	];
	const links: LineLink[] = [];
	let previous: { story: number; line: number } | undefined;
	for (const line of lines) {
		const story = stories[line.story];
		const model = story.model;
		const scene = model.scenes[line.scene];
		const chapter = scene && scene.chapterIndex >= 0 ? model.chapters[scene.chapterIndex] : undefined;
		const range = story.rangeOf(line);
		// `"It's me," came the answer. "And it won't shut."`: two quotes of one speech, read as one.
		if (previous && previous.story === line.story && previous.line === range.start.line && line.kind === 'speech') {
			out[out.length - 2] += ` … ${line.text.trim()}`;
			continue;
		}
		previous = { story: line.story, line: range.start.line };
		const file = vscode.workspace.asRelativePath(story.uri, false);
		const place = [chapter?.title, scene?.title].filter(Boolean).join(' › ');
		const heading = `${place ? `${place} · ` : ''}${file}:${range.start.line + 1}${line.kind === 'speech' ? '' : ` (${line.kind})`}`;
		links.push({ line: out.length, length: heading.length, target: story.uri.with({ fragment: `L${range.start.line + 1},${range.start.character + 1}` }) });
		out.push(heading, ...line.text.split(/\r?\n/).map(text => `    ${text.trim()}`), '');
	}
	return { text: out.join('\n'), links };
}
