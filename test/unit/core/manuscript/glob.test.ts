// Which workspace files belong to the manuscript, by VS Code's glob syntax.
import * as assert from 'assert';
import { globToRegExp, PathFilter } from '../../../../src/core/manuscript/glob';

describe('glob', () => {
	const cases: [glob: string, path: string, matches: boolean][] = [
		['**/*.story', 'lamp.story', true],
		['**/*.story', 'book/one/lamp.story', true],
		['**/*.story', 'lamp.story.bak', false],
		['*.md', 'notes/a.md', false],
		['*.md', 'a.md', true],
		['**/*.{story,txt,md}', 'chapters/01-arrival.md', true],
		['**/*.{story,txt,md}', 'chapters/01-arrival.mdx', false],
		['{**/*.story,drafts/**}', 'drafts/old/x.docx', true],
		['**/node_modules/**', 'node_modules/pkg/readme.md', true],
		['**/node_modules/**', 'a/node_modules/pkg/readme.md', true],
		['**/.*/**', '.git/HEAD', true],
		['**/.*/**', 'book/.obsidian/notes.md', true],
		['**/.*/**', 'book/chapter.1.md', false],
		['**/README*', 'README.md', true],
		['**/README*', 'docs/README.txt', true],
		['**/README*', 'chapters/not-a-README.md', false],
		['chapter-?.md', 'chapter-7.md', true],
		['chapter-?.md', 'chapter-17.md', false],
		['chapter-[0-9].md', 'chapter-3.md', true],
		['chapter-[!0-9].md', 'chapter-3.md', false],
		['a+b (draft).md', 'a+b (draft).md', true],
	];
	for (const [glob, path, matches] of cases) {
		it(`${matches ? 'matches' : 'does not match'} ${path} with ${glob}`, () => {
			assert.strictEqual(globToRegExp(glob).test(path), matches);
		});
	}

	it('reports an unclosed brace', () => {
		assert.throws(() => globToRegExp('**/*.{md,txt'), SyntaxError);
	});

	it('takes a path when an include matches and no exclude does', () => {
		const filter = new PathFilter(['**/*.{story,txt,md}'], ['**/node_modules/**', '**/.*/**', '**/{README,CHANGELOG,LICENSE}*']);
		assert.deepStrictEqual(
			['01-arrival.md', 'notes.txt', 'README.md', 'LICENSE.txt', '.dramatis/notes.md', 'node_modules/x/a.md', 'art.png', 'part2\\03.story'].map(path =>
				filter.matches(path),
			),
			[true, true, false, false, false, false, false, true],
		);
	});
});
