// The last weeks of writing, a bar a day: words added rise above the line, words removed fall below it,
// and large pastes and cuts (not counted toward the goal) sit pale on the ends. A dashed line marks the
// daily goal; a day that reached it is drawn in the goal's colour.
import { svg } from './dom.js';
import { rovingFocus } from './keyboard.js';
import { niceTicks } from './scale.js';

const HEIGHT = 220;
const MARGIN = { top: 16, right: 12, bottom: 30, left: 52 };

/**
 * @param {{ day: string, progress: number, tally: { added: number, removed: number, pasted: number, cut: number } }[]} days oldest first
 * @param {number} goal words a day, 0 for none
 * @param {string} today YYYY-MM-DD
 * @param {ReturnType<import('./format.js').formatters>} format
 * @param {number} availableWidth
 */
export function historyChart(days, goal, today, format, availableWidth) {
  const width = Math.max(availableWidth, MARGIN.left + MARGIN.right + days.length * 12);
  const plotWidth = width - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const highest = Math.max(goal, ...days.map(({ tally }) => tally.added + tally.pasted), 1);
  const lowest = Math.max(0, ...days.map(({ tally }) => tally.removed + tally.cut));
  const upTicks = niceTicks(highest, 4);
  const top = upTicks[upTicks.length - 1];
  // Removals get room in proportion, but never more than a third of the chart.
  const bottom = lowest === 0 ? 0 : Math.min(lowest, top / 2);
  const y = (words) => MARGIN.top + ((top - Math.max(-bottom, Math.min(top, words))) / (top + bottom)) * plotHeight;
  const step = plotWidth / days.length;
  const barWidth = Math.max(4, Math.min(28, step * 0.66));

  const chart = svg('svg', {
    class: 'chart history-chart',
    width,
    height: HEIGHT,
    viewBox: `0 0 ${width} ${HEIGHT}`,
    role: 'group',
    'aria-label': `Words written each day, the last ${days.length} days${goal > 0 ? `, against a goal of ${format.count(goal)} a day` : ''}. Use the arrow keys to read each day.`,
  });
  for (const tick of upTicks) {
    chart.append(
      svg('line', { class: tick === 0 ? 'axis' : 'grid', x1: MARGIN.left, x2: width - MARGIN.right, y1: y(tick), y2: y(tick), 'aria-hidden': 'true' }),
      svg('text', { class: 'tick-label', x: MARGIN.left - 8, y: y(tick) + 4, 'text-anchor': 'end', 'aria-hidden': 'true' }, format.count(tick)),
    );
  }
  const bars = days.map(({ day, tally, progress }, index) => {
    const x = MARGIN.left + index * step + (step - barWidth) / 2;
    const reached = goal > 0 && progress >= goal;
    const parts = [`${format.count(tally.added)} added`, `${format.count(tally.removed)} removed`];
    if (tally.pasted || tally.cut) {
      parts.push(`${format.count(tally.pasted)} pasted and ${format.count(tally.cut)} cut, not counted`);
    }
    const label = `${format.day(day)}${day === today ? ' (today)' : ''}: ${format.plural(progress, 'word')} written; ${parts.join(', ')}.${reached ? ' Goal reached.' : ''}`;
    const rect = (className, from, to) =>
      to === from ? null : svg('rect', { class: className, x, y: y(Math.max(from, to)), width: barWidth, height: Math.max(1, Math.abs(y(from) - y(to))) });
    return svg(
      'g',
      { class: `day${day === today ? ' today' : ''}`, role: 'img', 'aria-label': label },
      svg('title', {}, label),
      svg('rect', { class: 'hit', x: MARGIN.left + index * step, y: MARGIN.top, width: step, height: plotHeight }),
      rect(reached ? 'added reached' : 'added', 0, tally.added),
      rect('pasted', tally.added, tally.added + tally.pasted),
      rect('removed', 0, -tally.removed),
      rect('cut', -tally.removed, -tally.removed - tally.cut),
      // Today's count is written over its bar: early in the day it is too small to see against the goal.
      day === today && progress > 0
        ? svg('text', { class: 'today-value', x: x + barWidth / 2, y: y(tally.added + tally.pasted) - 5, 'text-anchor': 'middle', 'aria-hidden': 'true' }, format.count(progress))
        : null,
      index % 7 === (days.length - 1) % 7
        ? svg('text', { class: 'tick-label', x: MARGIN.left + index * step + step / 2, y: HEIGHT - MARGIN.bottom + 16, 'text-anchor': 'middle', 'aria-hidden': 'true' }, day === today ? 'Today' : format.dayOfMonth(day))
        : null,
    );
  });
  chart.append(...bars);
  if (goal > 0) {
    chart.append(
      svg('line', { class: 'goal', x1: MARGIN.left, x2: width - MARGIN.right, y1: y(goal), y2: y(goal), 'aria-hidden': 'true' }),
      // Over the oldest days, where it hides least of what the writer did lately.
      svg('text', { class: 'goal-label', x: MARGIN.left + 4, y: y(goal) - 5, 'aria-hidden': 'true' }, `Daily goal ${format.count(goal)}`),
    );
  }
  rovingFocus(bars, { initial: bars.length - 1 });
  return chart;
}
