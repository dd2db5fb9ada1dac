// The English verbs that tie a quote to its speaker (`said Karen`, `Derek breathed`), in the past and
// present forms fiction uses. Shared by speaker attribution and by dash dialogue, where an unmarked
// `he said` is what ends the spoken part.

/** Every verb of speech, by its base form; the forms a tag uses are made from it by the suffix rules below. */
export const SPEECH_VERB_STEMS: readonly string[] = [
	'say',
	'ask',
	'reply',
	'answer',
	'cry',
	'shout',
	'whisper',
	'murmur',
	'mutter',
	'exclaim',
	'call',
	'add',
	'continue',
	'observe',
	'remark',
	'return',
	'rejoin',
	'respond',
	'repeat',
	'retort',
	'insist',
	'explain',
	'demand',
	'inquire',
	'enquire',
	'suggest',
	'protest',
	'interrupt',
	'laugh',
	'sigh',
	'snap',
	'growl',
	'groan',
	'breathe',
	'hiss',
	'yell',
	'scream',
	'stammer',
	'stutter',
	'sob',
	'plead',
	'beg',
	'agree',
	'admit',
	'declare',
	'announce',
	'urge',
	'warn',
	'mumble',
	'grumble',
	'chuckle',
	'giggle',
	'snort',
	'scoff',
	'sneer',
	'bark',
	'roar',
	'bellow',
	'gasp',
	'moan',
	'wail',
	'whimper',
	'squeak',
	'purr',
	'drawl',
	'confess',
	'correct',
	'counter',
	'assure',
	'concede',
	'object',
	'persist',
	'prompt',
	'query',
	'question',
	'reason',
	'recall',
	'reflect',
	'reassure',
	'remind',
	'resume',
	'sing',
	'state',
	'tease',
	'wonder',
	'venture',
	'volunteer',
	'interject',
	'pursue',
	'rejoice',
	'mock',
	'marvel',
	'grunt',
	'croak',
	'chirp',
	'quaver',
	'falter',
	'blurt',
	'bluster',
	'cough',
	'fume',
	'joke',
	'muse',
	'note',
	'offer',
	'order',
	'point',
	'pray',
	'promise',
	'rage',
	'scold',
	'screech',
	'shriek',
	'sniff',
	'sniffle',
	'soothe',
	'squeal',
	'storm',
	'swear',
	'taunt',
	'thunder',
	'threaten',
	'tell',
	'utter',
	'vow',
	'whine',
	'yawn',
	'echo',
	'speak',
	'begin',
	'smile',
	'grin',
	'frown',
	'nod',
	'shrug',
	'wink',
	'pout',
	'huff',
	'spit',
	'bleat',
	'cajole',
	'coax',
	'implore',
	'entreat',
	'inform',
	'interpose',
	'quote',
	'recite',
	'report',
	'rumble',
	'trill',
	'lisp',
	'conclude',
	'comment',
	'ejaculate',
	'remonstrate',
	'expostulate',
	'assent',
	'pant',
	'pipe',
	'chime',
	'snarl',
	'sputter',
	'splutter',
	'lament',
	'titter',
	'simper',
	'mourn',
	'submit',
	'bawl',
	'howl',
	'hazard',
	'vociferate',
	'corroborate',
	'admonish',
	'rebuke',
	'complain',
	'acknowledge',
	'chatter',
	'comfort',
	'console',
	'advise',
	'subjoin',
	'blubber',
	'acquiesce',
	'confide',
	'caution',
	'whoop',
	'coo',
	'jeer',
	'babble',
	'gabble',
	'chide',
	'rant',
	'retaliate',
	'apologize',
	'apologise',
	'expound',
	'affirm',
	'opine',
	'surmise',
	'hint',
	'stipulate',
	'wheeze',
	'gurgle',
	'squawk',
	'yelp',
	'bray',
	'intone',
	'nag',
	'jest',
	'reproach',
	'upbraid',
	'gloat',
	'wheedle',
	'reiterate',
	'cackle',
	'proceed',
	'accost',
	'flash',
	'command',
	'finish',
	'mimic',
];

/** Past forms no suffix rule makes. */
const IRREGULAR: readonly string[] = ['said', 'told', 'spoke', 'began', 'sang', 'swore', 'spat', 'quoth', 'mimicked', 'mimics'];

/** The base, past and third-person forms of a regular verb. */
function forms(stem: string): [string, string, string] {
	if (stem.endsWith('e')) {
		return [stem, `${stem}d`, `${stem}s`];
	}
	if (/[^aeiou]y$/.test(stem)) {
		return [stem, `${stem.slice(0, -1)}ied`, `${stem.slice(0, -1)}ies`];
	}
	if (/(?:s|sh|ch|x|z|[^aeiou]o)$/.test(stem)) {
		return [stem, `${stem}ed`, `${stem}es`];
	}
	return [stem, `${stem}ed`, `${stem}s`];
}

/** `admit` makes `admitted`, `snap` makes `snapped`: a final consonant after one vowel may double. */
function doubledPast(stem: string): string[] {
	return /[^aeiou][aeiou][bdgklmnprt]$/.test(stem) ? [`${stem}${stem.slice(-1)}ed`] : [];
}

const REPORTING_FORMS: ReadonlySet<string> = new Set([...SPEECH_VERB_STEMS.flatMap(stem => [...forms(stem).slice(1), ...doubledPast(stem)]), ...IRREGULAR]);
const SPEECH_VERBS: ReadonlySet<string> = new Set([...SPEECH_VERB_STEMS, ...REPORTING_FORMS]);

/** True for a speech verb in any form an attribution uses (`said`, `asks`, `breathed`, `I say`). */
export function isSpeechVerb(word: string): boolean {
	return SPEECH_VERBS.has(word) || (word.charCodeAt(0) < 0x61 && SPEECH_VERBS.has(word.toLowerCase()));
}

/** True for a past or third-person speech verb, the forms that invert: `said he`, `asks Karen`. */
export function isReportingVerb(word: string): boolean {
	return REPORTING_FORMS.has(word) || (word.charCodeAt(0) < 0x61 && REPORTING_FORMS.has(word.toLowerCase()));
}

/**
 * The commonest forms, which beside a capitalised word make it a speaker and so a person (`Karen said`,
 * `asked Derek`): the cast's name reading trusts these alone, as rarer verbs (`noted`, `stated`, `piped`)
 * are as often said of a paper or a place.
 */
export const COMMON_SPEECH_FORMS: ReadonlySet<string> = new Set(
	(
		'said says say asked asks replied replies answered answers cried cries shouted shouts yelled yells whispered whispers ' +
		'murmured murmurs muttered mutters exclaimed exclaims called calls added adds continued continues began observed ' +
		'remarked returned repeated declared insisted admitted snapped breathed sighed laughed screamed roared growled hissed ' +
		'demanded inquired enquired suggested explained interrupted protested retorted fumed spat sobbed stammered stuttered ' +
		'gasped groaned moaned pleaded begged agreed told tells responded corrected announced chuckled giggled whimpered ' +
		'blurted bellowed wailed sneered scoffed teased warned urged promised confessed mumbled grumbled barked wondered'
	).split(' '),
);

/**
 * Verbs of crying out, which hand in an utterance set in italics (`cried out, _Hekinah degul_`): speech
 * verbs all but `chant`, which says no line in a tag.
 */
const CRYING_OUT_STEMS = [
	'cry',
	'shout',
	'exclaim',
	'repeat',
	'scream',
	'yell',
	'roar',
	'bellow',
	'shriek',
	'whisper',
	'murmur',
	'mutter',
	'utter',
	'chant',
	'howl',
];

/** Every form of the verbs of crying out, the `-ing` too: `crying out`, `a shout of`. */
export const CRYING_OUT_FORMS: ReadonlySet<string> = new Set(
	CRYING_OUT_STEMS.flatMap(stem => {
		const bare = stem.endsWith('y') ? stem.slice(0, -1) : stem;
		return bare === stem ? [stem, `${stem}s`, `${stem}ed`, `${stem}ing`] : [stem, `${bare}ies`, `${bare}ied`, `${stem}ing`];
	}),
);
