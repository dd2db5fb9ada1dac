// Decides who the characters of one or more stories are, from the name mentions each paragraph's analysis
// already holds: which capitalised runs are people (weighing speech verbs, possessives, vocatives, the
// capital's position, lower-case use, the lexicon and, for the doubtful few, compromise's tags), which
// spellings are one person (`Karen Cartwright` ⊃ `Karen`, `Mr. Darcy` ⊃ `Darcy`, never `Mr.` ⊃ `Mrs. Bennet`),
// and where each appears. A cheap pass over cached paragraph results: no prose is scanned again here.

import { CastOverrides, NO_OVERRIDES } from './castFile';
import { Block, StoryModel } from './model';
import { MentionFlag, NameMention } from './nameMentions';
import { honorificGender, honorificGroup, honorificKey, honorificsAgree, isNameParticle, isNeverAName, isPlaceHead, isPlaceOpener, isRomanNumeral, nameKey } from './names';
import { foldWord, NameTag, NameTagger, WordClass } from './nameTagger';
import { TextRange } from './range';
import { CharacterAppearance as SceneAppearance } from './sceneCast';

/** One mention of a character: where it is and how it is written there. */
export interface Appearance extends TextRange {
	/** Index of its story in the list the cast was found in. */
	readonly story: number;
	/** The name as written, without a possessive ending: `Karen Cartwright`, `Mr. Darcy`. */
	readonly text: string;
	readonly inDialogue: boolean;
	/** Index into its story's scenes, or -1 outside every scene. */
	readonly scene: number;
}

export interface ScenePresence {
	readonly story: number;
	readonly scene: number;
	readonly mentions: number;
}

export interface Character {
	readonly name: string;
	/** The other names the prose (or the cast file) uses for them. */
	readonly aliases: readonly string[];
	readonly mentions: number;
	/** Dialogue spans they speak. */
	readonly lines: number;
	/** In reading order: by story, then offset. */
	readonly appearances: readonly Appearance[];
	readonly scenes: readonly ScenePresence[];
	readonly first: Appearance | undefined;
	readonly last: Appearance | undefined;
	/** Named in the cast file. */
	readonly declared: boolean;
}

export interface Cast {
	/** Most mentioned first. */
	readonly characters: readonly Character[];
	/** Per story, every appearance with its character's index, by offset. */
	readonly appearancesByStory: readonly (readonly FoundAppearance[])[];
}

export interface FoundAppearance {
	readonly character: number;
	readonly appearance: Appearance;
}

export interface CastOptions {
	readonly overrides?: CastOverrides;
	/** Most text windows compromise tags for one cast; names beyond it are decided on the other evidence. */
	readonly taggingBudget?: number;
	/** Most characters of text read for lower-case uses of doubtful words. */
	readonly lowercaseSampleChars?: number;
}

const DEFAULT_TAGGING_BUDGET = 16;
const DEFAULT_LOWERCASE_SAMPLE = 150_000;
/** Evidence at or above which a name is a character. */
const KEEP_AT = 1.5;
/** Scores this close to the line are settled by compromise's tags, when the budget allows. */
const DOUBT_BELOW = KEEP_AT - 2;
const DOUBT_ABOVE = KEEP_AT + 1.5;

/** The characters of `stories`, read as one manuscript. */
export function findCast(stories: readonly StoryModel[], tagger: NameTagger, options: CastOptions = {}): Cast {
	const overrides = options.overrides ?? NO_OVERRIDES;
	const sightings = collectSightings(stories, tagger);
	const forms = groupForms(sightings);
	const ignored = new Set(overrides.ignore.map(nameKey));
	const declaredKeys = new Set(overrides.characters.flatMap(character => [character.name, ...character.aliases].map(nameKey)));

	const people = decidePeople(forms, stories, tagger, options, ignored, declaredKeys);
	const clusters = foldRareLongNames(clusterForms(people));
	const characters = applyOverrides(clusters, forms, overrides, ignored);
	return buildCast(characters, stories);
}

/** Every appearance in story `story` under its character's name, by offset: what castScenes takes. */
export function namedAppearances(cast: Cast, story: number): SceneAppearance[] {
	return (cast.appearancesByStory[story] ?? []).map(({ character, appearance }) => ({
		character: cast.characters[character].name,
		start: appearance.start,
		inDialogue: appearance.inDialogue,
	}));
}

/** The character and appearance at `offset` of story `story`, if a name is there. */
export function appearanceAt(cast: Cast, story: number, offset: number): FoundAppearance | undefined {
	const list = cast.appearancesByStory[story] ?? [];
	let low = 0;
	let high = list.length - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		const { appearance } = list[middle];
		if (offset < appearance.start) {
			high = middle - 1;
		} else if (offset > appearance.end) {
			low = middle + 1;
		} else {
			return list[middle];
		}
	}
	return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Sightings: each mention, with leading words that are not part of the name taken off.

/** A mention as the cast reads it; the ones that name a character are that character's appearances. */
interface Sighting extends Appearance {
	/** Its paragraph, for the words around it. */
	readonly block: Block;
	readonly flags: number;
}

interface NameWord {
	readonly text: string;
	readonly offset: number;
}

export function collectSightings(stories: readonly StoryModel[], tagger: NameTagger): Sighting[] {
	const runs: RunStatistics = { seenMidSentence: new Set(), alone: new Map() };
	for (const model of stories) {
		for (const block of model.blocks) {
			if (isBody(model, block)) {
				for (const mention of block.analysis.names) {
					let run = runs.alone.get(mention.text);
					if (!run) {
						run = { count: 0, placed: 0, midSentence: 0, words: splitName(mention.text), dropAtStart: -1, dropMidSentence: -1 };
						runs.alone.set(mention.text, run);
					}
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
	stories.forEach((model, story) => {
		let scene = 0;
		for (const block of model.blocks) {
			if (!isBody(model, block)) {
				continue;
			}
			while (scene < model.scenes.length && model.scenes[scene].end < block.start) {
				scene++;
			}
			const sceneIndex = scene < model.scenes.length && model.scenes[scene].start <= block.start ? scene : -1;
			for (const mention of block.analysis.names) {
				const run = runs.alone.get(mention.text)!;
				// Whether to drop leading words depends only on the spelling and whether it opens a sentence.
				const opensSentence = (mention.flags & MentionFlag.SentenceStart) !== 0;
				let drop = opensSentence ? run.dropAtStart : run.dropMidSentence;
				if (drop < 0) {
					drop = leadingWordsToDrop(mention.text, run.words, opensSentence, runs, tagger);
					if (opensSentence) {
						run.dropAtStart = drop;
					} else {
						run.dropMidSentence = drop;
					}
				}
				const offset = drop === 0 ? 0 : run.words[drop].offset;
				const flags = offset === 0 ? mention.flags : mention.flags & ~MentionFlag.SentenceStart;
				sightings.push({
					story,
					start: block.start + mention.start + offset,
					end: block.start + mention.end,
					text: offset === 0 ? mention.text : mention.text.slice(offset),
					inDialogue: (flags & MentionFlag.InDialogue) !== 0,
					scene: sceneIndex,
					block,
					flags,
				});
			}
		}
	});
	return sightings;
}

/** Front matter and Gutenberg's licence hold no characters. */
function isBody(model: StoryModel, block: Block): boolean {
	return block.start >= model.body.start && block.end <= model.body.end;
}

function splitName(text: string): NameWord[] {
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
	count: number;
	placed: number;
	midSentence: number;
	readonly words: readonly NameWord[];
	/** Leading words to drop where the run opens a sentence, and elsewhere; -1 until worked out. */
	dropAtStart: number;
	dropMidSentence: number;
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

// ---------------------------------------------------------------------------------------------------------
// Forms: every spelling of a name with the evidence its sightings carry.

interface Form {
	readonly key: string;
	/** The most frequent spelling, capitals as in the prose. */
	surface: string;
	readonly honorific: string | undefined;
	/** Folded words after the honorific: `mr. darcy` → [`darcy`]. */
	readonly core: readonly string[];
	readonly sightings: Sighting[];
	midSentence: number;
	speech: number;
	/** `said the Rat`. */
	speechAfterArticle: number;
	vocative: number;
	possessive: number;
	personContext: number;
	introduced: number;
	/** Sightings written in capitals throughout: `MR. TOAD`, a heading's or a letter's shouting. */
	allCaps: number;
	determiner: number;
	placePreposition: number;
	afterOf: number;
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
	for (const [text, { form, count }] of spellings) {
		if (count > (best.get(form) ?? 0)) {
			best.set(form, count);
			form.surface = oneLine(text);
		}
	}
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

/** A name wrapped across a line break reads as one line: `Anna Pávlovna Schérer`. */
function oneLine(text: string): string {
	return /\s\s|[\n\r\t]/.test(text) ? text.replace(/\s+/g, ' ') : text;
}

// ---------------------------------------------------------------------------------------------------------
// People: which forms name a person.

interface Person {
	readonly form: Form;
	readonly gender: 'male' | 'female' | undefined;
}

function decidePeople(
	forms: ReadonlyMap<string, Form>,
	stories: readonly StoryModel[],
	tagger: NameTagger,
	options: CastOptions,
	ignored: ReadonlySet<string>,
	declared: ReadonlySet<string>,
): Person[] {
	const candidates = [...forms.values()].filter(form => !ignored.has(form.key));
	// Lower-case uses matter for single words that are also English words, or never seen mid-sentence.
	const needLowercase = new Set(
		candidates
			.filter(form => form.core.length === 1 && !form.honorific)
			.filter(form => form.midSentence === 0 || isWordClass(tagger.classOf(form.core[0])))
			.map(form => form.surface.toLowerCase()),
	);
	const lowercase = lowercaseUses(stories, needLowercase, options.lowercaseSampleChars ?? DEFAULT_LOWERCASE_SAMPLE);

	const scores = new Map<Form, number>();
	for (const form of candidates) {
		scores.set(form, evidenceScore(form, tagger, lowercase.get(form.surface.toLowerCase()) ?? 0));
	}
	dropPlurals(forms, scores);
	settleDoubts(scores, tagger, options.taggingBudget ?? DEFAULT_TAGGING_BUDGET);
	// `Malachi Mulligan` once, at a sentence start, is a name because `Mulligan` is one.
	const strongWords = new Set<string>();
	for (const [form, score] of scores) {
		if (form.core.length === 1 && score >= KEEP_AT + 1) {
			strongWords.add(form.core[0]);
		}
	}
	// `Pellow` alone is a name when `Mr. Pellow` and `Mrs. Pellow` are people.
	const partsOfNames = new Set<string>();
	for (const [form, score] of scores) {
		if ((form.core.length > 1 || form.honorific) && score >= KEEP_AT + 1) {
			form.core.forEach(word => partsOfNames.add(word));
		}
	}
	for (const [form, score] of scores) {
		if (form.core.length === 1 && !form.honorific && score < KEEP_AT && score > -Infinity && partsOfNames.has(form.core[0])) {
			scores.set(form, score + 3);
		}
	}
	for (const [form, score] of scores) {
		const shouted = form.allCaps === form.sightings.length;
		if (form.core.length > 1 && !shouted && score < KEEP_AT && score > -Infinity && form.core.some(word => strongWords.has(word))) {
			scores.set(form, score + 2);
		}
	}

	return candidates
		.filter(form => declared.has(form.key) || scores.get(form)! >= KEEP_AT)
		.map(form => ({ form, gender: genderOf(form, tagger) }));
}

/**
 * `the Rostóvs` is a family and `Cossacks` a people: a name's plural is never a character, and a word whose
 * plural is as common as itself (`Cossack`, `Cossacks`) is a kind of person, not a name.
 */
function dropPlurals(forms: ReadonlyMap<string, Form>, scores: Map<Form, number>): void {
	const lastWords = new Set([...forms.values()].map(form => form.core[form.core.length - 1]));
	for (const [key, plural] of forms) {
		if (plural.core.length !== 1 || plural.honorific || !key.endsWith('s') || !scores.has(plural)) {
			continue;
		}
		const single = forms.get(key.slice(0, -1));
		if (!single && !lastWords.has(plural.core[0].slice(0, -1))) {
			continue;
		}
		scores.set(plural, -Infinity);
		if (!single) {
			continue;
		}
		if (scores.has(single) && plural.sightings.length >= single.sightings.length / 2) {
			scores.set(single, -Infinity);
		}
	}
}

/** An English word, whatever else it may be. */
function isWordClass(wordClass: WordClass): boolean {
	return wordClass === 'noun' || wordClass === 'word' || wordClass === 'nameOrWord';
}

/** How strongly the prose says this form names a person; `KEEP_AT` and above keeps it. */
export function evidenceScore(form: Form, tagger: NameTagger, lowercaseUses: number): number {
	const { core, honorific } = form;
	// `da` in `Leonardo da Vinci` is a particle; `Van` alone is somebody.
	const words = core.length > 1 ? core.filter((word, index) => index === core.length - 1 || !isNameParticle(word)) : core;
	const named = words.filter(word => !isRomanNumeral(word));
	if (named.length === 0 || named.some(isNeverAName)) {
		return -Infinity;
	}
	const classes = named.map(word => tagger.classOf(word));
	const commonWords = classes.filter(isWordClass).length;
	let score = 0;
	if (honorific) {
		// `St. Petersburg`, `St. Kitt's` and `St. Bernard` are places and dogs as often as saints are people.
		score += honorific === 'st' || honorific === 'saint' ? -1 : 4;
		// `the Duke Block`, `Mother Church`: a title before an English word makes a thing.
		if (commonWords === named.length) {
			score -= 3;
		}
	} else if (words.length === 1 && honorificKey(words[0]) !== undefined) {
		// `the Emperor`, `Uncle`, `Madam`: a title alone is no name (the cast file can make it one).
		return -Infinity;
	}
	if (isPlaceHead(words[words.length - 1]) && (words.length > 1 || honorific)) {
		score -= 4;
	}
	if (words.length > 1) {
		const whole = tagger.classOf(words.join(' '));
		if (whole === 'place' || whole === 'organization' || whole === 'demonym' || whole === 'time') {
			score -= 4;
		}
		if (!honorific && isPlaceOpener(words[0])) {
			score -= 4;
		}
	}
	if (classes.includes('person')) {
		// The lexicon's people are specific: `Shakespeare`, `Napoleon`.
		score += 3;
	} else if (classes.includes('firstName')) {
		score += 2;
	} else if (classes.includes('nameOrWord')) {
		score += 1;
	}
	if (classes[classes.length - 1] === 'lastName') {
		score += 1;
	}
	if (classes.some(wordClass => wordClass === 'place' || wordClass === 'organization' || wordClass === 'demonym')) {
		score -= 3;
	}
	if (classes.some(wordClass => wordClass === 'time' || wordClass === 'expression')) {
		score -= 3;
	}
	const count = form.sightings.length;
	// Over many mentions, one `said` beside `the Rostóvs` is chance, not evidence.
	const seen = (times: number) => times > 0 && (count < 10 || times / count >= 0.03);
	// A word capitalised mid-sentence again and again, seldom in lower case, and speaking is a name here:
	// `Newton`, `the Mole`, `the Rat`. Its article is then part of how the story calls it.
	const capitalised = named.length === 1 && (classes[0] === 'noun' || classes[0] === 'unknown') && form.midSentence >= 3 && lowercaseUses <= form.midSentence * 0.2;
	const personified = capitalised && seen(form.speech + form.speechAfterArticle);
	if (named.length === 1) {
		if (classes[0] === 'word' || (classes[0] === 'noun' && !capitalised && (lowercaseUses > 0 || form.midSentence === 0))) {
			score -= 2;
		}
	} else {
		score -= 1.5 * commonWords;
		// A name ends in a name: `Battle Abbey Roll` does not.
		if (classes[classes.length - 1] === 'noun' || classes[classes.length - 1] === 'word') {
			score -= 2;
		}
	}

	if (form.allCaps === count) {
		// Capitals all through say nothing about a name: headings, tables of contents, shouting.
		score -= 2;
	}
	if (seen(form.speech + (personified ? form.speechAfterArticle : 0))) {
		score += 2.5;
	}
	if (seen(form.vocative)) {
		score += 1.5;
	}
	if (form.introduced > 0) {
		score += 1.5;
	}
	if (seen(form.possessive)) {
		score += 1;
	}
	if (seen(form.personContext)) {
		score += 1;
	}
	// In a run of words, the second word's capital counts even when the first opens the sentence.
	const midSentence = named.length > 1 && commonWords < named.length ? count - form.allCaps : form.midSentence;
	if (midSentence > 0) {
		score += midSentence >= 3 ? 1.5 : 1;
	} else {
		// Only ever opening sentences is what `Suddenly` and `Afterwards` do; `Orla said` does it too.
		const spoken = seen(form.speech) || seen(form.possessive) || seen(form.vocative);
		score -= spoken ? 0.5 : count >= 3 ? 2.5 : 1.5;
		if (lowercaseUses > 0) {
			score -= 2;
		}
	}
	// `the Emperor`, `the Rostóvs`, `a Cossack`: a name seldom takes an article.
	const determined = form.determiner / count;
	score -= (determined >= 0.75 ? 4 : determined >= 0.5 ? 2.5 : form.determiner > 0 ? 1 : 0) / (personified ? 2 : 1);
	// `in Boston`, `on Broadway`, `the battle of Borodinó`.
	// `of` counts only over many mentions: `the brother of Jove` is as common as `the battle of Borodinó`.
	const placed = (form.placePreposition + (count >= 5 ? form.afterOf : 0)) / count;
	score -= placed >= 0.5 ? 2.5 : placed >= 0.3 ? 1.5 : form.placePreposition > 0 ? 0.5 : 0;
	return score;
}

/**
 * The most mentioned doubtful forms get compromise's reading of a window or two of their own prose; the
 * rest keep their score. Which forms are read depends only on the forms, never on what was read before.
 */
function settleDoubts(scores: Map<Form, number>, tagger: NameTagger, budget: number): void {
	// Capitals all through tag as anything; such a form keeps its score.
	const doubtful = [...scores].filter(([form, score]) => score >= DOUBT_BELOW && score < DOUBT_ABOVE && form.allCaps < form.sightings.length).map(([form]) => form);
	doubtful.sort((a, b) => b.sightings.length - a.sightings.length || (a.key < b.key ? -1 : 1));
	let windowsLeft = budget;
	for (const form of doubtful) {
		const windows = sampleWindows(form, Math.min(WINDOWS_PER_FORM, windowsLeft));
		windowsLeft -= windows.length;
		if (windows.length === 0) {
			break;
		}
		const tags = windows.map(window => tagger.tagName(window.text, window.start, window.end));
		const people = tags.filter(tag => tag === 'person').length;
		const places = tags.filter(tag => tag === 'place' || tag === 'organization').length;
		// Two windows say less about a name seen ten times than its own statistics do.
		const few = form.sightings.length <= 2;
		const weight = few ? 1 : 0.5;
		const adjustment = people > places ? 2 : places > people ? -2.5 : few ? -0.5 : 0;
		scores.set(form, scores.get(form)! + weight * adjustment);
	}
}

const WINDOWS_PER_FORM = 2;

interface Window {
	readonly text: string;
	/** The name within `text`. */
	readonly start: number;
	readonly end: number;
}

const WINDOW_WORDS = 8;

/** Up to `count` short windows of a form's own sentences, mid-sentence sightings first. */
function sampleWindows(form: Form, count: number): Window[] {
	const chosen: Sighting[] = [];
	for (const sighting of form.sightings) {
		if ((sighting.flags & MentionFlag.SentenceStart) === 0 && chosen.length < count) {
			chosen.push(sighting);
		}
	}
	for (const sighting of form.sightings) {
		if ((sighting.flags & MentionFlag.SentenceStart) !== 0 && chosen.length < count) {
			chosen.push(sighting);
		}
	}
	return chosen.map(windowAround);
}

/** The sentence around a sighting, at most `WINDOW_WORDS` words either side of the name, on one line. */
function windowAround(sighting: Sighting): Window {
	const text = sighting.block.analysis.text;
	const nameStart = sighting.start - sighting.block.start;
	const nameEnd = sighting.end - sighting.block.start;
	let start = nameStart;
	for (let words = 0; start > 0; start--) {
		const code = text.charCodeAt(start - 1);
		if (isSentenceMark(code) && start < nameStart) {
			break;
		}
		if (isBlank(code) && !isBlank(text.charCodeAt(start)) && ++words > WINDOW_WORDS) {
			break;
		}
	}
	let end = nameEnd;
	for (let words = 0; end < text.length; end++) {
		const code = text.charCodeAt(end);
		if (isSentenceMark(code)) {
			end++;
			break;
		}
		if (isBlank(code) && !isBlank(text.charCodeAt(end - 1)) && ++words > WINDOW_WORDS) {
			break;
		}
	}
	const leading = oneLine(text.slice(start, nameStart));
	return { text: oneLine(text.slice(start, end)), start: leading.length, end: leading.length + oneLine(sighting.text).length };
}

/** . ! ? … and quotation marks end the window: the tagger reads one sentence. */
function isSentenceMark(code: number): boolean {
	return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026 || code === 0x22 || code === 0x201c || code === 0x201d;
}

function isBlank(code: number): boolean {
	return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/** How often each of `words` (lower case) appears so in the prose, read from an even sample of the stories. */
function lowercaseUses(stories: readonly StoryModel[], words: ReadonlySet<string>, sampleChars: number): Map<string, number> {
	const counts = new Map<string, number>();
	if (words.size === 0) {
		return counts;
	}
	const total = stories.reduce((sum, model) => sum + (model.body.end - model.body.start), 0);
	const stride = Math.max(1, Math.ceil(total / sampleChars));
	const pattern = /[a-z\u00df-\u00ff][a-z\u00df-\u00ff'’-]*/g;
	let index = 0;
	for (const model of stories) {
		for (const block of model.blocks) {
			if (index++ % stride !== 0 || !isBody(model, block) || block.analysis.heading) {
				continue;
			}
			const text = block.analysis.text;
			pattern.lastIndex = 0;
			let match: RegExpExecArray | null;
			while ((match = pattern.exec(text))) {
				if (words.has(match[0])) {
					counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
				}
			}
		}
	}
	return counts;
}

function genderOf(form: Form, tagger: NameTagger): 'male' | 'female' | undefined {
	const fromHonorific = honorificGender(form.honorific);
	if (fromHonorific) {
		return fromHonorific;
	}
	return tagger.genderOf(form.core[0]);
}

// ---------------------------------------------------------------------------------------------------------
// Clusters: the forms that name one person.

interface Cluster {
	readonly members: Person[];
	/** Declared in the cast file under this name. */
	declaredName?: string;
}

/**
 * Joins each form to the one character whose longer names contain it (`Karen` ⊂ `Karen Cartwright`,
 * `Darcy` ⊂ `Mr. Darcy`). A form contained in the names of two characters (`Bennet` in `Mr. Bennet` and
 * `Mrs. Bennet`) is ambiguous and stays a character of its own.
 */
function clusterForms(people: readonly Person[]): Cluster[] {
	const ordered = [...people].sort(
		(a, b) =>
			b.form.core.length - a.form.core.length ||
			Number(b.form.honorific !== undefined) - Number(a.form.honorific !== undefined) ||
			b.form.sightings.length - a.form.sightings.length,
	);
	const clusters: Cluster[] = [];
	// A cluster can hold a form only if one of its members has the form's first word.
	const byWord = new Map<string, Cluster[]>();
	const shared: { person: Person; homes: Set<Cluster>; own: Cluster }[] = [];
	for (const person of ordered) {
		const homes = new Set<Cluster>();
		for (const cluster of byWord.get(person.form.core[0]) ?? []) {
			if (!homes.has(cluster) && cluster.members.some(member => contains(member, person))) {
				homes.add(cluster);
			}
		}
		let home: Cluster;
		if (homes.size === 1) {
			home = [...homes][0];
			home.members.push(person);
		} else {
			home = { members: [person] };
			clusters.push(home);
			if (homes.size > 1) {
				shared.push({ person, homes, own: home });
			}
		}
		for (const word of person.form.core) {
			const list = byWord.get(word) ?? [];
			if (!list.includes(home)) {
				list.push(home);
			}
			byWord.set(word, list);
		}
	}
	// Only now are the clusters' mentions known: a name shared by a main character and a passing one goes
	// to the main character (`Mr. Cruncher` is Jerry, not the `Mr. Jeremiah Cruncher` of one letter; `Andrew`
	// is Prince Andrew). A bare surname stays shared: `Rostóv` is a whole family.
	const merged = new Set<Cluster>();
	for (const { person, homes, own } of shared) {
		const { honorific, core } = person.form;
		const holders = (cluster: Cluster) => cluster.members.filter(member => contains(member, person));
		const candidates = honorific
			? new Set([...homes].filter(cluster => holders(cluster).some(member => member.form.honorific === honorific)))
			: [...homes].every(cluster => holders(cluster).every(member => member.form.core[0] === core[0]))
				? homes
				: new Set<Cluster>();
		const home = dominant(candidates);
		if (home && own.members.length === 1 && !merged.has(home)) {
			home.members.push(person);
			merged.add(own);
		}
	}
	return clusters.filter(cluster => !merged.has(cluster));
}

/**
 * The one cluster a name belongs to among those whose names contain it: the only one, or one mentioned ten
 * times as often as any other (`Andrew` is Prince Andrew, not the Andrew Kaysárov of one chapter).
 * Undefined when there is none, or the name is truly shared (`Bennet`: Mr. and Mrs.).
 */
function dominant(homes: ReadonlySet<Cluster>): Cluster | undefined {
	if (homes.size <= 1) {
		return homes.size === 1 ? [...homes][0] : undefined;
	}
	const ranked = [...homes].map(cluster => ({ cluster, mentions: mentionsOf(cluster) })).sort((a, b) => b.mentions - a.mentions);
	return ranked[0].mentions >= DOMINANCE * ranked[1].mentions ? ranked[0].cluster : undefined;
}

const DOMINANCE = 10;

function mentionsOf(cluster: Cluster): number {
	return cluster.members.reduce((sum, member) => sum + member.form.sightings.length, 0);
}

/**
 * Rare long names join the frequent short name they spell out (`Prince Andrew Bolkónski` and `Captain Prince
 * Andrew` are Prince Andrew), when they hold it word for word and no other frequent name.
 */
function foldRareLongNames(clusters: Cluster[]): Cluster[] {
	const mentions = new Map(clusters.map(cluster => [cluster, mentionsOf(cluster)]));
	const byWord = new Map<string, Cluster[]>();
	for (const cluster of clusters) {
		for (const member of cluster.members) {
			for (const word of member.form.core) {
				const list = byWord.get(word) ?? [];
				if (list[list.length - 1] !== cluster) {
					list.push(cluster);
				}
				byWord.set(word, list);
			}
		}
	}
	const absorbed = new Set<Cluster>();
	for (const rare of [...clusters].sort((a, b) => mentions.get(a)! - mentions.get(b)!)) {
		const hosts = new Set<Cluster>();
		for (const long of rare.members) {
			for (const host of byWord.get(long.form.core[0]) ?? []) {
				if (host === rare || absorbed.has(host) || mentions.get(host)! < DOMINANCE * mentions.get(rare)!) {
					continue;
				}
				if (host.members.some(short => short.form.key !== long.form.key && containsWords(long.form.key, short.form.key))) {
					hosts.add(host);
				}
			}
		}
		if (hosts.size === 1) {
			const host = [...hosts][0];
			host.members.push(...rare.members);
			mentions.set(host, mentions.get(host)! + mentions.get(rare)!);
			absorbed.add(rare);
		}
	}
	return clusters.filter(cluster => !absorbed.has(cluster));
}

/** `prince andrew bolkonski` holds `prince andrew` word for word. */
function containsWords(long: string, short: string): boolean {
	return ` ${long} `.includes(` ${short} `) && short.includes(' ');
}

/** True when `longer` names the same person as `shorter`, more fully. */
function contains(longer: Person, shorter: Person): boolean {
	const a = longer.form;
	const b = shorter.form;
	const moreWords = a.core.length > b.core.length;
	const sameWordsMoreTitle = a.core.length === b.core.length && a.honorific !== undefined && b.honorific === undefined;
	if ((!moreWords && !sameWordsMoreTitle) || !containsRun(a.core, b.core)) {
		return false;
	}
	if (!honorificsAgree(a.honorific, b.honorific)) {
		return false;
	}
	if (longer.gender && shorter.gender && longer.gender !== shorter.gender) {
		return false;
	}
	// A married woman is `Mrs. Verloc`, not `Winnie Verloc`: the full name is someone else in the family.
	if (b.honorific && !a.honorific && honorificGroup(b.honorific) === 'married') {
		return false;
	}
	return true;
}

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
	outer: for (let start = 0; start + needle.length <= haystack.length; start++) {
		for (let offset = 0; offset < needle.length; offset++) {
			if (haystack[start + offset] !== needle[offset]) {
				continue outer;
			}
		}
		return true;
	}
	return false;
}

// ---------------------------------------------------------------------------------------------------------
// The writer's cast file: declared characters and aliases join, ignored names leave.

interface CharacterDraft {
	readonly name: string;
	readonly forms: Form[];
	readonly extraAliases: string[];
	readonly declared: boolean;
}

function applyOverrides(clusters: readonly Cluster[], forms: ReadonlyMap<string, Form>, overrides: CastOverrides, ignored: ReadonlySet<string>): CharacterDraft[] {
	const clusterOfKey = new Map<string, Cluster>();
	for (const cluster of clusters) {
		for (const member of cluster.members) {
			clusterOfKey.set(member.form.key, cluster);
		}
	}
	const drafts: CharacterDraft[] = [];
	const claimed = new Set<Cluster>();
	for (const declared of overrides.characters) {
		const names = [declared.name, ...declared.aliases];
		const draft: CharacterDraft = { name: declared.name, forms: [], extraAliases: [], declared: true };
		const keys = new Set<string>();
		for (const name of names) {
			const key = nameKey(name);
			if (ignored.has(key) && name !== declared.name) {
				continue;
			}
			const cluster = clusterOfKey.get(key);
			if (cluster && !claimed.has(cluster)) {
				claimed.add(cluster);
				for (const member of cluster.members) {
					keys.add(member.form.key);
				}
			}
			const form = forms.get(key);
			if (form) {
				keys.add(form.key);
			} else if (name !== declared.name) {
				draft.extraAliases.push(name);
			}
		}
		for (const key of keys) {
			draft.forms.push(forms.get(key)!);
		}
		drafts.push(draft);
	}
	for (const cluster of clusters) {
		if (claimed.has(cluster)) {
			continue;
		}
		const members = cluster.members.map(member => member.form);
		const main = [...members].sort((a, b) => b.sightings.length - a.sightings.length || b.surface.length - a.surface.length)[0];
		drafts.push({ name: main.surface, forms: members, extraAliases: [], declared: false });
	}
	return drafts;
}

// ---------------------------------------------------------------------------------------------------------
// Characters: appearances, lines and scenes.

function buildCast(drafts: readonly CharacterDraft[], stories: readonly StoryModel[]): Cast {
	const built = drafts.map(draft => {
		const appearances: Appearance[] = draft.forms.length === 1 ? draft.forms[0].sightings : draft.forms.flatMap(form => form.sightings);
		if (draft.forms.length > 1) {
			appearances.sort((a, b) => a.story - b.story || a.start - b.start);
		}
		const nameKeyOfDraft = nameKey(draft.name);
		const aliases = uniqueNames([...draft.forms.map(form => form.surface), ...draft.extraAliases].filter(alias => nameKey(alias) !== nameKeyOfDraft));
		return { draft, appearances, aliases };
	});
	const lines = countLines(built.map(({ draft, aliases }) => [draft.name, ...aliases]), stories);
	const characters: Character[] = built.map(({ draft, appearances, aliases }, index) => ({
		name: draft.name,
		aliases,
		mentions: appearances.length,
		lines: lines[index],
		appearances,
		scenes: scenesOf(appearances),
		first: appearances[0],
		last: appearances[appearances.length - 1],
		declared: draft.declared,
	}));
	characters.sort((a, b) => b.mentions - a.mentions || b.lines - a.lines || a.name.localeCompare(b.name));
	const appearancesByStory: FoundAppearance[][] = stories.map(() => []);
	characters.forEach((character, index) => {
		for (const appearance of character.appearances) {
			appearancesByStory[appearance.story].push({ character: index, appearance });
		}
	});
	for (const list of appearancesByStory) {
		list.sort((a, b) => a.appearance.start - b.appearance.start);
	}
	return { characters, appearancesByStory };
}

function uniqueNames(names: readonly string[]): string[] {
	const seen = new Set<string>();
	return names.filter(name => {
		const key = nameKey(name);
		if (seen.has(key)) {
			return false;
		}
		seen.add(key);
		return true;
	});
}

function scenesOf(appearances: readonly Appearance[]): ScenePresence[] {
	const scenes: { story: number; scene: number; mentions: number }[] = [];
	let last: { story: number; scene: number; mentions: number } | undefined;
	for (const appearance of appearances) {
		if (appearance.scene < 0) {
			continue;
		}
		if (last && last.story === appearance.story && last.scene === appearance.scene) {
			last.mentions++;
		} else {
			last = { story: appearance.story, scene: appearance.scene, mentions: 1 };
			scenes.push(last);
		}
	}
	return scenes;
}

/** Lines per character, from the speakers dialogue attribution put on the spans (by any of their names). */
function countLines(namesPerCharacter: readonly (readonly string[])[], stories: readonly StoryModel[]): number[] {
	const characterOfKey = new Map<string, number>();
	namesPerCharacter.forEach((names, index) => {
		for (const name of names) {
			const key = nameKey(name);
			if (!characterOfKey.has(key)) {
				characterOfKey.set(key, index);
			}
		}
	});
	const lines = namesPerCharacter.map(() => 0);
	for (const model of stories) {
		for (const span of model.dialogue) {
			const character = span.speaker === undefined ? undefined : characterOfKey.get(nameKey(span.speaker));
			if (character !== undefined) {
				lines[character]++;
			}
		}
	}
	return lines;
}
