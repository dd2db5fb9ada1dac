// Capitalised words that open a sentence or call out, yet never name the speaker beside a quote: `The`,
// `Perhaps`, `Hush`, `Lovely`, `Several`. Speaker attribution's own list, tuned on its tags; the cast reads
// names with the function words and never-names beside it.

/** Closed-class words, oaths, forms of address and greetings that open a sentence or a quote. */
const WORDS_OF_PROSE = (
	'the a an and but or so then now he she it i they we you his her hers its my our their your this that these ' +
	'those there here what who whom when where why how yes no oh ah well not if as at in on of to for with by from ' +
	'upon after before while still just only even again once perhaps presently suddenly finally meanwhile instead ' +
	'nobody somebody everyone someone everybody anybody anyone one all both each every some such thus though ' +
	"although because since until yet god heaven heavens madam ma’am ma'am o dear good chapter do did does is was " +
	'are were will would can could shall should may might must let come go look please thank thanks sorry hello ' +
	"hallo goodbye nothing never always sometimes whatever whoever don’t don't isn’t isn't it’s it's i’m i'm without " +
	'within through during among against across along besides beyond despite except inside outside toward towards ' +
	'under unless whether whereupon wherever whenever hence therefore however moreover nevertheless indeed certainly ' +
	'surely afterwards often soon later next first last today tonight yesterday tomorrow everything something ' +
	'anything nor neither either most many few more less very quite rather much above below over near round around ' +
	'beneath between till like sir two three four five six seven eight nine ten twenty hundred thousand half ' +
	'good-evening good-morning good-night good-bye goodnight brother sister mother father mr mrs miss morning ' +
	'evening afternoon night welcome listen wait stop quick hush hurry'
).split(' ');

/** Interjections and words of answer that open a quote before a comma: `"Hi, you!"`, `"Lovely, isn't it?"`. */
const CALLS_AND_ANSWERS = (
	'hi hey hallo hullo eh ha hah aha alas bravo hurrah huzza pardon pray nonsense rubbish adieu bonjour non oui ja ' +
	'nein si lovely true right fine sure okay ok aye ay nay yea yeah yep nope huh hm hmm um er ugh wow gosh golly ' +
	'damn darn bother mind fancy mercy goodness lord excellent splendid capital famous good-by goodby bye cheers ' +
	'hooray shh psst poor oh ooh whoa ahem bah pooh pshaw tut fie hark lo behold'
).split(' ');

/** Words that open narration sentences, read as their subjects: `Several stood up.`, `Amid the noise…`. */
const NARRATION_OPENERS = (
	'several which whose almost everywhere nowhere somewhere amid amidst behind beside had has have having being ' +
	'been long deep loud certain other others another formerly merely nearly early lately merry'
).split(' ');

/** Capitalised, these never name the one who speaks: `"Hush," said Karen` is Karen's line, not Hush's. */
export const NOT_SPEAKER_NAMES: ReadonlySet<string> = new Set([...WORDS_OF_PROSE, ...CALLS_AND_ANSWERS, ...NARRATION_OPENERS]);
