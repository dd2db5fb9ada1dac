// Decides what a paragraph's prose says about who speaks its quotes, turn by turn: a pronoun (`she said`)
// names nobody unless the paragraph's narration names exactly one person, but still marks a turn. What
// the turns add up to across paragraphs is turnTaking.ts's business.

import { QuoteSpan } from '../dialogue/types';
import { isDescription, mayBeOnePerson } from '../lexicon/speakerNames';
import { genderOfWords } from '../lexicon/genderWords';
import { INDEFINITES } from '../lexicon/pronouns';
import { ParagraphSpeakers, ParagraphTurn, SpeakerTie, TurnWindow, SpeakerCue } from './types';
import { narratedLength, narrationObjects, narrationSubject, nextSentence, MAX_NARRATION } from './narration';
import { isNameCharacter } from '../text/characters';
import { vocatives } from './vocatives';
import { selfName } from './selfNames';
import { quoteKinds } from './quoteKinds';
import { followsOnNextLine, longestLineOf, opensParagraph } from '../structure/lineLayout';
import { MIN_BEAT, narrationOnly, NO_SPEAKERS, trailingLeadIn } from './leadInSpeakers';
import { quoteCues } from './quoteCues';

/**
 * Reads what the prose of `paragraph` says about who speaks each of its quote spans. A paragraph is
 * one turn of speech, except in text that puts no blank line between paragraphs, where a quote
 * opening its own line starts the next turn.
 */
export function findSpeakers(paragraph: string, spans: readonly QuoteSpan[]): ParagraphSpeakers {
	if (spans.length === 0) {
		return NO_SPEAKERS;
	}
	const longestLine = spans.length > 1 && (paragraph.includes('\n') || paragraph.includes('\r')) ? longestLineOf(paragraph) : 0;
	const turns: ParagraphTurn[] = [];
	let quoteSpeakers: (string | undefined)[] | undefined;
	let first = 0;
	while (first < spans.length) {
		let end = first + 1;
		while (
			end < spans.length &&
			!(longestLine > 0 && (followsOnNextLine(paragraph, spans[end - 1].end, spans[end].start) || opensParagraph(paragraph, spans[end].start, longestLine)))
		) {
			end++;
		}
		const lineStart = first === 0 ? 0 : spans[first].start;
		const lineEnd = end < spans.length ? spans[end].start : paragraph.length;
		const cues = quoteCues({ paragraph, spans, first, end, regionStart: lineStart, regionEnd: lineEnd });
		// `"Well?" I asked. "No," he answered.`: a quote whose own cue is someone else's starts a turn of its own.
		let pieceStart = first;
		let pieceCue = cues[0];
		/** Where the narration a piece may read for its beat begins: `Bob frowned. "Go away."` after Ann's quote. */
		let pieceRegionStart = lineStart;
		for (let index = first + 1; index <= end; index++) {
			const cue = cues[index - first];
			const newSubject =
				index < end &&
				!(cue !== undefined && (pieceCue === undefined || !otherSpeaker(pieceCue, cue)) && cue.name !== undefined) &&
				someoneElseSteps(paragraph, spans, pieceStart, index, pieceRegionStart, pieceCue);
			if (index < end && !newSubject && !(cue !== undefined && pieceCue !== undefined && otherSpeaker(pieceCue, cue))) {
				pieceCue ??= cue;
				continue;
			}
			const nextRegionStart = newSubject ? spans[index - 1].end : index < end ? spans[index].start : lineEnd;
			const regionStart = pieceRegionStart;
			const regionEnd = newSubject ? spans[index - 1].end : index < end ? spans[index].start : lineEnd;
			const own = cues.slice(pieceStart - first, index - first);
			const turn = readTurn({ paragraph, spans, first: pieceStart, end: index, regionStart, regionEnd }, own);
			turns.push(turn);
			for (let quote = pieceStart; quote < index; quote++) {
				const name = own[quote - pieceStart]?.name;
				if (name !== undefined && name !== turn.speaker && !describesTheSpeaker(paragraph, spans[quote], name, turn.speaker)) {
					(quoteSpeakers ??= new Array(spans.length).fill(undefined))[quote] = name;
				}
			}
			pieceStart = index;
			pieceCue = cue;
			pieceRegionStart = nextRegionStart;
		}
		first = end;
	}
	const kinds = quoteKinds(paragraph, spans);
	const leadIn = trailingLeadIn(paragraph, spans);
	return quoteSpeakers || kinds || leadIn ? { turns, quoteSpeakers, kinds, leadIn } : { turns };
}

/**
 * `"I told you," replied Nancy, "that I was afraid. I do not know why," said the girl, "but…"`: a quote
 * that goes on with the sentence before it (it opens in lower case) is still the named speaker's, and
 * a description its own tag gives (`the girl`) is that speaker described, not someone else.
 */
function describesTheSpeaker(paragraph: string, span: QuoteSpan, name: string, speaker: string | undefined): boolean {
	if (speaker === undefined || !isDescription(name) || isDescription(speaker)) {
		return false;
	}
	let index = span.start;
	while (index < span.end && !isNameCharacter(paragraph.charCodeAt(index))) {
		index++;
	}
	const letter = paragraph[index] ?? '';
	return letter !== letter.toUpperCase();
}

/**
 * True when the narration just before quote `index` opens a sentence on a named person other than the one
 * the piece `[pieceStart, index)` is spoken by: `"Hi," said Ann. Bob frowned. "Go away."`. A piece known
 * only by a pronoun is left whole: `"Hi," he said. Bob laughed.` may well be the same man.
 */
function someoneElseSteps(
	paragraph: string,
	spans: readonly QuoteSpan[],
	pieceStart: number,
	index: number,
	pieceRegionStart: number,
	pieceCue: SpeakerCue | undefined,
): boolean {
	const gapStart = spans[index - 1].end;
	const gapEnd = spans[index].start;
	// Most quotes follow the last with a word or two (`she said, "…"`): no sentence of narration between them.
	if (gapEnd - gapStart < MIN_BEAT || gapEnd - gapStart > MAX_NARRATION || nextSentence(paragraph, gapStart, gapEnd) >= gapEnd) {
		return false;
	}
	// `"Hi." Bob frowned.` opens a sentence after the quote; `"Hi," said Ann. Bob frowned.` after its tag.
	const endsSentence = '.!?…'.includes(paragraph[gapStart - 2] ?? '') || '.!?…'.includes(paragraph[gapStart] ?? '');
	const stepping = narrationSubject(narrationOnly(paragraph, endsSentence ? gapStart : nextSentence(paragraph, gapStart, gapEnd), gapEnd), true)?.name;
	if (stepping === undefined) {
		return false;
	}
	const speaking =
		pieceCue !== undefined
			? pieceCue.name
			: narrationSubject({ paragraph, spans, first: pieceStart, end: pieceStart, regionStart: pieceRegionStart, regionEnd: spans[pieceStart].start })?.name;
	return speaking !== undefined && !mayBeOnePerson(stepping, speaking);
}

/**
 * True when two cues in one paragraph cannot be one speaker: `I` and `he`, `he` and `she`. A name and a
 * pronoun may well be one (`said Ann… she added`); two names are told apart by the quotes' own speakers.
 */
function otherSpeaker(a: SpeakerCue, b: SpeakerCue): boolean {
	if (a.pronoun === undefined || b.pronoun === undefined || a.pronoun === b.pronoun) {
		return false;
	}
	const person = (pronoun: string) => (pronoun === 'he' || pronoun === 'she' || pronoun === 'i' ? pronoun : undefined);
	return person(a.pronoun) !== undefined && person(b.pronoun) !== undefined;
}

/** One turn's reading: the window's quotes, with each quote's own cue. */
function readTurn(window: TurnWindow, own: readonly (SpeakerCue | undefined)[]): ParagraphTurn {
	const { paragraph, spans, first, end, regionStart, regionEnd } = window;
	let addressed = vocatives(window);
	const cueIndex = own.findIndex(candidate => candidate !== undefined);
	const cue = own[cueIndex];
	let speaker = cue?.name;
	let tie: SpeakerTie | undefined = speaker !== undefined ? 'verb' : undefined;
	// `"Pip," she said. "Everybody calls me Pip."`: the speaker's own name, and no one called out.
	const named = speaker === undefined ? selfName(window) : undefined;
	if (named !== undefined) {
		speaker = named;
		tie = 'verb';
		addressed = addressed.filter(name => !mayBeOnePerson(name, named));
	}
	const pronoun = cue?.name === undefined ? cue?.pronoun : undefined;
	let narrator = pronoun === 'i';
	let beatPronoun: 'he' | 'she' | undefined;
	let earlier: readonly string[] | undefined;
	if (speaker === undefined && (pronoun === undefined || pronoun === 'he' || pronoun === 'she' || pronoun === 'they')) {
		// `Terry stopped. "Look here," he said.`, or `Karen looked up. "Hi."`: the one person the narration
		// names; before the quote for a pronoun, which points back.
		const pointsBack = pronoun !== undefined ? first + cueIndex : end;
		const stretchEnd = pointsBack < end ? spans[pointsBack].start : regionEnd;
		// Narration too long to read whole (`He sat down. "Not yet." A long silence fell…`) still
		// says who acts just before the first quote.
		const subject =
			narrationSubject({ paragraph, spans, first, end: pointsBack, regionStart, regionEnd: stretchEnd }, pronoun !== undefined) ??
			(pointsBack > first &&
			spans[first].start - regionStart <= MAX_NARRATION &&
			narratedLength({ paragraph, spans, first, end: pointsBack, regionStart, regionEnd: stretchEnd }) > MAX_NARRATION
				? narrationSubject({ paragraph, spans, first, end: first, regionStart, regionEnd: spans[first].start }, true)
				: undefined);
		// `Mrs Pike laughed. "…," he said.`: a pronoun never means someone whose title says otherwise.
		const fits = (name: string) => !((pronoun === 'he' || pronoun === 'she') && genderOfWords(name) === (pronoun === 'he' ? 'she' : 'he'));
		const subjectName = subject?.name !== undefined && !fits(subject.name) ? subject.earlier?.find(fits) : subject?.name;
		if (subjectName !== undefined && !addressed.some(name => mayBeOnePerson(name, subjectName))) {
			// Unless the quote calls them out: `Pip sat down. "Have some tea, Pip," she said.`
			speaker = subjectName;
			// `Oak looked on. Threepence had a value. "Here," he said.`: the last of several subjects may be no one.
			tie = pronoun !== undefined && !subject!.contested ? 'pronoun' : 'beat';
			earlier = subject!.earlier;
		} else if (pronoun === undefined && subject?.pronoun === 'i') {
			// `I fixed him, too. "I see."`
			narrator = true;
		} else if (pronoun === undefined && (subject?.pronoun === 'he' || subject?.pronoun === 'she')) {
			// `He laughed. "You are acute."`: someone of that gender; the exchange must tell who.
			beatPronoun = subject.pronoun;
		}
	}
	const turnPronoun = pronoun === 'he' || pronoun === 'she' ? pronoun : beatPronoun;
	const turn: ParagraphTurn = {
		firstQuote: first,
		endQuote: end,
		speaker,
		tie: speaker !== undefined ? tie : undefined,
		narrator,
		pronoun: turnPronoun,
		stranger: pronoun !== undefined && INDEFINITES.has(pronoun),
		attributed: cue !== undefined,
		foreign: cue?.foreign,
		addressed: addressed.length > 0 ? addressed : undefined,
		objects: speaker === undefined && turnPronoun !== undefined ? narrationObjects(window) : undefined,
		earlier,
	};
	if (speaker === undefined && turnPronoun !== undefined && spans[first].start - regionStart >= MIN_BEAT) {
		return { ...turn, narratedBefore: true };
	}
	return turn;
}
