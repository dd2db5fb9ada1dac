// Where the shared corpus lives beside the repo, if it does.
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const corpusDir = path.resolve(repoRoot, '../shared/corpus');

/** The path of a corpus file, or undefined when the corpus is absent. */
export function corpusFile(name) {
	const file = path.join(corpusDir, name);
	return fs.existsSync(file) ? file : undefined;
}

export function readCorpus(name) {
	return fs.readFileSync(path.join(corpusDir, name), 'utf8');
}
