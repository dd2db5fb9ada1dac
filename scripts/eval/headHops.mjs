// Possible head-hops: how many scenes of each corpus book give two characters' inner life (`Karen
// wondered` … `Derek felt`). There is no gold for this; the figures say how often a writer would be told,
// and the flags themselves are for reading by hand.
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';

export function reportHeadHops({ corpusDir, analyze, verbose }) {
	const paths = readdirSync(corpusDir)
		.filter(file => file.endsWith('.txt'))
		.sort()
		.map(file => join(corpusDir, file));
	console.log(`Possible head-hops in the corpus (${corpusDir}): scenes flagged`);
	const rows = [['book', 'scenes', 'flagged', 'share']];
	for (const file of analyze(paths)) {
		const hops = file.notes.filter(note => note.kind === 'headHop');
		rows.push([
			basename(file.path),
			String(file.scenes.length),
			String(hops.length),
			file.scenes.length ? `${((100 * hops.length) / file.scenes.length).toFixed(1)}%` : 'n/a',
		]);
		if (verbose) {
			for (const hop of hops) {
				console.log(`  ${basename(file.path)} @${hop.start}: ${hop.character} after ${hop.firstCharacter}`);
			}
		}
	}
	const widths = rows[0].map((_, column) => Math.max(...rows.map(line => line[column].length)));
	for (const line of rows) {
		console.log(line.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('   '));
	}
}
