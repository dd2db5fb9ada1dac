// A possible head-hop as an Information diagnostic: where a scene that has already given one character's
// thoughts or feelings (`Karen wondered`) gives a second's (`Derek felt`), with the first sign linked.
// Worked out from the cast a moment after the writer stops typing, never on a keystroke.

import * as vscode from 'vscode';
import { Disposable } from '../util/dispose';
import { Cast, findHeadHops, HeadHop } from '../../core';
import { CastService } from '../services/castService';

export const HEAD_HOP_CODE = 'head-hop';

export class HeadHopDiagnostics extends Disposable {
	private readonly collection = this.register(vscode.languages.createDiagnosticCollection('dramatis.headHops'));
	private readonly hopsOfCast = new WeakMap<Cast, HeadHop[]>();
	private generation = 0;
	private shown: { uri: string; hop: HeadHop }[] = [];

	constructor(private readonly casts: CastService) {
		super();
		const startup = setTimeout(() => void this.refresh(), 0);
		this.registerAll(
			{ dispose: () => clearTimeout(startup) },
			casts.onDidChangeCast(() => void this.refresh()),
			vscode.window.onDidChangeActiveTextEditor(() => !vscode.workspace.workspaceFolders?.length && void this.refresh()),
		);
	}

	/** The head-hops as shown now, once the cast is found: for tests and other readers. */
	async whenRefreshed(): Promise<readonly { uri: string; hop: HeadHop }[]> {
		await this.refresh();
		return this.shown;
	}

	private async refresh(): Promise<void> {
		const generation = ++this.generation;
		const { stories, cast } = await this.casts.manuscriptCastOrActive();
		if (generation !== this.generation) {
			return;
		}
		let hops = this.hopsOfCast.get(cast);
		if (!hops) {
			hops = findHeadHops(
				stories.map(story => story.model),
				cast,
			);
			this.hopsOfCast.set(cast, hops);
		}
		const byUri = new Map<string, vscode.Diagnostic[]>();
		const shown: { uri: string; hop: HeadHop }[] = [];
		for (const hop of hops) {
			const story = stories[hop.story];
			const uri = story.uri.toString();
			const diagnostic = new vscode.Diagnostic(
				story.rangeOf(hop),
				`Possible head-hop: this scene has given ${hop.first.character}'s inner life (“${hop.first.cue}”) and here gives ${hop.character}'s (“${hop.cue}”).`,
				vscode.DiagnosticSeverity.Information,
			);
			diagnostic.source = 'Dramatis';
			diagnostic.code = HEAD_HOP_CODE;
			diagnostic.relatedInformation = [
				new vscode.DiagnosticRelatedInformation(
					new vscode.Location(story.uri, story.rangeOf(hop.first)),
					`${hop.first.character}'s inner life, earlier in the scene.`,
				),
			];
			byUri.set(uri, [...(byUri.get(uri) ?? []), diagnostic]);
			shown.push({ uri, hop });
		}
		for (const [uri] of this.collection) {
			if (!byUri.has(uri.toString())) {
				this.collection.delete(uri);
			}
		}
		for (const [uri, diagnostics] of byUri) {
			this.collection.set(vscode.Uri.parse(uri), diagnostics);
		}
		this.shown = shown;
	}
}
