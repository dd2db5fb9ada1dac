// Every command Dramatis registers, by id: the one place a feature takes an id from. package.json
// contributes the same ids (titles, menus, keys); a unit test holds the two lists to each other.

/** Commands the writer reaches from the palette, menus and keys. */
export const Commands = {
	nextScene: 'dramatis.nextScene',
	previousScene: 'dramatis.previousScene',
	goToScene: 'dramatis.goToScene',
	goToCharacter: 'dramatis.goToCharacter',
	nextAppearance: 'dramatis.nextAppearance',
	previousAppearance: 'dramatis.previousAppearance',
	castShowDocument: 'dramatis.cast.showDocument',
	castShowManuscript: 'dramatis.cast.showManuscript',
	castSortByMentions: 'dramatis.cast.sortByMentions',
	castSortByName: 'dramatis.cast.sortByName',
	castSortByFirstAppearance: 'dramatis.cast.sortByFirstAppearance',
	castRename: 'dramatis.cast.rename',
	castMergeInto: 'dramatis.cast.mergeInto',
	castAddAlias: 'dramatis.cast.addAlias',
	castIgnore: 'dramatis.cast.ignore',
	castFindAllAppearances: 'dramatis.cast.findAllAppearances',
	showStatistics: 'dramatis.showStatistics',
	exportStatistics: 'dramatis.exportStatistics',
	showCharacterLines: 'dramatis.showCharacterLines',
} as const;

/** Commands only Dramatis itself runs (a click on a row, a quick fix): registered, never contributed to the palette. */
export const InternalCommands = {
	revealAppearance: 'dramatis.revealAppearance',
	/** The quick fixes of a name slip: the spelling is another character, or no one's name. */
	nameVariantSomeoneElse: 'dramatis.nameVariant.someoneElse',
	nameVariantIgnore: 'dramatis.nameVariant.ignore',
} as const;
