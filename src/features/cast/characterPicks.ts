// The first list of Go to Character…: every character of the cast in its order, with the counts, and the
// other names they go by (searchable too). cast/characterNavigation.ts shows it in a quick pick.

import { Character } from '../../core';

export interface CharacterPickRow {
	readonly label: string;
	readonly description: string;
	readonly detail: string | undefined;
	readonly character: Character;
}

export function characterPickRows(characters: readonly Character[], describeCounts: (character: Character) => string): CharacterPickRow[] {
	return characters.map(character => ({
		label: character.name,
		description: describeCounts(character),
		detail: character.aliases.length > 0 ? `also ${character.aliases.join(', ')}` : undefined,
		character,
	}));
}
