// English pet names, the full names they come from and the sex they tell: `Lizzy` is an Elizabeth, `Kitty`
// a Catherine, `Ned` an Edward. Narration names a person in full and gives the full name its pronouns
// (`Elizabeth … her`); the pet name is what the others call her (`"Lizzy, I bear you no ill-will"`), and no
// pronoun follows an address. Names worn by either sex (`Sam`, `Jo`, `Charlie`, `Kit`, `Pip`) are left out.

import { Gender } from './types';

/**
 * Each pet name, and for those no one is christened (`Lizzy`, `Johnny`) the full names it comes from,
 * `pet:full/full`. A pet name that is also a name in its own right (`Nancy`, `Tom`, `Kate`) tells its sex only.
 */
const GIRLS =
	'lizzy:elizabeth lizzie:elizabeth liz libby:elizabeth betsy:elizabeth betsey:elizabeth bessie:elizabeth bess ' +
	'betty kitty:catherine/katherine/kathleen katy:catherine/katherine katie:catherine/katherine kate molly polly ' +
	'peggy:margaret peg meg maggie:margaret madge patty:martha/patricia patsy:martha/patricia sally ' +
	'nelly:helen/ellen/eleanor nellie:helen/ellen/eleanor nell jenny jennie jinny:jane/virginia fanny annie nancy ' +
	'nan dolly tilly:matilda milly:mildred/millicent/amelia millie:mildred/millicent/amelia minnie ' +
	'sukey:susan/susanna suky:susan/susanna susie:susan/susanna susy:susan/susanna hetty:henrietta/hester ' +
	'letty:letitia lottie:charlotte lotty:charlotte dotty:dorothy becky:rebecca connie cissy:cecilia/cecily ' +
	'sissy:cecilia/cecily marge margie:margery/margaret mamie mattie:martha/matilda nettie ' +
	'tessie:theresa/teresa tess winnie:winifred biddy kathy:katherine/catherine cathy:catherine/katherine ' +
	'cassie:cassandra franny:frances';

const BOYS =
	'bill billy:william will willy:william willie:william bob bobby:robert dick dicky:richard dickon harry hal ' +
	'ned neddy:edward/edmund ted teddy:edward/theodore tom tommy:thomas jack jacky:john johnny:john jonny:john ' +
	'jem jemmy:james jim jimmy:james jamie joe joey:joseph nick nat ben benny:benjamin davy:david dave andy tony ' +
	'mike mick micky:michael tim timmy:timothy phil fred freddy:frederick freddie:frederick bert ' +
	'bertie:albert/herbert/bertram alf alfie:alfred archie larry lenny reggie:reginald sid stan steve walt ' +
	'wally:walter abe ike jake matt pete dan danny:daniel eddie:edward hank herb nate';

interface PetName {
	readonly gender: Gender;
	readonly fullNames: readonly string[];
}

const PET_NAMES: ReadonlyMap<string, PetName> = new Map(
	[...entries(GIRLS, 'she'), ...entries(BOYS, 'he')].map(({ pet, gender, fullNames }) => [pet, { gender, fullNames }] as const),
);

function entries(list: string, gender: Gender): { pet: string; gender: Gender; fullNames: string[] }[] {
	return list.split(' ').map(entry => {
		const [pet, fullNames] = entry.split(':');
		return { pet, gender, fullNames: fullNames === undefined ? [] : fullNames.split('/') };
	});
}

/** `she` for `Lizzy`, `he` for `Ned`; undefined for any other name, or one of more than one word. */
export function petNameGender(name: string): Gender | undefined {
	return PET_NAMES.get(name.toLowerCase())?.gender;
}

/** The full names a pet name comes from, in lower case: `kitty` → catherine, katherine, kathleen; none for `nancy` or a name no pet name. */
export function fullNamesOf(pet: string): readonly string[] {
	return PET_NAMES.get(pet.toLowerCase())?.fullNames ?? [];
}

/**
 * Names given in their own right that are also short for a full name (`Bill`, `Tom`, `Kate`): alone they stand
 * for no one else, but in a whole name beside the same surname they are that full name (`Bill Sikes` is
 * `William Sikes`, `Charley Bates` is `Charles Bates`).
 */
const SHORT_FOR = new Map(
	(
		'bill:william will:william tom:thomas ned:edward/edmund ted:edward/theodore jack:john jim:james jem:james ' +
		'joe:joseph ben:benjamin nick:nicholas nat:nathaniel harry:henry hal:henry dick:richard bob:robert ' +
		'charley:charles charlie:charles fred:frederick alf:alfred bert:albert/herbert sam:samuel dan:daniel ' +
		'matt:matthew pete:peter tony:anthony andy:andrew steve:stephen mike:michael phil:philip kate:catherine/katherine ' +
		'nell:helen/ellen/eleanor meg:margaret peg:margaret bess:elizabeth liz:elizabeth betty:elizabeth ' +
		'fanny:frances nancy:ann/anne nan:ann/anne annie:ann/anne sally:sarah polly:mary molly:mary jenny:jane'
	)
		.split(' ')
		.map(entry => {
			const [short, full] = entry.split(':');
			return [short, full.split('/')] as const;
		}),
);

/** The full first names `name` may stand for in a whole name: a pet name's (`lizzy` → elizabeth), or a short name's (`bill` → william). */
export function fullFirstNamesOf(name: string): readonly string[] {
	const lower = name.toLowerCase();
	return [...fullNamesOf(lower), ...(SHORT_FOR.get(lower) ?? [])];
}
