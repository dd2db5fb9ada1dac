// A text's lines as the pure feature functions read them, the way an open document gives them: \n, \r\n
// and a lone \r each end a line, and a line's text stops before its break.
import { StoryLines } from '../../../src/features/util/storyLines';

export function linesOf(text: string): StoryLines {
	const ranges: { start: number; end: number }[] = [];
	const breaks = /\r\n|\r|\n/g;
	let start = 0;
	for (let found = breaks.exec(text); found; found = breaks.exec(text)) {
		ranges.push({ start, end: found.index });
		start = found.index + found[0].length;
	}
	ranges.push({ start, end: text.length });
	return {
		// An offset inside a line break (between \r and \n) is still on the line the break ends.
		lineOf: offset => {
			const next = ranges.findIndex(range => range.start > offset);
			return (next < 0 ? ranges.length : next) - 1;
		},
		lineRange: line => ranges[line],
	};
}

/** The lighthouse keeper's story the outline, folding and token tests read: its line numbers are the array's indices. */
export const LAMP_STORY = [
	'The Lamp, by a writer',
	'',
	'*** START OF THE PROJECT GUTENBERG EBOOK THE LAMP ***',
	'',
	'PART ONE',
	'',
	'Chapter 1',
	'',
	'Mira lit the lamp.',
	'The wick caught.',
	'',
	'* * *',
	'',
	'"Who is there?" she called. "Come out',
	'of the rain."',
	'',
	'"Only me," said Tom.',
	'',
	'Chapter 2',
	'',
	'The sea was quiet.',
	'',
	'*** END OF THE PROJECT GUTENBERG EBOOK THE LAMP ***',
	'',
	'Licence text.',
	'',
].join('\n');
