// Decides who speaks the turns the prose leaves unattributed, across a document's paragraphs: in a
// two-person exchange turns alternate, a `she said` goes to the one who is a she, and a pronoun with no
// exchange to go by goes to the person the story showed last. Runs on every edit: one walk, small state.

import { GENDER_VOTE } from './narrationGender';
import { bare, isDescription, isGroup, samePerson } from '../lexicon/speakerNames';
import { SPEAKER_TITLES } from '../lexicon/honorifics';
import { Gender } from '../lexicon/types';
import { ParagraphTurn, TurnSequence, TurnTaking } from './types';
import { ITEMS_PER_CHECK, NEVER_YIELD, runSteps } from '../text/steps';
import { ShouldYield, Steps } from '../text/types';
import { NARRATOR, narratorName, NARRATOR_SPEAKER } from './narrator';
import { isFunctionWord } from '../lexicon/functionWords';
import { oneSpellingEach } from './spellings';
import { titledNames } from './titledMentions';
import { personNames } from './personNames';
import { fitPronouns } from './pronounFits';
import { DescriptionTies } from './descriptionTies';
import { KinNames, kinWord } from './kinTies';
import { CalledAnswers } from './calledAnswers';
import { unattributedSpeaker } from './unattributedTurns';
import { besidesPair, isMark, namePronounTurns } from './narratedSubjects';
import { callsOut } from './addressedReplies';
import { sameTurns } from './turnChanges';
import { attributionLanguage, foreignTagsOnly } from './attributionShare';
import { oneLine } from '../text/lines';

/** The speakers of `turns`, worked out again only when some turn differs from `previous`'s. */
export function takeTurns(turns: TurnSequence, previous?: TurnTaking): TurnTaking {
	return runSteps(takeTurnsInSteps(turns, previous, NEVER_YIELD));
}

/** takeTurns a slice at a time, yielding whenever `shouldYield` says stop: a big file's turns are hundreds of thousands. */
export function* takeTurnsInSteps(turns: TurnSequence, previous: TurnTaking | undefined, shouldYield: ShouldYield): Steps<TurnTaking> {
	if (previous && sameTurns(turns, previous.turns)) {
		return { turns, speakers: previous.speakers };
	}
	return { turns, speakers: yield* speakerSteps(turns, shouldYield) };
}

/** How many turns back a pronoun no one else fits may reach for the last of its sex heard speaking. */
const HEARD_TURNS = 6;

/** How many people back a pronoun may reach. */
const SALIENT_PEOPLE = 3;

/**
 * The speaker of each turn, or undefined. A turn the prose attributes keeps its speaker. Within an
 * exchange, turns alternate between two people, so a turn the prose leaves unattributed goes to
 * whoever the prose names two turns before or after it. Where the names stop alternating (a third
 * voice, a speaker who goes on in a new paragraph) the alternation starts over from that turn. A
 * description (`the old man`) stands in for a person until the exchange names them.
 */
export function assignSpeakers(turns: TurnSequence): (string | undefined)[] {
	return runSteps(speakerSteps(turns, NEVER_YIELD));
}

/** assignSpeakers a slice at a time. */
function* speakerSteps(all: TurnSequence, shouldYield: ShouldYield): Steps<(string | undefined)[]> {
	const language = attributionLanguage(all);
	if (language === 'none') {
		return new Array(all.length).fill(undefined);
	}
	const turns = language === 'foreign' ? foreignTagsOnly(all) : all;
	yield;
	const spoken = turns.readings.map((reading, index) => reading.speaker ?? (reading.narrator ? NARRATOR : turns.precedingSubjects[index]));
	yield;
	const { spellings: spelled, spellingOf } = yield* oneSpellingEach(spoken, shouldYield, turns.precedingSubjects, titledNames(turns), turns.mentioned);
	const { speaking, isPerson, named } = yield* personNames(turns, spelled, spellingOf);
	yield;
	const { narrated, genders, toldGenderOf, genderOf } = yield* fitPronouns(turns, named, spellingOf, isPerson);
	// `Mrs. Pell came to the door. She was tall. / "Come in," she said.`: the one the narration was about, or
	// the one the line before called out; a weaker tie than a speech verb's, like a beat's.
	yield;
	const { fromNarration, pairs } = namePronounTurns(turns, named, spellingOf, genderOf, isPerson);
	yield;
	/**
	 * The last person the narration since the turn before gave the turn's pronoun (`Bea grew restless with
	 * her callers.`), when no one heard speaking fits: someone the story shows, though not yet heard.
	 */
	const votedSince = (index: number, pronoun: Gender, fits: (name: string) => boolean): string | undefined => {
		const mark = pronoun === 'he' ? 'h' : 's';
		for (let mention = turns.mentionedEnd[index] - 1; mention >= (index > 0 ? turns.mentionedEnd[index - 1] : 0); mention--) {
			const mentioned = turns.mentioned[mention];
			if (mentioned[0] === GENDER_VOTE && mentioned[1] === mark) {
				const name = spellingOf(mentioned.slice(2));
				if (name !== undefined && isPerson(name) && genderOf(name) === pronoun && fits(name)) {
					return name;
				}
			}
		}
		return undefined;
	};
	const speakers: (string | undefined)[] = new Array(turns.length).fill(undefined);
	/**
	 * The last one of the turn's pronoun heard speaking a few turns back, unless the turn speaks to them. Not a
	 * role (`the waggoner`): lines only a pronoun gives would make a passer-by one of the cast.
	 */
	const lastHeard = (index: number, reading: ParagraphTurn): string | undefined => {
		for (let back = index - 1; back >= 0 && back >= index - HEARD_TURNS && !turns.startsExchange[back + 1]; back--) {
			const speaker = speakers[back];
			if (speaker !== undefined && speaker !== NARRATOR && !isDescription(speaker) && genderOf(speaker) === reading.pronoun) {
				const spokenTo = (called: string) => called === speaker || (called.length < speaker.length ? samePerson(speaker, called) : samePerson(called, speaker));
				return reading.addressed?.some(spokenTo) || reading.objects?.some(spokenTo) ? undefined : speaker;
			}
		}
		return undefined;
	};
	/**
	 * Whoever spoke one or two turns before, in the same exchange, that the turn neither calls out nor gives
	 * a pronoun of the other sex: the one a line calling out its first choice goes to instead, if anyone.
	 */
	const speakerBefore = (index: number, reading: ParagraphTurn): string | undefined => {
		for (let back = index - 1; back >= 0 && back >= index - 2 && !turns.startsExchange[back + 1]; back--) {
			const before = speakers[back];
			if (
				before !== undefined &&
				before !== NARRATOR &&
				!callsOut(reading, before) &&
				(reading.pronoun === undefined || genderOf(before) !== (reading.pronoun === 'he' ? 'she' : 'he'))
			) {
				return before;
			}
		}
		return undefined;
	};
	const recent: string[] = [];
	const see = (name: string | undefined) => {
		if (name === undefined || name === NARRATOR || recent[0] === name || isDescription(name)) {
			return;
		}
		const at = recent.indexOf(name);
		recent.splice(at < 0 ? SALIENT_PEOPLE - 1 : at, 1);
		recent.unshift(name);
	};
	/**
	 * The one speaker heard elsewhere that a full name the narration gives names more fully: `Mara Quill`
	 * climbed the stairs, and the story hears `Mara` speak.
	 */
	const speakerNamed = (name: string): string | undefined => {
		const words = name.split(' ');
		if (words.length < 2) {
			return undefined;
		}
		const first = words[SPEAKER_TITLES.has(bare(words[0])) ? 1 : 0];
		const found = [first, words[words.length - 1]].filter(short => short !== name && speaking.has(short) && samePerson(name, short));
		return found.length === 1 || (found.length === 2 && found[0] === found[1]) ? found[0] : undefined;
	};
	let runStart = 0;
	let participants: (string | undefined)[] = [undefined, undefined];
	const descriptions = new DescriptionTies(genders, narrated);
	const resolve = (name: string | undefined) => descriptions.resolve(name);
	/** Puts `name` in a participant's place, learning what a description there stood for. */
	const place = (slot: number, name: string, turn: number) => {
		descriptions.replace(participants[slot], name, turn);
		participants[slot] = name;
	};

	/** Who a speech verb gives each turn to, from `start` to the next exchange. */
	const verbTaggedUntilNextExchange = (start: number): (string | undefined)[] => {
		const tagged: (string | undefined)[] = [];
		for (let index = start; index < turns.length && (index === start || !turns.startsExchange[index]); index++) {
			tagged.push(turns.readings[index].tie === 'verb' ? named[index] : undefined);
		}
		return tagged;
	};
	const kinNames = new KinNames(turns, spelled, spellingOf);
	const calledAnswers = new CalledAnswers(speaking);
	yield;

	const fill = (end: number) => {
		// 1 once an unattributed turn's own words (`she said`, a name called out) gave it to the other of the
		// two: the alternation slipped there (someone spoke twice), so the turns after it alternate from it,
		// up to the next turn a name settles, rather than going on one place off.
		let slip = 0;
		for (let index = runStart; index < end; index++) {
			const reading = turns.readings[index];
			if (turns.startsExchange[index]) {
				recent.length = 0;
			}
			for (let mention = index > 0 ? turns.mentionedEnd[index - 1] : 0; mention < turns.mentionedEnd[index]; mention++) {
				const mentioned = turns.mentioned[mention];
				if (!isMark(mentioned)) {
					see(isPerson(mentioned) ? mentioned : speakerNamed(mentioned));
				}
			}
			let speaker = resolve(named[index]);
			if (speaker !== undefined) {
				slip = 0;
			}
			if (speaker === undefined && !reading.stranger) {
				const parity = (index - runStart + slip) % 2;
				speaker = unattributedSpeaker(reading, participants[parity], participants[1 - parity], {
					recent,
					speaking,
					genderOf,
					toldGenderOf,
					lastVoted: (pronoun, fits) => votedSince(index, pronoun, fits),
				});
				if (speaker === undefined && reading.pronoun !== undefined) {
					speaker = lastHeard(index, reading);
				}
				if (speaker !== undefined && speaker === participants[1 - parity] && participants[parity] !== undefined && speaker !== participants[parity]) {
					slip = 1 - slip;
				}
			}
			speakers[index] = speaker;
			see(named[index]);
		}
	};
	const restart = (index: number, first: string | undefined, second: string | undefined) => {
		fill(index);
		runStart = index;
		participants = [first, second !== first ? second : undefined];
	};

	for (let index = 0; index < turns.length; index++) {
		const startsExchange = turns.startsExchange[index];
		if ((index & (ITEMS_PER_CHECK - 1)) === ITEMS_PER_CHECK - 1 && shouldYield()) {
			yield;
		}
		if (startsExchange && index > runStart) {
			restart(index, undefined, undefined);
		}
		if (startsExchange || index === 0) {
			// `the man` is someone else in the next exchange.
			descriptions.startExchange(verbTaggedUntilNextExchange(index));
		}
		if (turns.readings[index].tie === 'verb' && named[index] !== undefined && isDescription(named[index]!)) {
			descriptions.speaks(named[index]!);
		}
		if (turns.readings[index].stranger || (named[index] !== undefined && isGroup(named[index]!))) {
			// `somebody said`, `cried the ladies`: a voice from outside breaks the alternation.
			restart(index, undefined, undefined);
			restart(index + 1, undefined, undefined);
			continue;
		}
		const reading = turns.readings[index];
		if (named[index] === undefined && reading.continues && index > 0 && !startsExchange) {
			// `He broke off. / "…," he asked.`: the last speaker goes on, if the story knows them for a he.
			const last = resolve(named[index - 1]);
			if (
				last !== undefined &&
				last !== NARRATOR &&
				genderOf(last) === reading.pronoun &&
				!reading.objects?.some(object => object === last || samePerson(last, object))
			) {
				named[index] = last;
			}
		}
		const pair = pairs[index];
		if (named[index] === undefined && pair !== undefined && index > 0) {
			// (Past an exchange's start, the turns before it are filled in already.)
			named[index] = besidesPair(pair, startsExchange ? speakers[index - 1] : resolve(named[index - 1]), reading, genderOf);
		}
		if (named[index] !== undefined && kinWord(named[index]!) !== undefined) {
			// `"…," said Mr. Bennet. / "…," said his wife.`: Mrs. Bennet, when the story has her speaking.
			const kin = kinNames.kinAt(index, named, resolve, genderOf, name => speaking.has(name));
			if (kin !== undefined) {
				descriptions.replace(named[index], kin, index);
				named[index] = kin;
			}
		}
		const answering = index > 0 && !startsExchange ? calledAnswers.answererOf(turns, index, named, participants, resolve, spellingOf) : undefined;
		if (answering !== undefined) {
			// `"…, Small," said the detective. / "Justice!" snarled the ex-convict.`
			descriptions.replace(named[index], answering, index);
		}
		const name = resolve(named[index]);
		if (name !== undefined) {
			const parity = (index - runStart) % 2;
			const mine = participants[parity];
			const other = participants[1 - parity];
			if (mine === name) {
				// Consistent with the alternation so far.
			} else if (
				(mine === undefined ||
					(isDescription(mine) &&
						mine !== NARRATOR &&
						!isDescription(name) &&
						!(descriptions.spokeHere(mine) && (turns.readings[index].tie === 'beat' || fromNarration[index] === true)))) &&
				other !== name
			) {
				// A name takes the place of the description that stood in for it: `said the girl`, then `said Ann`.
				// Not a name from a mere beat (`Bram stopped short.`) in place of one a speech verb tied to its
				// line (`said the pedlar`): the beat is more likely the other's reaction than the description's name.
				place(parity, name, index);
			} else {
				// The names stop alternating: a new run starts here, with whoever spoke just before.
				restart(index, name, index > 0 && !startsExchange ? resolve(named[index - 1]) : undefined);
			}
		}
		// `"My dear Rose," I answered`: the one called out is the other of the two.
		const called = turns.readings[index].addressed?.find(isPerson);
		const addressed = called ?? turns.readings[index].objects?.find(isPerson);
		const otherSlot = 1 - ((index - runStart) % 2);
		const current = participants[otherSlot];
		// A name called out stands for the description in the other place (`"Rose, be fair"` to `my brother's
		// wife`); one the narration only turns to (`he said to Bram`) fills an empty place but names no one.
		if (
			addressed !== undefined &&
			addressed !== participants[1 - otherSlot] &&
			(current === undefined || (called !== undefined && isDescription(current) && current !== NARRATOR))
		) {
			place(otherSlot, addressed, index);
		}
	}
	// (A run of turns is filled in one go: its participants are settled only where it ends.)
	fill(turns.length);
	yield;
	// `Tom stood by the door. / "Come, Tom," said he.`: a line the turns gave to someone it calls out by name
	// speaks to them. Only the prose's own tag (`"Tobias, Tobias," said Tobias to himself`) is trusted there.
	for (let index = 0; index < turns.length; index++) {
		if ((index & (ITEMS_PER_CHECK - 1)) === ITEMS_PER_CHECK - 1 && shouldYield()) {
			yield;
		}
		const speaker = speakers[index];
		const reading = turns.readings[index];
		if (speaker !== undefined && speaker !== NARRATOR && reading.speaker === undefined && callsOut(reading, speaker)) {
			speakers[index] = speakerBefore(index, reading);
		}
	}
	yield;
	descriptions.nameAll(speakers, name => genderOf(name) ?? narrated.get(name));
	// The others call the narrator by name in every language (`«Monsieur Varenne, la barque est prête»`): the
	// name is read from all the turns' names called out, not only the turns a French tag ties; and in a story
	// read from those tags, that language's words opening a line (`Bien,`, `Alors,`) are no one called out.
	const mayBeCalled = language === 'foreign' ? (name: string) => !isFunctionWord(name) : () => true;
	const narrator = narratorName(all, speakers, speaking, mayBeCalled) ?? NARRATOR_SPEAKER;
	// A name the narration wraps across a line (`Prince\r\nVasíli`) is the one the tags give on one.
	return speakers.map(speaker => (speaker === NARRATOR ? narrator : speaker === undefined ? undefined : oneLine(speaker)));
}
