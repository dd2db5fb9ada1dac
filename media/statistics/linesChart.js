// Lines spoken by each character, the most talkative first, as bars with the count written beside them.
import { h } from './dom.js';

/**
 * Lines spoken by each character, longest first, as bars with the number beside them.
 * @param {object} statistics
 * @param {ReturnType<import('./format.js').formatters>} format
 */
export function linesChart(statistics, format) {
  const speakers = statistics.cast.filter((character) => character.lines > 0);
  const most = Math.max(1, ...speakers.map((character) => character.lines));
  return h(
    'ul',
    { class: 'lines-chart', 'aria-label': 'Lines spoken by each character' },
    speakers.map((character) => {
      const fill = h('span', { class: 'fill' });
      fill.style.width = `${(character.lines / most) * 100}%`;
      return h(
        'li',
        {},
        h('span', { class: 'name' }, character.name),
        h('span', { class: 'track', 'aria-hidden': 'true' }, fill),
        h('span', { class: 'count' }, format.plural(character.lines, 'line')),
      );
    }),
  );
}

