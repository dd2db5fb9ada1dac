// A possible head-hop as an Information diagnostic: where a scene that has already given one character's
// thoughts or feelings (`Karen wondered`) gives a second's (`Derek felt`), with the first sign linked.
// Worked out from the cast a moment after the writer stops typing, never on a keystroke.

import * as vscode from 'vscode';
import { Cast, findHeadHops, HeadHop, StoryModel } from '../../core';
import { CastService } from '../services/castService';
import { CastNoteDiagnostics, PlacedNote } from './castNoteDiagnostics';

export const HEAD_HOP_CODE = 'head-hop';

export class HeadHopDiagnostics extends CastNoteDiagnostics<HeadHop> {
	constructor(casts: CastService) {
		super(casts, 'dramatis.headHops');
	}

	protected find(stories: readonly StoryModel[], cast: Cast): readonly HeadHop[] {
		return findHeadHops(stories, cast);
	}

	protected describe(): (placed: PlacedNote<HeadHop>) => vscode.Diagnostic {
		return ({ note: hop, story, range }) => {
			const diagnostic = new vscode.Diagnostic(
				range,
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
			return diagnostic;
		};
	}
}
