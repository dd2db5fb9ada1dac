// Where the test and run scripts keep things. Everything generated lives under git-ignored folders.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cacheRoot = join(repoRoot, '.vscode-test');
export const vsixPath = join(repoRoot, 'dramatis-0.1.0.vsix');
export const screenshotsDir = join(repoRoot, 'test-results', 'screenshots');
