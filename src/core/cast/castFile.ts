// Reads and writes the writer's cast file, `.dramatis/cast.json`: characters detection missed or named
// differently (`Iowa` is Karen), and names that are not characters. Parsing reports every problem with its
// place in the file, so a mistake shows where it is; edits keep the writer's own formatting and comments.

import { applyEdits, findNodeAtLocation, modify, Node, parseTree, ParseError, printParseErrorCode } from 'jsonc-parser';
import { nameKey, uniqueNames } from '../lexicon/nameSpellings';
import { TextRange } from '../text/types';
import { CastOverrides, DeclaredCharacter } from './types';

export const NO_OVERRIDES: CastOverrides = { characters: [], ignore: [] };

export interface CastFileProblem extends TextRange {
	readonly message: string;
}

export interface ParsedCastFile {
	/** Undefined when the file has problems: the cast keeps the last overrides that had none. */
	readonly overrides: CastOverrides | undefined;
	readonly problems: readonly CastFileProblem[];
}

/** Where the cast file lives, relative to a workspace folder. */
export const CAST_FILE_PATH = '.dramatis/cast.json';

const FORMAT = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };

export function parseCastFile(text: string): ParsedCastFile {
	// A file just created, before anything is in it.
	if (text.trim() === '') {
		return { overrides: NO_OVERRIDES, problems: [] };
	}
	const errors: ParseError[] = [];
	const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
	const problems: CastFileProblem[] = errors.map(error => ({
		start: error.offset,
		end: error.offset + Math.max(1, error.length),
		message: `Not valid JSON: ${describeParseError(printParseErrorCode(error.error))}.`,
	}));
	if (problems.length > 0 || !root) {
		return { overrides: undefined, problems };
	}
	if (root.type !== 'object') {
		return { overrides: undefined, problems: [problemAt(root, 'The cast file holds one object: { "characters": [...], "ignore": [...] }.')] };
	}
	const characters: DeclaredCharacter[] = [];
	const ignore: string[] = [];
	for (const property of root.children ?? []) {
		const [keyNode, valueNode] = property.children ?? [];
		const key = keyNode?.value;
		if (key === '$schema') {
			continue;
		}
		if (key === 'characters' && valueNode) {
			readCharacters(valueNode, characters, problems);
		} else if (key === 'ignore' && valueNode) {
			readNames(valueNode, 'ignore', ignore, problems);
		} else if (keyNode) {
			problems.push(problemAt(keyNode, `Unknown key "${String(key)}": the cast file knows "characters" and "ignore".`));
		}
	}
	const seen = new Map<string, string>();
	for (const character of characters) {
		for (const name of [character.name, ...character.aliases]) {
			const key = nameKey(name);
			const owner = seen.get(key);
			if (owner !== undefined && owner !== character.name) {
				const node = findNodeAtLocation(root, ['characters']);
				problems.push(problemAt(node ?? root, `"${name}" is given to both ${owner} and ${character.name}.`));
			}
			seen.set(key, character.name);
		}
	}
	return { overrides: problems.length > 0 ? undefined : { characters, ignore }, problems };
}

function readCharacters(node: Node, into: DeclaredCharacter[], problems: CastFileProblem[]): void {
	if (node.type !== 'array') {
		problems.push(problemAt(node, '"characters" is a list: [{ "name": "Karen", "aliases": ["Iowa"] }].'));
		return;
	}
	for (const entry of node.children ?? []) {
		if (entry.type !== 'object') {
			problems.push(problemAt(entry, 'Each character is an object: { "name": "Karen", "aliases": ["Iowa"] }.'));
			continue;
		}
		let name: string | undefined;
		const aliases: string[] = [];
		for (const property of entry.children ?? []) {
			const [keyNode, valueNode] = property.children ?? [];
			if (keyNode?.value === 'name' && valueNode) {
				if (valueNode.type === 'string' && String(valueNode.value).trim() !== '') {
					name = String(valueNode.value).trim();
				} else {
					problems.push(problemAt(valueNode, '"name" is the character\'s name, a non-empty string.'));
				}
			} else if (keyNode?.value === 'aliases' && valueNode) {
				readNames(valueNode, 'aliases', aliases, problems);
			} else if (keyNode) {
				problems.push(problemAt(keyNode, `Unknown key "${String(keyNode.value)}": a character has "name" and "aliases".`));
			}
		}
		if (name === undefined) {
			if (!problems.some(problem => problem.start >= entry.offset && problem.end <= entry.offset + entry.length)) {
				problems.push(problemAt(entry, 'This character has no "name".'));
			}
			continue;
		}
		into.push({ name, aliases });
	}
}

function readNames(node: Node, what: string, into: string[], problems: CastFileProblem[]): void {
	if (node.type !== 'array') {
		problems.push(problemAt(node, `"${what}" is a list of names: ["Iowa"].`));
		return;
	}
	for (const item of node.children ?? []) {
		if (item.type === 'string' && String(item.value).trim() !== '') {
			into.push(String(item.value).trim());
		} else {
			problems.push(problemAt(item, `Each entry of "${what}" is a name, a non-empty string.`));
		}
	}
}

function problemAt(node: Node, message: string): CastFileProblem {
	return { start: node.offset, end: node.offset + node.length, message };
}

function describeParseError(code: string): string {
	return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

// ---------------------------------------------------------------------------------------------------------
// Edits the cast commands make. Each takes the file's text (empty when there is none yet) and returns the new
// text, formatting and comments kept.

/** `alias` becomes one of `name`'s aliases; `name` is declared if it was not. */
export function withAlias(text: string, name: string, alias: string): string {
	return withCharacter(text, name, [alias]);
}

/** `name` (with `aliases`) is declared, adding to any declaration already there, and leaves the ignore list. */
export function withCharacter(text: string, name: string, aliases: readonly string[]): string {
	let current = ensureObject(text);
	const parsed = readLoosely(current);
	const index = parsed.characters.findIndex(character => nameKey(character.name) === nameKey(name));
	if (index < 0) {
		const entry = aliases.length > 0 ? { name, aliases: uniqueNames(aliases.filter(alias => nameKey(alias) !== nameKey(name))) } : { name };
		current = append(current, ['characters'], parsed.characters.length, entry);
	} else {
		const existing = parsed.characters[index];
		const merged = uniqueNames([...existing.aliases, ...aliases].filter(alias => nameKey(alias) !== nameKey(existing.name)));
		if (merged.length !== existing.aliases.length) {
			current = apply(current, ['characters', index, 'aliases'], merged);
		}
	}
	const names = new Set([name, ...aliases].map(nameKey));
	return withoutIgnored(current, names);
}

/** Everything `from` is called becomes an alias of `into`, and `from`'s own declaration goes. */
export function withMerge(text: string, from: DeclaredCharacter, into: DeclaredCharacter): string {
	let current = ensureObject(text);
	const parsed = readLoosely(current);
	const fromIndex = parsed.characters.findIndex(character => nameKey(character.name) === nameKey(from.name));
	if (fromIndex >= 0) {
		current = apply(current, ['characters', fromIndex], undefined);
	}
	const declaredInto = parsed.characters.find(character => nameKey(character.name) === nameKey(into.name));
	return withCharacter(current, into.name, [
		...(declaredInto ? [] : into.aliases),
		from.name,
		...from.aliases,
		...(fromIndex >= 0 ? parsed.characters[fromIndex].aliases : []),
	]);
}

/** `name` is never a character; any declaration of it as one goes. */
export function withIgnored(text: string, name: string): string {
	let current = ensureObject(text);
	const parsed = readLoosely(current);
	const index = parsed.characters.findIndex(character => nameKey(character.name) === nameKey(name));
	if (index >= 0) {
		current = apply(current, ['characters', index], undefined);
	}
	parsed.characters.forEach((character, characterIndex) => {
		const kept = character.aliases.filter(alias => nameKey(alias) !== nameKey(name));
		if (characterIndex !== index && kept.length !== character.aliases.length) {
			current = apply(current, ['characters', characterIndex - (index >= 0 && characterIndex > index ? 1 : 0), 'aliases'], kept);
		}
	});
	if (readLoosely(current).ignore.some(ignored => nameKey(ignored) === nameKey(name))) {
		return current;
	}
	return append(current, ['ignore'], readLoosely(current).ignore.length, name);
}

/** Every mention of `from` in the file (a name or an alias) now reads `to`. */
export function withRenamed(text: string, from: string, to: string): string {
	if (text.trim() === '') {
		return text;
	}
	let current = text;
	const parsed = readLoosely(current);
	parsed.characters.forEach((character, index) => {
		if (nameKey(character.name) === nameKey(from)) {
			current = apply(current, ['characters', index, 'name'], to);
		}
		const aliases = character.aliases.map(alias => (nameKey(alias) === nameKey(from) ? to : alias));
		if (aliases.some((alias, aliasIndex) => alias !== character.aliases[aliasIndex])) {
			current = apply(current, ['characters', index, 'aliases'], aliases);
		}
	});
	return current;
}

function withoutIgnored(text: string, names: ReadonlySet<string>): string {
	const ignore = readLoosely(text).ignore;
	const kept = ignore.filter(name => !names.has(nameKey(name)));
	return kept.length === ignore.length ? text : apply(text, ['ignore'], kept);
}

/** What the file declares, read past any problems, for edits to build on. */
function readLoosely(text: string): CastOverrides {
	const root = parseTree(text, [], { allowTrailingComma: true });
	const characters: DeclaredCharacter[] = [];
	const ignore: string[] = [];
	for (const entry of findNodeAtLocation(root ?? ({} as Node), ['characters'])?.children ?? []) {
		const name = findNodeAtLocation(entry, ['name'])?.value;
		const aliases = (findNodeAtLocation(entry, ['aliases'])?.children ?? [])
			.map(node => node.value)
			.filter((value): value is string => typeof value === 'string');
		characters.push({ name: typeof name === 'string' ? name : '', aliases });
	}
	for (const node of findNodeAtLocation(root ?? ({} as Node), ['ignore'])?.children ?? []) {
		if (typeof node.value === 'string') {
			ignore.push(node.value);
		}
	}
	return { characters, ignore };
}

function ensureObject(text: string): string {
	return text.trim() === '' ? '{\n  "characters": [],\n  "ignore": []\n}\n' : text;
}

function apply(text: string, path: (string | number)[], value: unknown): string {
	return applyEdits(text, modify(text, path, value, FORMAT));
}

/** Adds `value` at the end of the list at `path`, creating the list when the file has none. */
function append(text: string, path: string[], length: number, value: unknown): string {
	const root = parseTree(text);
	const list = root && findNodeAtLocation(root, path);
	if (!list || list.type !== 'array') {
		return apply(text, path, [value]);
	}
	return applyEdits(text, modify(text, [...path, length], value, { ...FORMAT, isArrayInsertion: true }));
}
