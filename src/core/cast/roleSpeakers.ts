// Characters the book knows only by a role (`said the doctor`, `the Queen shouted`): speakers no character
// of the cast takes, who speak often enough to be someone; or, when one named character bears the role as a
// title (`Doctor Losberne`), that character's lines.
// Read off the line counts the cast already makes: no prose is scanned for them.

import { Form } from './types';
import { roleOf } from '../lexicon/roleWords';
import { TITLE_SPELLINGS } from '../lexicon/honorifics';
import { bare } from '../lexicon/speakerNames';
import { nameKey } from '../lexicon/nameSpellings';

/**
 * Fewest lines that make a listed role a character. On the six PDNC novels the listed roles that are real
 * characters speak 3 lines or more (the landlord, the magistrate); at 2 a novel gains walk-ons with one
 * exchange a writer would not list.
 */
export const ROLE_LINES = 3;

/**
 * Fewest lines for a role whose noun only ends like a trade: an open class, so more lines must show it is
 * someone. The dev texts' walk-ons of that kind speak 3 to 5 lines (a waggoner, a saloon-keeper), the
 * characters 10 or more (Wind in the Willows' barge-woman and engine-driver).
 */
export const ROLE_LINES_UNLISTED = 6;

export interface RoleDraft {
	readonly name: string;
	readonly forms: Form[];
	readonly lines: number;
	/** The cast character who alone bears the role as a title (`Doctor Losberne` for `the doctor`), if one does. */
	readonly bearer?: number;
}

/**
 * The role characters among `unclaimed` (each speaker no character takes, with its lines), given the names
 * and aliases of the cast's characters, and `forms`, the capitalised runs the prose has: `King` appears
 * where the prose names him, `the doctor` (lower case, no name run) nowhere. A role that one character of
 * the cast bears as a title is that character (`the doctor` of a book whose one doctor is `Doctor
 * Losberne`); a role several bear is none of them for sure, and no one new either.
 */
export function roleCharacters(
	unclaimed: ReadonlyMap<string, number>,
	castNames: readonly (readonly string[])[],
	forms: ReadonlyMap<string, Form>,
): RoleDraft[] {
	const byKey = new Map<string, { name: string; lines: number; most: number; listed: boolean }>();
	for (const [speaker, lines] of unclaimed) {
		const role = roleOf(speaker);
		if (role === undefined) {
			continue;
		}
		// `the doctor` and `the Doctor` are one role, named as the book most often writes it.
		const key = nameKey(role.name);
		const entry = byKey.get(key);
		if (!entry) {
			byKey.set(key, { name: role.name, lines, most: lines, listed: role.listed });
		} else {
			entry.lines += lines;
			if (lines > entry.most) {
				entry.name = role.name;
				entry.most = lines;
			}
		}
	}
	const drafts: RoleDraft[] = [];
	let bearers: Map<string, number[]> | undefined;
	for (const [key, { name, lines, listed }] of byKey) {
		if (lines < (listed ? ROLE_LINES : ROLE_LINES_UNLISTED)) {
			continue;
		}
		bearers ??= titleBearers(castNames);
		const noun = key.split(' ').pop()!;
		const bearing = new Set((TITLE_SPELLINGS[noun] ?? [noun]).flatMap(spelling => bearers!.get(spelling) ?? []));
		if (bearing.size > 1) {
			continue;
		}
		const form = forms.get(key);
		drafts.push({ name, forms: form ? [form] : [], lines, bearer: bearing.size === 1 ? [...bearing][0] : undefined });
	}
	return drafts;
}

/** Who bears each first word of the cast's names and aliases, bare: `doctor` for `Doctor Manette`, `dr` for `Dr. Archie`. */
function titleBearers(castNames: readonly (readonly string[])[]): Map<string, number[]> {
	const bearers = new Map<string, number[]>();
	castNames.forEach((names, character) => {
		for (const name of names) {
			if (!name.includes(' ')) {
				continue;
			}
			const first = bare(name.slice(0, name.indexOf(' ')));
			const list = bearers.get(first);
			if (!list) {
				bearers.set(first, [character]);
			} else if (!list.includes(character)) {
				list.push(character);
			}
		}
	});
	return bearers;
}
