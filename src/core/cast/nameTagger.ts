// What English says about a capitalised word, from compromise: its lexicon (is `Karen` a first name, `Iowa` a
// region, `Still` an adjective?) and its tagger run on the few words around a doubtful name (is `Dev` a
// person there?). compromise is slow, so the tagger sees only short windows, each tagged once and kept.
// It is loaded on first use, never at start-up: its lexicon alone takes a few hundred milliseconds.

import { classify, genderIn, Lexicon, WordClass, WordClasses } from './wordClasses';
import { Sex } from '../lexicon/types';

export type { Lexicon, WordClass } from './wordClasses';

/** How compromise tagged a name in its own sentence. */
export type NameTag = 'person' | 'place' | 'organization' | 'other';

/** A word as compromise tagged it. */
export interface Term {
	readonly text: string;
	readonly tags: Set<string>;
}

interface Compromise {
	(text: string): { docs: Term[][] };
	model(): { one: { lexicon: Record<string, string | string[]> }; two: { switches: Record<string, string> } };
}

/** Tagged windows kept before the cache starts over; a novel's doubtful names need a few hundred. */
const MAX_CACHED_WINDOWS = 4000;

export class NameTagger {
	private compromise: Compromise | undefined;
	private lexiconCache: Lexicon | undefined;
	private readonly classes = new Map<string, WordClass>();
	private readonly windows = new Map<string, Term[]>();
	/**
	 * While set, windows not tagged yet are noted here rather than tagged by loading compromise in this
	 * thread: every one in `noted`, and in `misread` those read (as `other`) before their tags came.
	 */
	private untagged: { readonly noted: Set<string>; readonly misread: Set<string> } | undefined;

	/** Classes of every word the lexicon knows, worked out ahead (the CLI's build does): compromise loads only to tag. */
	private wordClasses: WordClasses | undefined;

	/** Tags a window with compromise elsewhere (the CLI's thread), or gives undefined to have it tagged here. */
	private tagElsewhere: ((window: string) => Term[] | undefined) | undefined;

	/** Whether the lexicon is here, from this thread's compromise, handed over by useLexicon, or as word classes. */
	get hasLexicon(): boolean {
		return this.lexiconCache !== undefined || this.wordClasses !== undefined;
	}

	/** The lexicon's classes worked out ahead (packWordClasses): classOf and genderOf never load compromise. */
	useWordClasses(wordClasses: WordClasses): void {
		this.wordClasses ??= wordClasses;
	}

	/**
	 * Windows are tagged by `tag`, with a compromise loaded elsewhere and waited for, unless it gives undefined:
	 * the command line's thread loads compromise while the book is read, rather than after.
	 */
	useTaggingElsewhere(tag: (window: string) => Term[] | undefined): void {
		this.tagElsewhere ??= tag;
	}

	/** compromise's lexicon, loaded elsewhere: words are looked up in it rather than in a compromise loaded here. */
	useLexicon(lexicon: Lexicon): void {
		this.lexiconCache ??= lexicon;
	}

	/** How compromise, run elsewhere, tagged `window`. */
	addTaggedWindow(window: string, terms: Term[]): void {
		this.keepWindow(window, terms);
	}

	/**
	 * Runs `work` without loading compromise here: a window not tagged yet is listed in `untagged`, for a
	 * worker to tag, and if `work` read it, it read `other` and is listed in `misread` too: a result that
	 * misread a window is to be worked out again once the window is tagged. The lexicon must be here
	 * already (useLexicon).
	 */
	withoutTagging<T>(work: () => T): { result: T; untagged: string[]; misread: string[] } {
		if (!this.hasLexicon) {
			throw new Error('The tagger needs its lexicon before it can work without compromise.');
		}
		const untagged = { noted: new Set<string>(), misread: new Set<string>() };
		this.untagged = untagged;
		try {
			return { result: work(), untagged: [...untagged.noted], misread: [...untagged.misread] };
		} finally {
			this.untagged = undefined;
		}
	}

	/** The lexicon's class of `word`, or of a whole name, folded to lower case without accents. */
	classOf(word: string): WordClass {
		let known = this.classes.get(word);
		if (known === undefined) {
			known = this.lookUp(foldWord(word));
			this.classes.set(word, known);
		}
		return known;
	}

	/** The gender the lexicon gives a first name, if any. */
	genderOf(word: string): Sex | undefined {
		const key = foldWord(word);
		return this.wordClasses ? this.wordClasses.genderOf(key) : genderIn(this.lexicon(), key);
	}

	/**
	 * Tags `windows` now, so that tagName finds them ready. Under withoutTagging, those not tagged yet are
	 * noted instead, for a caller between two steps to have them tagged elsewhere before they are read.
	 */
	tagAhead(windows: readonly string[]): void {
		for (const window of windows) {
			if (this.windows.has(window)) {
				continue;
			}
			if (this.untagged) {
				this.untagged.noted.add(window);
			} else {
				this.keepWindow(window, this.tagWindow(window));
			}
		}
	}

	/** How compromise tags the name at `[start, end)` of `window`. */
	tagName(window: string, start: number, end: number): NameTag {
		let terms = this.windows.get(window);
		if (!terms) {
			if (this.untagged) {
				this.untagged.noted.add(window);
				this.untagged.misread.add(window);
				return 'other';
			}
			terms = this.tagWindow(window);
			this.keepWindow(window, terms);
		}
		const name = window.slice(start, end);
		const nameWords = name.split(/\s+/).map(foldWord);
		const tags = new Set<string>();
		for (let index = 0; index + nameWords.length <= terms.length; index++) {
			if (nameWords.every((word, offset) => foldWord(terms[index + offset].text) === word)) {
				for (let offset = 0; offset < nameWords.length; offset++) {
					terms[index + offset].tags.forEach(tag => tags.add(tag));
				}
				break;
			}
		}
		if (tags.has('Person') || tags.has('FirstName') || tags.has('MaleName') || tags.has('FemaleName')) {
			return 'person';
		}
		if (tags.has('Place')) {
			return 'place';
		}
		return tags.has('Organization') ? 'organization' : 'other';
	}

	/** compromise's terms for `window`, from elsewhere where that is set up, else from compromise in this thread. */
	private tagWindow(window: string): Term[] {
		// nlp() tags as it parses.
		return this.tagElsewhere?.(window) ?? this.nlp()(window).docs.flat();
	}

	private keepWindow(window: string, terms: Term[]): void {
		if (this.windows.size >= MAX_CACHED_WINDOWS) {
			this.windows.clear();
		}
		this.windows.set(window, terms);
	}

	private lookUp(key: string): WordClass {
		return this.wordClasses ? this.wordClasses.classOf(key) : classify(this.lexicon(), key);
	}

	private lexicon(): Lexicon {
		if (!this.lexiconCache) {
			const model = this.nlp().model();
			this.lexiconCache = { words: model.one.lexicon, switches: model.two.switches };
		}
		return this.lexiconCache;
	}

	private nlp(): Compromise {
		// Loaded here rather than imported at the top, so activating the extension never pays for it.
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		this.compromise ??= require('compromise/two') as Compromise;
		return this.compromise;
	}
}

/** `Natásha's` → `natasha`. */
export function foldWord(word: string): string {
	// Most words are plain ASCII letters: only the case to fold.
	if (isPlainAsciiWord(word)) {
		return word.toLowerCase();
	}
	// Most names are plain ASCII: only the others pay for Unicode normalisation.
	return (isAscii(word) ? word : word.normalize('NFD').replace(/[\u0300-\u036f]/g, ''))
		.replace(/['’]s$/, '')
		.replace(/[’‘]/g, "'")
		.replace(/\./g, '')
		.toLowerCase();
}

/** ASCII with no apostrophe or full stop: nothing for foldWord to take out. */
function isPlainAsciiWord(word: string): boolean {
	for (let index = 0; index < word.length; index++) {
		const code = word.charCodeAt(index);
		if (code > 0x7f || code === 0x27 || code === 0x2e) {
			return false;
		}
	}
	return true;
}

export function isAscii(text: string): boolean {
	for (let index = 0; index < text.length; index++) {
		if (text.charCodeAt(index) > 0x7f) {
			return false;
		}
	}
	return true;
}
