// The words beside a quote mark that say what kind of mark it is: a naming verb before a quote makes it
// a name or a title, not speech (`what he called “progress”`); after a conjunction a whole sentence in
// quotes is still speech (`and “I will!”`); a word elided at its start makes a ’ an apostrophe (’tis, ’em).

/** Words after which a quote names something rather than reporting speech: `what he called “progress”`. */
export const NAMING_VERBS: ReadonlySet<string> = new Set(
	'call called calls calling sing sang sings name named term termed word entitled titled read reads'.split(' '),
);

/** Words after which a quote that is a sentence of its own is a new thing said, not a word held up: `and “I will!”`. */
export const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'nor', 'yet', 'then', 'that']);

/** Words elided at their start, whose ’ or ' is an apostrophe even where a quote could open: ’tis, ’em. */
export const ELISIONS: ReadonlySet<string> = new Set(['tis', 'twas', 'twere', 'twill', 'twould', 'em', 'n']);
