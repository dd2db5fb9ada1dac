// Who is in which scene: a row per character, a column per scene, each cell shaded by the lines the
// character speaks there (a ring when present but silent, empty when absent). A table a screen reader
// walks cell by cell; arrow keys move, Enter takes the editor to that scene. The names stay pinned at the
// left; past DENSE_SCENES the columns narrow to fit the panel, each chapter set off by a rule and numbered
// at its first scene, so a novel's main characters show across the book without scrolling sideways.
import { h } from './dom.js';
import { rovingFocus } from './keyboard.js';

/** Shading steps for lines spoken, so a cell's darkness compares across the grid. */
const LEVELS = 4;
/** More scenes than this and the grid narrows its columns to fit rather than scroll. */
const DENSE_SCENES = 16;

/**
 * @param {object} statistics the core's StoryStatistics (cast sorted, presence per scene)
 * @param {ReturnType<import('./format.js').formatters>} format
 * @param {(scene: number) => void} reveal
 */
export function castGrid(statistics, format, reveal) {
  const { scenes } = statistics;
  // Someone named only outside every scene (in a heading, say) has no row to fill.
  const cast = statistics.cast.filter((character) => character.scenesPresent > 0);
  const most = Math.max(1, ...cast.flatMap((character) => character.presence.map((lines) => lines ?? 0)));
  const cells = [];
  const dense = scenes.length > DENSE_SCENES;
  // A scene opening a chapter (or a file) starts a group: a rule before it, and in a dense grid its number alone shows.
  const opensGroup = scenes.map((scene, index) => index > 0 && (scene.chapter !== scenes[index - 1].chapter || scene.file !== scenes[index - 1].file));
  const columnClass = (index) => (opensGroup[index] ? ' group-start' : '');
  const table = h(
    'table',
    { class: `cast-grid${dense ? ' dense' : ''}`, role: 'grid', 'aria-label': 'Who is in which scene, with lines spoken' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col', class: 'corner' }, 'Character'),
        scenes.map((scene, index) =>
          h(
            'th',
            { scope: 'col', class: `scene-number${columnClass(index)}`, title: sceneName(scene) },
            h('span', { 'aria-hidden': 'true' }, !dense || index === 0 || opensGroup[index] ? index + 1 : ''),
            h('span', { class: 'visually-hidden' }, sceneName(scene)),
          ),
        ),
      ),
    ),
    h(
      'tbody',
      {},
      cast.map((character) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row', class: 'character' }, character.name),
          character.presence.map((lines, index) => {
            const where = sceneName(scenes[index]);
            const label = lines === null ? `${character.name} is not in ${where}` : `${character.name} in ${where}: ${format.plural(lines, 'line')}`;
            const cell = h(
              'td',
              {
                role: 'gridcell',
                class: `cell ${lines === null ? 'absent' : `present level-${lines === 0 ? 0 : Math.ceil((lines / most) * LEVELS)}`}${columnClass(index)}`,
                'aria-label': label,
                title: label,
                'data-scene': index,
              },
              lines ? h('span', { 'aria-hidden': 'true' }, lines) : null,
            );
            cells.push(cell);
            return cell;
          }),
        ),
      ),
    ),
  );
  rovingFocus(cells, { activate: (cell) => reveal(Number(cell.getAttribute('data-scene'))), columns: scenes.length });
  return h('div', { class: 'grid-scroll' }, table);
}

function sceneName(scene) {
  return scene.chapter ? `${scene.chapter}, ${scene.title}` : scene.title;
}
