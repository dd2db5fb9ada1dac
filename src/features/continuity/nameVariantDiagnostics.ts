// A rare spelling of a character's name (`Karin` where `Karen` is written 300 times) as an Information
// diagnostic at each use, with quick fixes: change this one or every one in the manuscript (one undoable
// edit), say it is someone else (a character in the cast file), or ignore it (the cast file's ignore list).
// Worked out from the cast a moment after the writer stops typing, never on a keystroke.

import * as vscode from 'vscode';
import { InternalCommands } from '../commands';
import { Cast, findNameVariants, NameVariant, StoryModel, withCharacter, withIgnored } from '../../core';
import { CastFile } from '../cast/castFile';
import { CastService } from '../services/castService';
import { CastNoteDiagnostics, PlacedNote } from './castNoteDiagnostics';

export const NAME_VARIANT_CODE = 'name-variant';

export class NameVariantDiagnostics extends CastNoteDiagnostics<NameVariant> {
	constructor(
		casts: CastService,
		private readonly castFile: CastFile,
		selector: vscode.DocumentSelector,
	) {
		super(casts, 'dramatis.nameVariants');
		this.registerAll(
			vscode.languages.registerCodeActionsProvider(
				selector,
				{ provideCodeActions: (document, range, context) => this.fixes(document, context) },
				{
					providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
				},
			),
			vscode.commands.registerCommand(InternalCommands.nameVariantSomeoneElse, (name: string) => castFile.edit(text => withCharacter(text, name, []))),
			vscode.commands.registerCommand(InternalCommands.nameVariantIgnore, (name: string) => castFile.edit(text => withIgnored(text, name))),
		);
	}

	protected find(stories: readonly StoryModel[], cast: Cast): readonly NameVariant[] {
		return findNameVariants(stories, cast, { overrides: this.castFile.overrides, isKnownWord: word => this.casts.isEnglishWord(word) });
	}

	protected describe(all: readonly NameVariant[]): (placed: PlacedNote<NameVariant>) => vscode.Diagnostic {
		const counts = countBySpelling(all);
		return ({ note, range }) => diagnosticOf(note, range, counts.get(note.name) ?? 1);
	}

	private fixes(document: vscode.TextDocument, context: vscode.CodeActionContext): vscode.CodeAction[] {
		const placed = this.placed.get(document.uri.toString()) ?? [];
		const actions: vscode.CodeAction[] = [];
		for (const diagnostic of context.diagnostics) {
			if (diagnostic.code !== NAME_VARIANT_CODE) {
				continue;
			}
			const here = placed.find(({ range }) => range.isEqual(diagnostic.range));
			if (!here) {
				continue;
			}
			const { note } = here;
			const same = [...this.placed.values()].flat().filter(other => other.note.name === note.name);
			const one = new vscode.CodeAction(`Change to ${note.spelling}`, vscode.CodeActionKind.QuickFix);
			one.edit = new vscode.WorkspaceEdit();
			one.edit.replace(document.uri, diagnostic.range, note.spelling);
			one.diagnostics = [diagnostic];
			one.isPreferred = true;
			actions.push(one);
			if (same.length > 1) {
				const all = new vscode.CodeAction(`Change all ${same.length} “${note.name}” to ${note.spelling} in the manuscript`, vscode.CodeActionKind.QuickFix);
				all.edit = new vscode.WorkspaceEdit();
				for (const other of same) {
					all.edit.replace(other.story.uri, other.range, note.spelling);
				}
				all.diagnostics = [diagnostic];
				actions.push(all);
			}
			const someoneElse = new vscode.CodeAction(`${note.name} is someone else (add to the cast file)`, vscode.CodeActionKind.QuickFix);
			someoneElse.command = { command: InternalCommands.nameVariantSomeoneElse, title: someoneElse.title, arguments: [note.name] };
			someoneElse.diagnostics = [diagnostic];
			actions.push(someoneElse);
			const ignore = new vscode.CodeAction(`Ignore “${note.name}” (the cast file's ignore list)`, vscode.CodeActionKind.QuickFix);
			ignore.command = { command: InternalCommands.nameVariantIgnore, title: ignore.title, arguments: [note.name] };
			ignore.diagnostics = [diagnostic];
			actions.push(ignore);
		}
		return actions;
	}
}

function countBySpelling(notes: readonly NameVariant[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const note of notes) {
		counts.set(note.name, (counts.get(note.name) ?? 0) + 1);
	}
	return counts;
}

function diagnosticOf(note: NameVariant, range: vscode.Range, uses: number): vscode.Diagnostic {
	const where = uses === 1 ? 'written only here' : `written so ${uses} times`;
	const who = note.character === note.spelling ? '' : ` (${note.character})`;
	const diagnostic = new vscode.Diagnostic(range, `“${note.name}”, ${where}, may be a slip for ${note.spelling}${who}.`, vscode.DiagnosticSeverity.Information);
	diagnostic.source = 'Dramatis';
	diagnostic.code = NAME_VARIANT_CODE;
	return diagnostic;
}
