// Matches workspace-relative paths against the glob patterns of `dramatis.manuscript.include` and
// `exclude`, with VS Code's glob syntax: `**` across folders, `*` and `?` within a name, `{a,b}`
// alternatives (nested too) and `[abc]` / `[!abc]` classes.

/** A RegExp matching a whole `/`-separated path; throws SyntaxError on an unbalanced `{`. */
export function globToRegExp(glob: string): RegExp {
	return new RegExp(`^${translate(glob.replace(/\\/g, '/'), 0, false).source}$`);
}

interface Translated {
	readonly source: string;
	readonly end: number;
}

function translate(glob: string, from: number, insideBraces: boolean): Translated {
	let source = '';
	let index = from;
	while (index < glob.length) {
		const char = glob[index];
		if (char === '*') {
			if (glob[index + 1] === '*') {
				const atSegmentStart = index === 0 || glob[index - 1] === '/' || glob[index - 1] === '{' || glob[index - 1] === ',';
				if (atSegmentStart && glob[index + 2] === '/') {
					// `**/` is any number of whole folders, none included.
					source += '(?:[^/]*/)*';
					index += 3;
					continue;
				}
				source += '.*';
				index += 2;
				continue;
			}
			source += '[^/]*';
		} else if (char === '?') {
			source += '[^/]';
		} else if (char === '[') {
			const close = glob.indexOf(']', index + 2);
			if (close < 0) {
				source += '\\[';
			} else {
				const body = glob.slice(index + 1, close);
				source += `[${body.startsWith('!') ? `^${escapeClass(body.slice(1))}` : escapeClass(body)}]`;
				index = close;
			}
		} else if (char === '{') {
			const alternatives: string[] = [];
			let cursor = index + 1;
			for (;;) {
				const part = translate(glob, cursor, true);
				alternatives.push(part.source);
				if (part.end >= glob.length) {
					throw new SyntaxError(`Unclosed '{' in the glob pattern '${glob}'`);
				}
				cursor = part.end + 1;
				if (glob[part.end] === '}') {
					break;
				}
			}
			source += `(?:${alternatives.join('|')})`;
			index = cursor;
			continue;
		} else if (insideBraces && (char === ',' || char === '}')) {
			return { source, end: index };
		} else {
			source += char.replace(/[.+^$()|\\]/g, '\\$&');
		}
		index++;
	}
	return { source, end: index };
}

function escapeClass(body: string): string {
	return body.replace(/[\\\]^]/g, '\\$&');
}

/** Include and exclude globs together: a path is in when some include matches and no exclude does. */
export class PathFilter {
	private readonly include: readonly RegExp[];
	private readonly exclude: readonly RegExp[];

	constructor(include: readonly string[], exclude: readonly string[]) {
		this.include = include.map(globToRegExp);
		this.exclude = exclude.map(globToRegExp);
	}

	matches(relativePath: string): boolean {
		const path = relativePath.replace(/\\/g, '/');
		return this.include.some(pattern => pattern.test(path)) && !this.exclude.some(pattern => pattern.test(path));
	}
}
