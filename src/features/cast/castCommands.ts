// What the writer can do to a character from the Cast view's context menu (or the Command Palette):
// Rename… (the prose, across the manuscript, as one edit), Merge into…, Add alias… and Ignore (each a change
// to the cast file), and Find all appearances.

import * as vscode from 'vscode';
import { Commands } from '../commands';
import { Cast, Character, withAlias, withIgnored, withMerge, wordSwaps } from '../../core';
import { describeCounts, isNamedInProse } from './castFormat';
import { CastFile } from './castFile';
import { CastService } from '../services/castService';
import { renameCharacterEdit } from './characterEdits';
import { ManuscriptStory } from '../services/manuscriptStories';

/** A Cast view row, as the context menu hands it over. */
interface CharacterRow {
	readonly character: Character;
}

interface Chosen {
	readonly character: Character;
	readonly cast: Cast;
	readonly stories: readonly ManuscriptStory[];
}

/**
 * Each command takes the view's row (or asks which character) and, for keybindings and scripts, the answer
 * it would otherwise ask for: the new name, the character to merge into, the alias.
 */
export function registerCastCommands(casts: CastService, castFile: CastFile): vscode.Disposable {
	const command = (id: string, run: (chosen: Chosen, answer: string | undefined) => Promise<unknown>) =>
		vscode.commands.registerCommand(id, async (row?: CharacterRow, answer?: unknown) => {
			const chosen = await chooseCharacter(casts, row?.character);
			return chosen ? run(chosen, typeof answer === 'string' ? answer : undefined) : undefined;
		});
	return vscode.Disposable.from(
		command(Commands.castRename, (chosen, newName) => rename(chosen, castFile, newName)),
		command(Commands.castMergeInto, (chosen, target) => mergeInto(chosen, castFile, target)),
		command(Commands.castAddAlias, (chosen, alias) => addAlias(chosen, castFile, alias)),
		command(Commands.castIgnore, chosen => ignore(chosen, castFile)),
		command(Commands.castFindAllAppearances, chosen => findAll(chosen)),
	);
}

/** The manuscript's character for a view row (found by name), or one the writer picks. */
async function chooseCharacter(casts: CastService, given: Character | undefined): Promise<Chosen | undefined> {
	const { cast, stories } = await casts.manuscriptCastOrActive();
	if (given) {
		const character = CastService.sameCharacterIn(cast, given);
		return character ? { character, cast, stories } : activeStoryCharacter(casts, given);
	}
	const picked = await vscode.window.showQuickPick(
		cast.characters.map(character => ({ label: character.name, description: describeCounts(character), character })),
		{ placeHolder: 'Which character?' },
	);
	return picked && { character: picked.character, cast, stories };
}

/**
 * The row's character in the active story's own cast, for a story the manuscript does not hold (an untitled
 * one, a file outside the workspace), whose cast the Cast view shows all the same.
 */
async function activeStoryCharacter(casts: CastService, given: Character): Promise<Chosen | undefined> {
	const own = await casts.activeStoryCast();
	const character = own && CastService.sameCharacterIn(own.cast, given);
	return character && { character, ...own };
}

/** Renames the character across the stories; whether an edit was made (`false` when cancelled, or nothing to rename). */
async function rename({ character, stories }: Chosen, castFile: CastFile, given: string | undefined): Promise<boolean> {
	if (!isNamedInProse(character)) {
		// `the ferryman` is the story's words for someone, not a name: renaming would change nothing. A name
		// given as an alias ties the role's lines to that name wherever the prose uses it.
		// Not awaited: the notification stays until the writer closes it, and the command is done already.
		const addAlias = 'Add Alias…';
		void vscode.window
			.showInformationMessage(`The prose never names ${character.name}, so there is nothing to rename. Add an alias to give them a name.`, addAlias)
			.then(choice => choice === addAlias && vscode.commands.executeCommand(Commands.castAddAlias, { character }));
		return false;
	}
	const newName =
		given ??
		(await vscode.window.showInputBox({
			title: `Rename ${character.name}`,
			prompt: 'Every appearance changes, in every alias form, across the manuscript. One undo takes it back.',
			value: character.name,
			validateInput: value => (value.trim() === '' ? 'A name, please.' : undefined),
		}));
	if (!newName || newName.trim() === character.name) {
		return false;
	}
	const edit = await renameCharacterEdit(character, stories, wordSwaps(character.name, newName), castFile);
	return vscode.workspace.applyEdit(edit);
}

async function mergeInto({ character, cast }: Chosen, castFile: CastFile, given: string | undefined): Promise<void> {
	const others = cast.characters.filter(other => other !== character);
	const named = given === undefined ? undefined : others.find(other => other.name === given);
	const target = named
		? { other: named }
		: await vscode.window.showQuickPick(
				others.map(other => ({ label: other.name, description: describeCounts(other), other })),
				{ title: `Merge ${character.name} into…`, placeHolder: `${character.name} becomes another name of the character you pick` },
			);
	if (target) {
		await castFile.edit(text =>
			withMerge(text, { name: character.name, aliases: character.aliases }, { name: target.other.name, aliases: target.other.aliases }),
		);
	}
}

async function addAlias({ character }: Chosen, castFile: CastFile, given: string | undefined): Promise<void> {
	const alias =
		given ??
		(await vscode.window.showInputBox({
			title: `Add an alias for ${character.name}`,
			prompt: 'A nickname or another name the prose uses for them (for example Iowa).',
			validateInput: value => (value.trim() === '' ? 'A name, please.' : undefined),
		}));
	if (alias) {
		await castFile.edit(text => withAlias(text, character.name, alias.trim()));
	}
}

async function ignore({ character }: Chosen, castFile: CastFile): Promise<void> {
	await castFile.edit(text => [character.name, ...character.aliases].reduce(withIgnored, text));
}

async function findAll({ character, stories }: Chosen): Promise<void> {
	const locations = CastService.locationsOf(stories, character);
	if (locations.length === 0) {
		void vscode.window.showInformationMessage(`${character.name} does not appear in the prose yet.`);
		return;
	}
	await vscode.commands.executeCommand('editor.action.showReferences', locations[0].uri, locations[0].range.start, locations);
}
