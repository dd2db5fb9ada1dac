// Words per scene as bars, scene after scene through the book, grouped under their chapters. The solid
// part at the foot of each bar is the scene's dialogue, the pale rest its narration, so the share of
// speech reads at a glance. Each bar is a button: click, or Enter, takes the editor to the scene.
import { svg } from './dom.js';
import { rovingFocus } from './keyboard.js';
import { niceTicks } from './scale.js';

const HEIGHT = 260;
const MARGIN = { top: 46, right: 12, bottom: 30, left: 52 };
/** Below this a bar is too thin to see or click; the chart scrolls sideways instead. */
const MIN_STEP = 3;
/** Chapter bands narrower than this on average would stripe the chart rather than group it. */
const MIN_BAND = 24;
const MAX_BAR = 56;

/**
 * @param {object} statistics the core's StoryStatistics
 * @param {ReturnType<import('./format.js').formatters>} format
 * @param {number} availableWidth
 * @param {(scene: number) => void} reveal
 * @param {number | undefined} focusScene scene whose bar had focus before this drawing
 */
export function sceneChart(statistics, format, availableWidth, reveal, focusScene) {
  const scenes = statistics.scenes;
  const plotWidth = Math.max(availableWidth - MARGIN.left - MARGIN.right, scenes.length * MIN_STEP);
  const width = plotWidth + MARGIN.left + MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const ticks = niceTicks(Math.max(1, ...scenes.map((scene) => scene.words)));
  const top = ticks[ticks.length - 1];
  const y = (words) => MARGIN.top + plotHeight - (words / top) * plotHeight;
  const step = plotWidth / Math.max(1, scenes.length);
  const barWidth = Math.max(2, Math.min(MAX_BAR, step * 0.7));
  const labelEvery = labelInterval(step, String(scenes.length).length);

  const chart = svg('svg', {
    class: 'chart scene-chart',
    width,
    height: HEIGHT,
    viewBox: `0 0 ${width} ${HEIGHT}`,
    role: 'group',
    'aria-label': `Words per scene, ${format.plural(scenes.length, 'scene')}. Use the arrow keys to move between scenes and Enter to go to one.`,
  });
  chart.append(...chapterBands(scenes, step, plotHeight), ...gridLines(ticks, y, width, format));

  const bars = scenes.map((scene, index) => {
    const x = MARGIN.left + index * step + (step - barWidth) / 2;
    const where = [scene.file, scene.chapter, scene.title].filter(Boolean).join(', ');
    const label = `${where}: ${format.plural(scene.words, 'word')}, ${format.percent(scene.dialogueShare)} dialogue.`;
    return svg(
      'g',
      { class: 'bar', role: 'button', 'aria-label': label, 'data-scene': index },
      svg('title', {}, `${where}\n${format.plural(scene.words, 'word')} · ${format.plural(scene.dialogueWords, 'word')} of dialogue (${format.percent(scene.dialogueShare)})`),
      svg('rect', { class: 'hit', x: MARGIN.left + index * step, y: MARGIN.top, width: step, height: plotHeight }),
      svg('rect', { class: 'narration', x, y: y(scene.words), width: barWidth, height: Math.max(0, y(0) - y(scene.words)) }),
      svg('rect', { class: 'dialogue', x, y: y(scene.dialogueWords), width: barWidth, height: Math.max(0, y(0) - y(scene.dialogueWords)) }),
      barWidth >= 26 && scene.words > 0 ? svg('text', { class: 'share', x: x + barWidth / 2, y: y(scene.words) - 4, 'text-anchor': 'middle', 'aria-hidden': 'true' }, format.percent(scene.dialogueShare)) : null,
      labelEvery === 1 || (index + 1) % labelEvery === 0 || index === 0
        ? svg('text', { class: 'tick-label', x: MARGIN.left + index * step + step / 2, y: HEIGHT - MARGIN.bottom + 16, 'text-anchor': 'middle', 'aria-hidden': 'true' }, fitted(scene.title, step - 8) || index + 1)
        : null,
    );
  });
  chart.append(...bars);
  rovingFocus(bars, { activate: (bar) => reveal(Number(bar.getAttribute('data-scene'))), initial: focusScene ?? 0 });
  return chart;
}

/** Alternating bands behind each chapter's scenes, the chapter's title along the top. */
function chapterBands(scenes, step, plotHeight) {
  const runs = [];
  scenes.forEach((scene, index) => {
    const last = runs[runs.length - 1];
    // Two files may each have a chapter of the same title: a band is one chapter of one file.
    if (last && last.chapter === scene.chapter && last.file === scene.file && last.end === index) {
      last.end = index + 1;
    } else {
      runs.push({ chapter: scene.chapter, file: scene.file, start: index, end: index + 1 });
    }
  });
  if ((runs.length < 2 && !runs[0]?.chapter) || (scenes.length * step) / runs.length < MIN_BAND) {
    return [];
  }
  return runs.flatMap((run, order) => {
    const x = MARGIN.left + run.start * step;
    const width = (run.end - run.start) * step;
    const title = fitted(run.chapter, width - 8);
    return [
      svg('rect', { class: `band band-${order % 2}`, x, y: MARGIN.top - 40, width, height: plotHeight + 40, 'aria-hidden': 'true' }),
      title ? svg('text', { class: 'band-label', x: x + 6, y: MARGIN.top - 24, 'aria-hidden': 'true' }, title) : null,
    ].filter(Boolean);
  });
}

function gridLines(ticks, y, width, format) {
  return ticks.flatMap((tick) => [
    svg('line', { class: tick === 0 ? 'axis' : 'grid', x1: MARGIN.left, x2: width - MARGIN.right, y1: y(tick), y2: y(tick), 'aria-hidden': 'true' }),
    svg('text', { class: 'tick-label', x: MARGIN.left - 8, y: y(tick) + 4, 'text-anchor': 'end', 'aria-hidden': 'true' }, format.count(tick)),
  ]);
}

/** Label every scene when the numbers fit, else every 2nd, 5th, 10th… so labels never collide. */
function labelInterval(step, digits) {
  const room = digits * 7 + 8;
  return [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000].find((every) => every * step >= room) ?? Math.ceil(room / step);
}

/** `text` cut to about `width` pixels of 12px type, or '' when not even a few letters fit. */
function fitted(text, width) {
  const room = Math.floor(width / 6.6);
  if (!text || room < 4) {
    return '';
  }
  return text.length <= room ? text : `${text.slice(0, room - 1).trimEnd()}…`;
}
