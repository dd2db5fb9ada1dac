// Reads the name mentions of every paragraph as the cast sees them: leading words that are not part of
// a name taken off (`Bloody Hell Ivy`, `Borodinó Napoleon`), each mention placed in its scene, and the
// mentions grouped by spelling into forms (`mr darcy`) that carry the evidence of all their sightings.

import { oneLine } from '../text/lines';
import { Block } from '../assembly/types';
import { StoryModel } from '../model';
import { MentionFlag } from '../structure/types';
import { honorificKey } from '../lexicon/honorifics';
import { isNeverAName } from '../lexicon/neverNames';
import { isPlaceHead } from '../lexicon/placeWords';
import { nameKey } from '../lexicon/nameSpellings';
import { foldWord, NameTagger, WordClass } from './nameTagger';
import { runSteps } from '../text/steps';
import { Steps } from '../text/types';
import { Form, Sighting } from './types';

interface NameWord {
	readonly text: string;
	readonly offset: number;
}

export function collectSightings(stories: readonly StoryModel[], tagger: NameTagger): Sighting[] {
	return runSteps(sightingSteps(stories, tagger));
}

/** Blocks read between two chances for the caller to take the thread back. */
const BLOCKS_PER_STEP = 2048;

/** collectSightings, yielding every few thousand paragraphs. */
export function* sightingSteps(stories: readonly StoryModel[], tagger: NameTagger): Steps<Sighting[]> {
	const runs: RunStatistics = { seenMidSentence: new Set(), alone: new Map() };
	let read = 0;
	// Each mention's run, in the order the second pass meets them: one lookup by spelling, not two.
	const runOfMention: RunCounts[] = [];
	// Indexed loops: a generator's for-of over the blocks makes an iterator result per block.
	for (const model of stories) {
		const blocks = model.blocks;
		for (let blockIndex = 0; blockIndex < blocks.length; blockIndex++) {
			const block = blocks[blockIndex];
			if (++read % BLOCKS_PER_STEP === 0) {
				yield;
			}
			if (isBody(model, block)) {
				const names = block.analysis.names;
				for (let index = 0; index < names.length; index++) {
					const mention = names[index];
					let run = runs.alone.get(mention.text);
					if (!run) {
						run = {
							text: mention.text,
							count: 0,
							placed: 0,
							midSentence: 0,
							words: splitName(mention.text),
							dropAtStart: -1,
							dropMidSentence: -1,
							nameAtStart: '',
							nameMidSentence: '',
						};
						runs.alone.set(mention.text, run);
					}
					runOfMention.push(run);
					run.count++;
					run.placed += mention.flags & (MentionFlag.AfterPlacePreposition | MentionFlag.AfterOf) ? 1 : 0;
					run.midSentence += mention.flags & (MentionFlag.SentenceStart | MentionFlag.AllCaps) ? 0 : 1;
				}
			}
		}
	}
	for (const run of runs.alone.values()) {
		if (run.midSentence > 0) {
			runs.seenMidSentence.add(run.words[0].text);
		}
	}
	const sightings: Sighting[] = [];
	let mentionIndex = 0;
	for (let story = 0; story < stories.length; story++) {
		const model = stories[story];
		let scene = 0;
		const blocks = model.blocks;
		for (let blockIndex = 0; blockIndex < blocks.length; blockIndex++) {
			const block = blocks[blockIndex];
			if (++read % BLOCKS_PER_STEP === 0) {
				yield;
			}
			if (!isBody(model, block)) {
				continue;
			}
			while (scene < model.scenes.length && model.scenes[scene].end < block.start) {
				scene++;
			}
			const sceneIndex = scene < model.scenes.length && model.scenes[scene].start <= block.start ? scene : -1;
			const names = block.analysis.names;
			for (let index = 0; index < names.length; index++) {
				const mention = names[index];
				const run = runOfMention[mentionIndex++];
				// Whether to drop leading words depends only on the spelling and whether it opens a sentence.
				const opensSentence = (mention.flags & MentionFlag.SentenceStart) !== 0;
				let drop = opensSentence ? run.dropAtStart : run.dropMidSentence;
				if (drop < 0) {
					drop = leadingWordsToDrop(run.text, run.words, opensSentence, runs, tagger);
					const name = drop === 0 ? run.text : run.text.slice(run.words[drop].offset);
					if (opensSentence) {
						run.dropAtStart = drop;
						run.nameAtStart = name;
					} else {
						run.dropMidSentence = drop;
						run.nameMidSentence = name;
					}
				}
				const offset = drop === 0 ? 0 : run.words[drop].offset;
				const flags = offset === 0 ? mention.flags : mention.flags & ~MentionFlag.SentenceStart;
				sightings.push({
					story,
					start: block.start + mention.start + offset,
					end: block.start + mention.end,
					// One string per spelling, not the mention's own copy: groupForms then finds its spelling by
					// the very key it stored, with no hashing and comparing of a fresh string per sighting.
					text: opensSentence ? run.nameAtStart : run.nameMidSentence,
					inDialogue: (flags & MentionFlag.InDialogue) !== 0,
					scene: sceneIndex,
					block,
					flags,
				});
			}
		}
	}
	return sightings;
}

/** Front matter and Gutenberg's licence hold no characters. */
export function isBody(model: StoryModel, block: Block): boolean {
	return block.start >= model.body.start && block.end <= model.body.end;
}

function splitName(text: string): NameWord[] {
	// Most names are one word.
	if (text.length > 0 && !/\s/.test(text)) {
		return [{ text, offset: 0 }];
	}
	const words: NameWord[] = [];
	const pattern = /\S+/g;
	let match: RegExpExecArray | null;
	while ((match = pattern.exec(text))) {
		words.push({ text: match[0], offset: match.index });
	}
	return words;
}

/** What the first pass over the mentions learned, for telling a name's first word from a stray one. */
interface RunStatistics {
	/** First words of runs seen away from a sentence start. */
	readonly seenMidSentence: Set<string>;
	/** Each run as written: how often it stands alone, after `in`, `at`, `of`…, away from a sentence start. */
	readonly alone: Map<string, RunCounts>;
}

interface RunCounts {
	/** The run as first written, the key it is kept under. */
	readonly text: string;
	count: number;
	placed: number;
	midSentence: number;
	readonly words: readonly NameWord[];
	/** Leading words to drop where the run opens a sentence, and elsewhere; -1 until worked out. */
	dropAtStart: number;
	dropMidSentence: number;
	/** The name left once those words are dropped; set with them. */
	nameAtStart: string;
	nameMidSentence: string;
}

/**
 * How many leading words of a run are not part of the name: `Bloody Hell Ivy` → 2, `Poor Ivy` → 1,
 * `Afterall Derek` at a sentence start → 1, `Borodinó Napoleon` → 1 (a place that met a name without a
 * comma). A run the lexicon knows whole (`New York`) or that ends like a place (`Harley Street`) keeps
 * every word, so it is judged, and dropped, as one.
 */
function leadingWordsToDrop(text: string, words: readonly NameWord[], opensSentence: boolean, runs: RunStatistics, tagger: NameTagger): number {
	if (words.length < 2 || isPlaceHead(words[words.length - 1].text)) {
		return 0;
	}
	const whole = tagger.classOf(words.map(word => word.text).join(' '));
	if (whole !== 'unknown' && whole !== 'noun' && whole !== 'word') {
		return 0;
	}
	let index = 0;
	while (index < words.length - 1) {
		const word = words[index].text;
		if (honorificKey(word) !== undefined) {
			break;
		}
		const wordClass = tagger.classOf(word);
		if (isNameClass(wordClass)) {
			break;
		}
		const stray = isNeverAName(word) || wordClass === 'noun' || wordClass === 'word' || wordClass === 'expression';
		// `Afterall Derek` when Derek stands alone elsewhere; `Orla Pellow` is a full name.
		const unprovenOpener = index === 0 && opensSentence && !runs.seenMidSentence.has(word) && runs.alone.has(text.slice(words[1].offset));
		if (!stray && !unprovenOpener && !(index === 0 && isPlaceBeforeName(text, words, runs))) {
			break;
		}
		index++;
	}
	return index;
}

/** The run's first word is a place on its own (after `in`, `of`, …) and the rest a name on its own. */
function isPlaceBeforeName(text: string, words: readonly NameWord[], runs: RunStatistics): boolean {
	const place = runs.alone.get(words[0].text);
	const rest = runs.alone.get(text.slice(words[1].offset));
	return place !== undefined && rest !== undefined && place.count >= 2 && rest.count >= 2 && place.placed / place.count >= 0.3;
}

function isNameClass(wordClass: WordClass): boolean {
	return wordClass === 'firstName' || wordClass === 'lastName' || wordClass === 'person' || wordClass === 'nameOrWord';
}

export function groupForms(sightings: readonly Sighting[]): Map<string, Form> {
	const forms = new Map<string, Form>();
	// One lookup per sighting: its spelling leads to its form and counts how often it is written so.
	const spellings = new Map<string, { form: Form; count: number }>();
	for (const sighting of sightings) {
		let spelling = spellings.get(sighting.text);
		if (!spelling) {
			const key = nameKey(sighting.text);
			let form = forms.get(key);
			if (!form) {
				form = newForm(key, sighting.text);
				forms.set(key, form);
			}
			spelling = { form, count: 0 };
			spellings.set(sighting.text, spelling);
		}
		const { form } = spelling;
		form.sightings.push(sighting);
		const flags = sighting.flags;
		if ((flags & (MentionFlag.SentenceStart | MentionFlag.AllCaps)) === 0) {
			form.midSentence++;
		}
		form.speech += flags & MentionFlag.SpeechVerb ? 1 : 0;
		form.speechAfterArticle += flags & MentionFlag.SpeechAfterArticle ? 1 : 0;
		form.vocative += flags & MentionFlag.Vocative ? 1 : 0;
		form.possessive += flags & MentionFlag.Possessive ? 1 : 0;
		form.personContext += flags & MentionFlag.PersonContext ? 1 : 0;
		form.introduced += flags & MentionFlag.Introduced ? 1 : 0;
		form.allCaps += flags & MentionFlag.AllCaps ? 1 : 0;
		form.determiner += flags & MentionFlag.AfterDeterminer ? 1 : 0;
		form.placePreposition += flags & MentionFlag.AfterPlacePreposition ? 1 : 0;
		form.afterOf += flags & MentionFlag.AfterOf ? 1 : 0;
		if ((flags & MentionFlag.AllCaps) === 0) {
			spelling.count++;
		}
	}
	// Each form is shown as it is most often written (in capitals only if never otherwise).
	const best = new Map<Form, number>();
	spellings.forEach(({ form, count }, text) => {
		if (count > (best.get(form) ?? 0)) {
			best.set(form, count);
			form.surface = oneLine(text);
		}
	});
	return forms;
}

function newForm(key: string, text: string): Form {
	const words = splitName(text).map(word => word.text);
	const honorific = words.length > 1 ? honorificKey(words[0]) : undefined;
	// `Captain Prince Andrew`: every leading title goes, the first one stays the form's honorific.
	let titles = honorific ? 1 : 0;
	while (titles < words.length - 1 && honorificKey(words[titles]) !== undefined) {
		titles++;
	}
	return {
		key,
		surface: oneLine(text),
		honorific,
		core: words.slice(titles).map(foldWord),
		sightings: [],
		midSentence: 0,
		speech: 0,
		speechAfterArticle: 0,
		vocative: 0,
		possessive: 0,
		personContext: 0,
		introduced: 0,
		allCaps: 0,
		determiner: 0,
		placePreposition: 0,
		afterOf: 0,
	};
}
