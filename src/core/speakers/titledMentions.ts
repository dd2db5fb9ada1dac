// The people a story names with a title that a description also uses (`Doctor Losberne`, `Captain Hale`),
// wherever it names them, speech included: a book's `the doctor` is its one doctor by name even when
// he speaks as `Mr. Losberne` and the title is heard only once, in someone's line.
// The assembly notes each such name among the turns' mentions, marked so that the turn-taking, which
// reads the mentions as people the narration shows, passes over it as it passes over a gender vote.

import { GENDER_VOTE } from './narrationGender';
import { TITLE_SPELLINGS } from '../lexicon/honorifics';
import { bare, isDescription, samePerson } from '../lexicon/speakerNames';
import { NARRATOR } from './narrator';
import { TurnSequence } from './types';

/** The mark after GENDER_VOTE that makes a mention a titled name, not a vote. */
const TITLED = 't';

/**
 * The title nouns of a trade or a rank a description uses (`the doctor`, `the captain`), whose holder often
 * speaks under another title (`Mr. Losberne`). Not the nobility's (`the prince`, `the count`): a novel with
 * many of them names thousands, and one who is the only one speaks under the title already.
 */
const RANK_NOUNS = ['doctor', 'captain', 'colonel', 'major', 'general', 'professor', 'parson', 'judge', 'squire'];

/** `Doctor Losberne`, `Dr. Archie`, `Captain Hale`: a name that those titles open. */
const TITLED_NAME = new RegExp(
	`^(?:${RANK_NOUNS.flatMap(noun => TITLE_SPELLINGS[noun])
		.map(spelling => spelling[0].toUpperCase() + spelling.slice(1))
		.join('|')})\\.? \\S`,
);

/** The mention to note for the name run `name` when a title noun opens it (`Doctor Losberne`), else undefined. */
export function titledMention(name: string): string | undefined {
	// A novel's dialogue names tens of thousands: one compiled pattern looks at them fastest.
	return TITLED_NAME.test(name) ? `${GENDER_VOTE}${TITLED}${name}` : undefined;
}

/** A titled name (`Doctor Losberne`) and the turn it was named before or in (the turns' count when after the last). */
export interface TitledName {
	readonly name: string;
	readonly turn: number;
}

/** The titled names among `turns`' mentions, in order, each with its turn. */
export function titledNames(turns: TurnSequence): TitledName[] {
	const names: TitledName[] = [];
	let turn = 0;
	turns.mentioned.forEach((mention, index) => {
		if (mention[0] === GENDER_VOTE && mention[1] === TITLED) {
			while (turn < turns.length && turns.mentionedEnd[turn] <= index) {
				turn++;
			}
			names.push({ name: mention.slice(2), turn });
		}
	});
	return names;
}

/** The speaker a titled description stands for, and the turns where the story shows that person (named or speaking). */
export interface TitleBearer {
	readonly speaker: string;
	readonly shown: readonly number[];
}

/**
 * How many turns from where the story shows the titled person a description still stands for them: a novel
 * may have other doctors, far from this one's chapters. As far as a description tie reaches (descriptionTies.ts).
 */
const BEARER_REACH = 100;

/**
 * The speaker that the one person the story names with `noun`'s title speaks as: `Mr. Losberne` for `the
 * doctor` in a story that names `Doctor Losberne` and no other doctor, where the speakers of that surname
 * are all one man. Undefined when two people bear the title, or no speaker, or two, has that surname.
 */
export function speakerBearingTitle(noun: string, titled: readonly TitledName[], speakers: readonly (string | undefined)[]): TitleBearer | undefined {
	const spellings = TITLE_SPELLINGS[noun];
	const surnames = new Set<string>();
	const shown: number[] = [];
	for (const { name, turn } of titled) {
		const words = name.split(' ');
		if (spellings.includes(bare(words[0]))) {
			surnames.add(words[words.length - 1]);
			shown.push(turn);
		}
	}
	if (surnames.size !== 1) {
		return undefined;
	}
	const [surname] = surnames;
	const bearers = new Set<string>();
	speakers.forEach((speaker, turn) => {
		if (speaker !== undefined && speaker !== NARRATOR && !isDescription(speaker) && (speaker === surname || speaker.endsWith(` ${surname}`))) {
			bearers.add(speaker);
			shown.push(turn);
		}
	});
	const longest = [...bearers].reduce<string | undefined>((best, name) => (best === undefined || name.length > best.length ? name : best), undefined);
	if (longest === undefined || ![...bearers].every(name => name === longest || samePerson(longest, name))) {
		return undefined;
	}
	return { speaker: longest, shown: shown.sort((a, b) => a - b) };
}

/**
 * Whether a description at `turn` stands for the titled person shown at `shown` (in order): not before the
 * story first shows them (a doctor heard before that is anyone's), nor far from where it does.
 */
export function bearerNear(shown: readonly number[], turn: number): boolean {
	if (shown.length === 0 || turn < shown[0]) {
		return false;
	}
	let low = 0;
	let high = shown.length - 1;
	while (low < high) {
		const middle = (low + high + 1) >> 1;
		if (shown[middle] <= turn) {
			low = middle;
		} else {
			high = middle - 1;
		}
	}
	const after = low + 1 < shown.length ? shown[low + 1] : Infinity;
	return turn - shown[low] <= BEARER_REACH || after - turn <= BEARER_REACH;
}
