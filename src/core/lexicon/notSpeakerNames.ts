// Capitalised words that open a sentence or call out, yet never name the speaker beside a quote: `The`,
// `Perhaps`, `Hush`, `Lovely`, `Several`. The function words, less those speaker attribution was tuned
// without, and the other words of prose, address, greeting and answer it was tuned with.

import { FUNCTION_WORDS } from './functionWords';
import { TIMES_OF_YEAR } from './neverNames';

/**
 * Function words speaker attribution was tuned without: object pronouns and reflexives (`Him`, `Herself`),
 * contractions of `not`, a few adverbs and prepositions. Left out so that speakers read as they were tuned;
 * putting them in is a change to weigh on the eval, not a tidying.
 */
const FUNCTION_WORDS_TUNED_WITHOUT = new Set(
	(
		"about already also am any anyhow anyway aren't be can't couldn't didn't doesn't doing done down earlier ever " +
		"hadn't hasn't haven't herself him himself into itself maybe me mine myself none off onto otherwise ought ours " +
		"ourselves out own past quickly same second shouldn't slowly somehow than theirs them themselves third " +
		"throughout too underneath up us wasn't weren't whichever whilst won't wouldn't yours yourself yourselves"
	).split(' '),
);

/** Words beyond the closed class that open sentences: `Presently`, `Will you…`, `Let me`, `Despite…`, `Like…`. */
const OTHER_OPENERS = 'presently will may let come go look despite whereupon hence moreover nevertheless certainly surely less like'.split(' ');

/** Contractions as written, curly or straight, that the function words hold only straight or not at all. */
const CONTRACTIONS = "don’t isn’t it’s it's i’m i'm".split(' ');

/** Forms of address and oaths, and what a heading or a count opens on: `Sir, …`, `Mother, …`, `Heavens!`, `Chapter`, `Two…`. */
const ADDRESS_OATHS_AND_NUMBERS = (
	"god heaven heavens madam ma’am ma'am dear good sir sire mr mrs miss brother sister mother father chapter " +
	'two three four five six seven eight nine ten twenty hundred thousand half'
).split(' ');

/** Greetings, times of day and calls to act that open a quote: `Good-morning, Karen.`, `Hush, now.` */
const GREETINGS_AND_CALLS = (
	'hallo good-evening good-morning good-night good-bye goodnight morning evening afternoon night welcome ' + 'listen wait stop quick hush hurry'
).split(' ');

/** Interjections and words of answer, past those among the function words, that open a quote before a comma: `"Lovely, isn't it?"`. */
const CALLS_AND_ANSWERS = (
	'hullo ha hah bravo hurrah huzza pardon pray nonsense rubbish adieu bonjour non oui ja nein si lovely true ' +
	'right fine sure aye ay nay yea huh hm hmm um er ugh wow gosh golly damn darn bother mind fancy mercy ' +
	'goodness lord excellent splendid capital famous good-by goodby bye cheers hooray shh psst poor ooh whoa ' +
	'ahem bah pooh pshaw tut fie hark lo behold'
).split(' ');

/** Words that open narration sentences, past the function words, read as their subjects: `Several stood up.`, `Amid the noise…`. */
const NARRATION_OPENERS = 'several everywhere nowhere somewhere amid amidst long deep loud certain others formerly merely nearly early lately merry'.split(' ');

/** Capitalised, these never name the one who speaks: `"Hush," said Karen` is Karen's line, not Hush's. */
export const NOT_SPEAKER_NAMES: ReadonlySet<string> = new Set([
	...[...FUNCTION_WORDS].filter(word => !FUNCTION_WORDS_TUNED_WITHOUT.has(word)),
	...OTHER_OPENERS,
	...CONTRACTIONS,
	...ADDRESS_OATHS_AND_NUMBERS,
	...GREETINGS_AND_CALLS,
	...CALLS_AND_ANSWERS,
	...NARRATION_OPENERS,
	...TIMES_OF_YEAR,
]);
