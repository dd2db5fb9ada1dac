// The people a paragraph's narration names, as the dialogue pass notes them for the turn-taking: whom an
// untagged reply may be given, who acts as a sentence's subject, and what a name's own sentence says of
// their sex. Places, things and speech itself are left out.

import { Block } from './types';
import { MentionFlag } from '../structure/types';
import { genderVote } from '../speakers/narrationGender';
import { opensClause, pronounAfter } from '../structure/pronounAfterName';
import { titledMention } from '../speakers/titledMentions';
import { actsAsSubject, joinedByAnd, PAIR_MARK, SUBJECT_MARK } from '../speakers/narratedSubjects';
import { mayBeName } from '../lexicon/speakerNames';
import { honorificKey } from '../lexicon/honorifics';
import { isTimeOfYear } from '../lexicon/neverNames';
import { endsInPlaceHead } from '../lexicon/placeWords';

/** Where the notes go: the turns' mentions, in reading order. */
export interface Mentions {
	push(name: string): void;
}

/** Mentions that are places or things, or speech itself, rather than someone present in the narration. */
const NOT_PEOPLE = MentionFlag.InDialogue | MentionFlag.AfterPlacePreposition | MentionFlag.AfterOf | MentionFlag.AfterDeterminer;

/**
 * Notes the people a paragraph with speech names in its narration (`she wanted Mr. Darcy to account for it`:
 * the one she talks to, whom an untagged reply may be given), and the names it gives with a title (`when
 * Doctor Losberne came in`): see titledMentions.ts.
 */
export function noteTitled(block: Block, mentioned: Mentions): void {
	for (const name of block.analysis.names) {
		// A sentence's opening word is the turn's own subject, counted there, or no one (`Rehearsal ended.`).
		if ((name.flags & (NOT_PEOPLE | MentionFlag.SentenceStart)) === 0) {
			mentioned.push(name.text);
		}
		const titled = titledMention(name.text);
		if (titled !== undefined) {
			mentioned.push(titled);
		}
	}
}

/**
 * Notes the people a paragraph's narration names, leaving out places (`in London`, `the battle of Borodinó`),
 * and what each name's own sentence says of their sex (`Mara sat… her knees`).
 */
export function mentionNarrated(block: Block, except: string | undefined, mentioned: Mentions): void {
	const { names, text } = block.analysis;
	// `Pell and Bram sat on.`: two people, so no one a `he` after it points to; each is marked as a pair's.
	let pair = false;
	for (let index = 0; index < names.length; index++) {
		const name = names[index];
		if ((name.flags & NOT_PEOPLE) !== 0 || !mayBePresent(name.text, (name.flags & MentionFlag.SentenceStart) !== 0)) {
			pair = false;
			continue;
		}
		const second: boolean = pair;
		pair = !second && index + 1 < names.length && joinedByAnd(text, name.end, names[index + 1].start) && actsAsSubject(text, name.start, name.flags);
		if (name.text !== except) {
			mentioned.push(name.text);
			if (pair || second) {
				mentioned.push(PAIR_MARK);
			} else if (actsAsSubject(text, name.start, name.flags)) {
				mentioned.push(SUBJECT_MARK);
			}
		}
		const titled = titledMention(name.text);
		if (titled !== undefined) {
			mentioned.push(titled);
		}
		// Whether the name opens its clause is asked only of the few a pronoun follows.
		const gender = pronounAfter(text, name.end, index + 1 < names.length ? names[index + 1].start : text.length);
		if (gender !== undefined && opensClause(text, name.start)) {
			mentioned.push(genderVote(name.text, gender));
		}
	}
}

/**
 * Whether a capitalised run may be someone present. Not when its first word is a month, a weekday or a feast
 * (`when September came she was…`), nor when a place's head word ends it (`Toad Hall was large`); nor,
 * opening its sentence, when that word is an adverb or a participle (`Hardly had Prince Andrew gone…`,
 * `Agitated, she ran out`), a number or an opener, which a book may open a dozen sentences on and a `he
 * said` after it would otherwise take for someone.
 */
function mayBePresent(text: string, opensSentence: boolean): boolean {
	const space = text.search(/\s/);
	const first = space < 0 ? text : text.slice(0, space);
	if (isTimeOfYear(first) || (space > 0 && endsInPlaceHead(text))) {
		return false;
	}
	// A title opens a name (`Mrs. Lynde`, `Sir William`), though alone it names no one; a shortened one never
	// stands for someone on its own (`his compliments to Mr. and Mrs. Gardiner`).
	if (space < 0 && text.endsWith('.') && honorificKey(text) !== undefined) {
		return false;
	}
	return !opensSentence || mayBeName(first) || (space > 0 && honorificKey(first) !== undefined);
}
