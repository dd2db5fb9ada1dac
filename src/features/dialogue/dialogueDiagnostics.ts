// An unclosed quote in the Problems panel, at its opening mark, and a closing mark that closes nothing
// (`He left."`) at that mark. The model already bounds an unclosed quote at its paragraph's end, so the
// rest of the chapter stays uncoloured; this tells the writer where to look.
// `dramatis.dialogue.diagnostics` turns it off.

import * as vscode from 'vscode';
import { StoryModel } from '../../core';
import { StoryModelService } from '../services/modelService';

/** Past this many, a document's unclosed quotes are a different problem (a stray style) and more would only flood the panel. */
const MAX_REPORTED = 500;

export function registerDialogueDiagnostics(models: StoryModelService): vscode.Disposable {
	const collection = vscode.languages.createDiagnosticCollection('dramatis.dialogue');
	const refresh = (document: vscode.TextDocument, model: StoryModel | undefined = models.modelOf(document)) => {
		if (!model || !models.currentSettings.dialogueDiagnostics) {
			collection.delete(document.uri);
			return;
		}
		collection.set(document.uri, [...unclosedQuotes(document, model), ...strayClosings(document, model)].slice(0, MAX_REPORTED));
	};
	// The documents open at start-up are read after activation, which must stay quick.
	const startup = setTimeout(() => vscode.workspace.textDocuments.forEach(document => refresh(document)), 0);
	return vscode.Disposable.from(
		{ dispose: () => clearTimeout(startup) },
		collection,
		models.onDidChangeModel(({ document, model }) => refresh(document, model)),
		vscode.workspace.onDidOpenTextDocument(document => refresh(document)),
		vscode.workspace.onDidCloseTextDocument(document => collection.delete(document.uri)),
	);
}

function unclosedQuotes(document: vscode.TextDocument, model: StoryModel): vscode.Diagnostic[] {
	const diagnostics: vscode.Diagnostic[] = [];
	for (const span of model.dialogue) {
		if (span.closed) {
			continue;
		}
		const mark = document.positionAt(span.lastOpening);
		const diagnostic = new vscode.Diagnostic(
			new vscode.Range(mark, document.positionAt(span.lastOpening + 1)),
			'This quote is never closed, so its speech stops at the end of the paragraph.',
			vscode.DiagnosticSeverity.Warning,
		);
		diagnostic.source = 'Dramatis';
		diagnostic.code = 'unclosed-quote';
		diagnostic.relatedInformation = [
			new vscode.DiagnosticRelatedInformation(
				new vscode.Location(document.uri, document.positionAt(span.end)),
				'The paragraph ends here without a closing mark.',
			),
		];
		diagnostics.push(diagnostic);
		if (diagnostics.length >= MAX_REPORTED) {
			break;
		}
	}
	return diagnostics;
}

function strayClosings(document: vscode.TextDocument, model: StoryModel): vscode.Diagnostic[] {
	const diagnostics: vscode.Diagnostic[] = [];
	for (const block of model.blocks) {
		for (const offset of block.analysis.strayClosings) {
			const at = block.start + offset;
			const diagnostic = new vscode.Diagnostic(
				new vscode.Range(document.positionAt(at), document.positionAt(at + 1)),
				'This closing quote mark has no opening mark before it in the paragraph.',
				vscode.DiagnosticSeverity.Warning,
			);
			diagnostic.source = 'Dramatis';
			diagnostic.code = 'unmatched-closing-quote';
			diagnostics.push(diagnostic);
			if (diagnostics.length >= MAX_REPORTED) {
				return diagnostics;
			}
		}
	}
	return diagnostics;
}
