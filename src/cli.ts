// The `dramatis` command line: `dramatis analyze [--json] FILE…` reports each file's words,
// chapters, scenes, quotes and cast, from the same core the extension uses.

import * as fs from 'fs';
import * as path from 'path';
import {
	analyzeStory,
	AnalysisOptions,
	Cast,
	CAST_FILE_PATH,
	CastOverrides,
	castScenes,
	decodeStory,
	DialogueKind,
	DEFAULT_OPTIONS,
	findCast,
	dialogueTags,
	DialogueTags,
	findHeadHops,
	findNameVariants,
	isEnglishWord,
	namedAppearances,
	NameTagger,
	parseCastFile,
	StoryModel,
	unpackWordClasses,
	WordClasses,
} from './core';
import { TaggerThread } from './cliTaggerThread';
import { chunked, writeJson } from './jsonStream';

const USAGE = 'Usage: dramatis analyze [--json] FILE…';

/**
 * Characters from which a text is long enough (a novella, some 18,000 words) that compromise is loaded in a
 * thread of its own while the text is read: every book has doubtful names to tag, and its reading takes
 * long enough to hide compromise's load. A short story's would not; most never load compromise at all.
 */
const LONG_TEXT = 100_000;

interface FileReport {
	readonly path: string;
	readonly words: number;
	readonly chapters: { title: string; level: number; start: number; end: number; words: number }[];
	readonly scenes: { title: string; start: number; end: number; words: number; dialogueWords: number; characters: string[] }[];
	readonly quotes: { start: number; end: number; speaker: string | null; kind: DialogueKind }[];
	readonly characters: { name: string; aliases: string[]; mentions: number; lines: number; tags: TagReport }[];
	readonly notes: Note[];
}

/** How the prose tags a character's speech: `said`, `asked`, other verbs by verb, adverbs after a tag, no tag. */
interface TagReport {
	readonly said: number;
	readonly asked: number;
	readonly other: number;
	readonly verbs: Record<string, number>;
	readonly adverbs: Record<string, number>;
	readonly untagged: number;
}

function tagReport(tags: DialogueTags): TagReport {
	const verbs = { ...tags.otherVerbs };
	return {
		said: tags.said,
		asked: tags.asked,
		other: Object.values(verbs).reduce((sum, count) => sum + count, 0),
		verbs,
		adverbs: { ...tags.adverbs },
		untagged: tags.untagged,
	};
}

/** Something the writer may want to look at: a rare spelling of a character's name, or a possible head-hop. */
type Note =
	| { readonly kind: 'nameVariant'; readonly start: number; readonly end: number; readonly name: string; readonly character: string }
	/** `character`'s inner life given in a scene that already gave `firstCharacter`'s. */
	| { readonly kind: 'headHop'; readonly start: number; readonly end: number; readonly character: string; readonly firstCharacter: string };

/**
 * Runs the command line. The report goes to `stdout` a piece at a time as each file is analysed, so a long
 * book's never waits whole in memory; `stderr` gets one message a call.
 */
export function main(argv: readonly string[], stdout: (text: string) => void, stderr: (text: string) => void): number {
	const [command, ...rest] = argv;
	if (command !== 'analyze') {
		stderr(command === undefined || command === '--help' || command === '-h' ? USAGE : `Unknown command '${command}'.\n${USAGE}`);
		return command === '--help' || command === '-h' ? 0 : 2;
	}
	const json = rest.includes('--json');
	const unknownFlag = rest.find(argument => argument.startsWith('-') && argument !== '--json');
	const files = rest.filter(argument => !argument.startsWith('-'));
	if (unknownFlag || files.length === 0) {
		stderr(unknownFlag ? `Unknown option '${unknownFlag}'.\n${USAGE}` : USAGE);
		return 2;
	}
	const missing = files.filter(file => !isReadableFile(file));
	if (missing.length > 0) {
		stderr(missing.map(file => `dramatis: cannot read '${file}': no such file`).join('\n'));
		return 2;
	}
	const out = chunked(stdout);
	let reported = 0;
	// One tagger for the whole run: what compromise learned about a name in one file serves the next.
	const tagger = new NameTagger();
	const wordClasses = builtWordClasses();
	if (wordClasses) {
		tagger.useWordClasses(wordClasses);
	}
	let thread: TaggerThread | undefined;
	tagger.useTaggingElsewhere(window => thread?.tag(window));
	for (const file of files) {
		const text = readStoryText(file);
		if (text === undefined) {
			stderr(`dramatis: skipped '${file}': not a UTF-8 text file`);
			continue;
		}
		if (!thread && text.length >= LONG_TEXT) {
			thread = TaggerThread.start(__dirname);
		}
		const model = analyzeStory(text, optionsFor(file));
		const overrides = castOverridesFor(file, stderr);
		const cast = findCast([model], tagger, { overrides });
		const notes: Note[] = findNameVariants([model], cast, { overrides, isKnownWord: isEnglishWord(tagger) }).map(({ start, end, name, character }): Note => ({
			kind: 'nameVariant',
			start,
			end,
			name,
			character,
		}));
		for (const { start, end, character, first } of findHeadHops([model], cast)) {
			notes.push({ kind: 'headHop', start, end, character, firstCharacter: first.character });
		}
		notes.sort((a, b) => a.start - b.start);
		const report = reportOf(file, castScenes(model, namedAppearances(cast, 0)), cast, notes);
		// Byte for byte what `JSON.stringify({ files: reports }, null, 2)` and the reports joined by blank
		// lines would write, a report at a time.
		if (json) {
			out.write(reported === 0 ? '{\n  "files": [\n    ' : ',\n    ');
			writeJson(report, out.write, '    ');
		} else {
			out.write(reported === 0 ? describe(report) : `\n\n${describe(report)}`);
		}
		reported++;
		out.flush();
	}
	if (json) {
		out.write(reported === 0 ? '{\n  "files": []\n}' : '\n  ]\n}');
	}
	out.write('\n');
	out.flush();
	thread?.stop();
	return 0;
}

/**
 * compromise's word classes as the build worked them out (dist/wordClasses.txt), so that a story with
 * no doubtful name never loads compromise. Without them (the unbuilt sources), the tagger reads its lexicon.
 */
function builtWordClasses(): WordClasses | undefined {
	let packed: string;
	try {
		packed = fs.readFileSync(path.join(__dirname, 'wordClasses.txt'), 'utf8');
	} catch {
		return undefined;
	}
	return unpackWordClasses(packed);
}

function isReadableFile(file: string): boolean {
	try {
		return fs.statSync(file).isFile();
	} catch {
		return false;
	}
}

/** The file's text, or undefined when it is binary or not UTF-8. */
function readStoryText(file: string): string | undefined {
	return decodeStory(fs.readFileSync(file));
}

function optionsFor(file: string): AnalysisOptions {
	return /\.(md|markdown)$/i.test(file) ? { ...DEFAULT_OPTIONS, markdown: true } : DEFAULT_OPTIONS;
}

/** The writer's cast file from the nearest folder above `file` that has one; problems are reported, not fatal. */
function castOverridesFor(file: string, stderr: (text: string) => void): CastOverrides | undefined {
	let folder = path.dirname(path.resolve(file));
	for (;;) {
		const candidate = path.join(folder, ...CAST_FILE_PATH.split('/'));
		if (isReadableFile(candidate)) {
			const parsed = parseCastFile(fs.readFileSync(candidate, 'utf8'));
			for (const problem of parsed.problems) {
				stderr(`dramatis: ${candidate}: ${problem.message} (ignoring the cast file)`);
			}
			return parsed.overrides;
		}
		const parent = path.dirname(folder);
		if (parent === folder) {
			return undefined;
		}
		folder = parent;
	}
}

/** The file's report; `model` has its scenes' characters filled in from `cast`. */
function reportOf(file: string, model: StoryModel, cast: Cast, notes: Note[]): FileReport {
	const tags = dialogueTags([model], cast);
	return {
		path: file,
		words: model.words,
		chapters: model.chapters.map(({ title, level, start, end, words }) => ({ title, level, start, end, words })),
		scenes: model.scenes.map(({ title, start, end, words, dialogueWords, characters }) => ({
			title,
			start,
			end,
			words,
			dialogueWords,
			characters: [...characters],
		})),
		quotes: model.dialogue.map(({ start, end, speaker, kind }) => ({ start, end, speaker: speaker ?? null, kind })),
		characters: cast.characters.map(({ name, aliases, mentions, lines }, index) => ({
			name,
			aliases: [...aliases],
			mentions,
			lines,
			tags: tagReport(tags.characters[index]),
		})),
		notes,
	};
}

function describe(report: FileReport): string {
	const lines = [
		`${path.basename(report.path)}: ${[plural(report.words, 'word'), plural(report.chapters.length, 'chapter'), plural(report.scenes.length, 'scene'), plural(report.quotes.length, 'quote')].join(', ')}`,
	];
	for (const scene of report.scenes) {
		const chapter = report.chapters.filter(candidate => candidate.start <= scene.start && scene.end <= candidate.end).pop();
		lines.push(
			`  ${chapter ? `${chapter.title} › ` : ''}${scene.title}: ${plural(scene.words, 'word')}, ${scene.dialogueWords.toLocaleString('en')} in dialogue`,
		);
	}
	if (report.characters.length > 0) {
		lines.push(`  Cast: ${report.characters.map(character => `${character.name} (${character.mentions.toLocaleString('en')})`).join(', ')}`);
	}
	return lines.join('\n');
}

function plural(count: number, noun: string): string {
	return `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'}`;
}

if (require.main === module) {
	process.exitCode = main(
		process.argv.slice(2),
		text => process.stdout.write(text),
		text => process.stderr.write(`${text}\n`),
	);
}
