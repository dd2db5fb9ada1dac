// Tells a paragraph set out as verse: a poem or a song quoted whole (`Alice folded her hands, and
// began:--` then `"You are old, Father William," the young man said, / "And your hair…`). Its quote
// marks hold the poem's words, not the talk of the story's people, so it holds no dialogue, as an indented
// poem does already; `the young man` of the poem is no one's speaker.

/** Fewer lines than this are too few to tell verse from prose that happens to break before capitals. */
const MIN_LINES = 3;

/** Lines shorter than this on average are verse's, not prose wrapped at the usual width (about 70). */
const SHORT_LINE = 45;

/**
 * Whether the paragraph is laid out in lines of verse: at least three lines, each opening on a capital
 * (past any indent, quote mark or bracket), and either a line after the first indented, or the lines short.
 * Prose wrapped by hand breaks its lines anywhere, so some line soon opens on a small letter; a novel
 * written one paragraph to a line has no line breaks inside a paragraph at all.
 */
export function isSetAsVerse(paragraph: string): boolean {
	let lines = 0;
	let letters = 0;
	let indented = false;
	let start = 0;
	while (start < paragraph.length) {
		let end = paragraph.indexOf('\n', start);
		if (end < 0) {
			end = paragraph.length;
		}
		let first = start;
		while (first < end && isLead(paragraph.charCodeAt(first))) {
			first++;
		}
		if (first < end && paragraph.charCodeAt(first) !== 0x0d) {
			const code = paragraph.charCodeAt(first);
			// A line opening on a small letter or a digit is prose wrapped mid-sentence: the common case, found at once.
			if (!isCapital(paragraph[first], code)) {
				return false;
			}
			lines++;
			letters += end - first;
			indented ||= lines > 1 && isSpace(paragraph.charCodeAt(start)) && isSpace(paragraph.charCodeAt(start + 1));
		}
		start = end + 1;
	}
	return lines >= MIN_LINES && (indented || letters / lines < SHORT_LINE);
}

/** What may stand before a line's first letter: spaces, quote marks, brackets, dashes and `_` of italics. */
function isLead(code: number): boolean {
	return (
		isSpace(code) ||
		code === 0x22 ||
		code === 0x27 ||
		code === 0x2018 ||
		code === 0x201c ||
		code === 0xab ||
		code === 0x28 ||
		code === 0x5b ||
		code === 0x5f ||
		code === 0x2d ||
		code === 0x2014
	);
}

function isSpace(code: number): boolean {
	return code === 0x20 || code === 0x09;
}

function isCapital(letter: string, code: number): boolean {
	if (code < 0x80) {
		return code >= 0x41 && code <= 0x5a;
	}
	return letter !== letter.toLowerCase() && letter === letter.toUpperCase();
}
