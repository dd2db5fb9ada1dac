// Dialogue tags: how the prose tags each speaker's lines. A bar per speaker (the main ones first, the
// whole book last) split into said or asked, other verbs and no tag; a table with those shares, the verbs
// and adverbs used most, and the whole book's row beside them. Every part of a bar and every cell with a
// count asks the extension for the lines behind it, listed under the table, each a link to its place.
import { h } from './dom.js';
import { rovingFocus } from './keyboard.js';

/** Speakers drawn as bars; the table lists them all. */
const CHART_ROWS = 10;

/** The three parts a speaker's lines split into, in the bar's order. */
const PARTS = [
  { cell: 'saidAsked', label: 'Said or asked', count: (row) => row.said + row.asked },
  { cell: 'other', label: 'Other verbs', count: (row) => row.other },
  { cell: 'untagged', label: 'No tag', count: (row) => row.untagged },
];

/**
 * @param {object} table the core's DialogueTagTable: `characters` (rows, most lines first) and `book`
 * @param {'document' | 'manuscript'} scope
 * @param {ReturnType<import('./format.js').formatters>} format
 * @param {object | undefined} shown the lines last sent for a cell (`tagExamples`), if any
 * @param {(character: string | null, cell: string) => void} ask asks for the lines behind a cell
 * @param {(character: string | null, cell: string, index: number) => void} reveal takes the editor to one of them
 */
export function dialogueTags(table, scope, format, shown, ask, reveal) {
  const book = { ...table.book, name: null, label: scope === 'manuscript' ? 'Whole book' : 'Whole file' };
  const rows = table.characters.map((row) => ({ ...row, label: row.name }));
  /** A button that lists the lines behind `cell` of `row`; `place` tells the chart's from the table's. */
  const asking = (row, cell, label, place, className) => {
    const pressed = shown !== undefined && shown.character === row.name && shown.cell === cell;
    return h('button', {
      type: 'button',
      class: `${className}${pressed ? ' shown' : ''}`,
      title: `${label}: show the lines`,
      'aria-label': `${label}: show the lines`,
      'aria-pressed': String(pressed),
      'data-focus-key': `${place}:${row.name ?? ''}:${cell}`,
      onclick: () => ask(row.name, cell),
    });
  };
  const cellButton = (row, cell, count, content, label) => {
    if (count === 0) {
      return h('span', { class: 'tag-cell empty', title: label }, content);
    }
    const button = asking(row, cell, label, 'table', 'tag-cell');
    button.append(...content.filter(Boolean));
    return button;
  };
  return [
    tagChart(rows.slice(0, CHART_ROWS), book, format, asking),
    rows.length > CHART_ROWS ? h('p', { class: 'note' }, `The ${CHART_ROWS} speakers with the most lines; the table lists all ${rows.length}.`) : null,
    tagTable(rows, book, format, cellButton),
    shown ? examplesList(shown, [...rows, book], format, reveal) : null,
  ];
}

function tagChart(rows, book, format, asking) {
  const parts = [];
  const bar = (row) => {
    const segments = PARTS.map(({ cell, label, count }) => {
      const lines = count(row);
      if (lines === 0) {
        return null;
      }
      const segment = asking(
        row,
        cell,
        `${row.label}, ${label.toLowerCase()}: ${format.plural(lines, 'line')} of ${format.count(row.lines)} (${format.percent(lines / row.lines)})`,
        'chart',
        `segment segment-${cell}`,
      );
      segment.style.flexGrow = String(lines);
      parts.push(segment);
      return segment;
    });
    return h(
      'li',
      { class: row.name === null ? 'book' : null },
      h('span', { class: 'name' }, row.label),
      h('span', { class: 'stack' }, segments),
      h('span', { class: 'count' }, format.plural(row.lines, 'line')),
    );
  };
  const chart = h('ul', { class: 'tag-chart', 'aria-label': 'How each speaker’s lines are tagged' }, rows.map(bar), bar(book));
  // One Tab stop for the chart; the arrow keys move from part to part, Enter lists a part's lines (it is a button).
  rovingFocus(parts);
  return chart;
}

function tagTable(rows, book, format, cellButton) {
  const share = (count, of) => format.percent(of > 0 ? count / of : 0);
  const words = (counts) => counts.map(({ word, count }) => `${word} ${format.count(count)}`).join(', ');
  const row = (row) => {
    const saidAsked = row.said + row.asked;
    const tagged = row.lines - row.untagged;
    const cell = (name, count, main, detail, label) =>
      h('td', { class: 'number', 'data-field': name }, cellButton(row, name, count, [h('span', { class: 'main' }, main), detail ? h('span', { class: 'detail' }, detail) : null], label));
    return h(
      'tr',
      { class: row.name === null ? 'book' : null },
      h('th', { scope: 'row' }, row.label),
      h('td', { class: 'number', 'data-field': 'lines' }, format.count(row.lines)),
      cell('saidAsked', saidAsked, share(saidAsked, row.lines), `said ${format.count(row.said)} · asked ${format.count(row.asked)}`, `${row.label}, said or asked: ${format.plural(saidAsked, 'line')}`),
      cell('other', row.other, share(row.other, row.lines), words(row.verbs), `${row.label}, other verbs: ${format.plural(row.other, 'line')}`),
      cell(
        'adverb',
        row.adverbs,
        share(row.adverbs, tagged),
        row.adverbs > 0 ? words(row.adverbWords) : null,
        `${row.label}, an adverb after the tag: ${format.count(row.adverbs)} of ${format.plural(tagged, 'tag')}`,
      ),
      cell('untagged', row.untagged, share(row.untagged, row.lines), format.plural(row.untagged, 'line'), `${row.label}, no tag: ${format.plural(row.untagged, 'line')}`),
    );
  };
  return h(
    'table',
    { class: 'data-table tag-table' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Speaker'),
        h('th', { scope: 'col', class: 'number' }, 'Lines'),
        h('th', { scope: 'col', class: 'number', title: 'Lines tagged with said or asked' }, 'Said or asked'),
        h('th', { scope: 'col', class: 'number', title: 'Lines tagged with any other verb of speech; the most used named' }, 'Other verbs'),
        h('th', { scope: 'col', class: 'number', title: 'Tags with an adverb right after them (said softly), as a share of the tagged lines' }, 'Adverb after tag'),
        h('th', { scope: 'col', class: 'number', title: 'Lines with no tag at all' }, 'No tag'),
      ),
    ),
    h('tbody', {}, rows.map(row)),
    h('tfoot', {}, row(book)),
  );
}

const CELL_NAMES = { saidAsked: 'said or asked', other: 'other verbs', adverb: 'an adverb after the tag', untagged: 'no tag' };

function examplesList(shown, rows, format, reveal) {
  const row = rows.find((candidate) => candidate.name === shown.character);
  const who = row ? row.label : shown.character ?? '';
  const listed = shown.examples.length;
  const heading = `${who}, ${CELL_NAMES[shown.cell]}: ${format.plural(shown.total, 'line')}${listed < shown.total ? `, the first ${format.count(listed)}` : ''}`;
  return h(
    'div',
    { class: 'tag-examples', role: 'region', 'aria-label': heading },
    h('h3', {}, heading),
    listed === 0
      ? h('p', { class: 'note' }, 'No lines of this kind now.')
      : h(
          'ol',
          {},
          shown.examples.map((example, index) =>
            h(
              'li',
              {},
              h(
                'button',
                { type: 'button', class: 'link place', title: 'Go to this line', 'data-focus-key': `example:${index}`, onclick: () => reveal(shown.character, shown.cell, index) },
                example.place,
              ),
              h('span', { class: 'quote' }, example.text),
            ),
          ),
        ),
  );
}
