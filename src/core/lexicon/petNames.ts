// English pet names and the sex they tell: `Lizzy`, `Kitty` and `Polly` are girls, `Ned`, `Bill` and `Jem`
// boys. Narration names a person in full and gives the full name its pronouns (`Elizabeth … her`); the pet
// name is what the others call her (`"Lizzy, I bear you no ill-will"`), and no pronoun follows an address. A
// pet name heard only in dialogue would otherwise tell speaker attribution nothing of who may answer to `he
// said`. Names worn by either sex (`Sam`, `Jo`, `Charlie`, `Kit`) are left out.

import { Gender } from './types';

const GIRLS =
	'lizzy lizzie liz libby betsy betsey bessie bess betty kitty katy katie kate molly polly peggy peg meg maggie ' +
	'madge patty patsy sally nelly nellie nell jenny jennie jinny fanny annie nancy nan dolly tilly milly millie ' +
	'minnie sukey suky susie susy hetty letty lottie lotty dotty becky connie cissy sissy marge margie mamie ' +
	'mattie nettie tessie tess winnie biddy kathy cathy cassie franny';

const BOYS =
	'bill billy bob bobby dick dicky dickon harry hal ned neddy ted teddy tom tommy jack jacky jem jemmy jim jimmy ' +
	'jamie joe joey nick nat ben benny will willy willie davy dave andy tony mike mick micky tim timmy phil fred ' +
	'freddy freddie bert bertie alf alfie archie johnny jonny larry lenny reggie sid stan steve walt wally abe ' +
	'ike jake matt pete dan danny eddie hank herb nate';

const PET_NAMES: ReadonlyMap<string, Gender> = new Map([
	...GIRLS.split(' ').map(name => [name, 'she'] as const),
	...BOYS.split(' ').map(name => [name, 'he'] as const),
]);

/** `she` for `Lizzy`, `he` for `Ned`; undefined for any other name, or one of more than one word. */
export function petNameGender(name: string): Gender | undefined {
	return PET_NAMES.get(name.toLowerCase());
}
