// How a name is spelled: the particles and regnal numbers inside one (`Leonardo da Vinci`, `Napoleon
// III`), and the form two spellings of one name share (`Mr. Darcy`, `mr darcy`), so that the cast, the
// cast file and the statistics count them as one.

/** `II`, `iii`: a regnal number, part of a name (`Napoleon III`) but never one alone. */
export function isRomanNumeral(word: string): boolean {
	return /^[ivxlc]+$/i.test(word) && word.length <= 6;
}

/** Particles that join the capitalised parts of one name: `Leonardo da Vinci`, `Ludwig van Beethoven`. */
const PARTICLES = new Set(['de', 'du', 'da', 'di', 'del', 'della', 'van', 'von', 'le', 'la', 'ten', 'ter', 'y', 'bin', 'ibn', 'al']);

export function isNameParticle(word: string): boolean {
	return PARTICLES.has(word);
}

/** Printable ASCII but the full stop, in runs joined by single spaces: nothing in it for nameKey to change but case. */
const PLAIN_NAME = /^[\x21-\x2d\x2f-\x7e]+(?: [\x21-\x2d\x2f-\x7e]+)*$/;

/** The form two spellings of a name share: case, accents, full stops and curly apostrophes ignored. */
export function nameKey(name: string): string {
	// Most names are plain ASCII words between single spaces, with no full stop: only the case to fold.
	if (PLAIN_NAME.test(name)) {
		return name.toLowerCase();
	}
	return (/^[\x00-\x7f]*$/.test(name) ? name : name.normalize('NFD').replace(/[\u0300-\u036f]/g, ''))
		.replace(/[’‘]/g, "'")
		.replace(/\./g, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.toLowerCase();
}

/** `names` without later spellings of a name already there: `Mr. Darcy`, `mr darcy` → `Mr. Darcy`. */
export function uniqueNames(names: readonly string[]): string[] {
	const seen = new Set<string>();
	return names.filter(name => {
		const key = nameKey(name);
		if (seen.has(key)) {
			return false;
		}
		seen.add(key);
		return true;
	});
}

/** `Karen's` → `Karen`; `Jesus’` → `Jesus`. */
export function withoutPossessive(name: string): string {
	return name.replace(/['’]s$/u, '').replace(/(?<=s)['’]$/u, '');
}
