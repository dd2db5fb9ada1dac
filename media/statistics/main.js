// The Statistics page: draws what the extension posts (`statistics` or `empty`, and `tagExamples`, the
// lines behind a cell of the dialogue tags), redraws on resize, and tells the extension when the writer
// picks a scene or a cell, or asks for an export. It keeps the last messages as webview state, so a panel
// brought back after a reload draws at once.
import { castGrid } from './castGrid.js';
import { dialogueTags } from './dialogueTags.js';
import { h } from './dom.js';
import { formatters } from './format.js';
import { historyChart } from './historyChart.js';
import { linesChart } from './linesChart.js';
import { sceneChart } from './sceneChart.js';

// @ts-ignore provided by VS Code inside webviews
const vscode = acquireVsCodeApi();
const root = /** @type {HTMLElement} */ (document.getElementById('statistics'));
let message = vscode.getState()?.message;
/** The lines behind the dialogue tags' cell the writer picked last, with the page (scope and document) they belong to. */
let tagExamples = vscode.getState()?.tagExamples;

window.addEventListener('message', (event) => {
  const data = event.data;
  if (data && (data.type === 'statistics' || data.type === 'empty')) {
    message = data;
    // Lines of another file or scope than the one now shown are no longer the lines behind its cells.
    if (tagExamples && (data.type === 'empty' || tagExamples.page !== pageKey(data.report))) {
      tagExamples = undefined;
    } else if (tagExamples) {
      // The same page redrawn (the writer typed): its lines are asked for again, as they now are.
      vscode.postMessage({ type: 'tagExamples', character: tagExamples.character, cell: tagExamples.cell });
    }
  } else if (data && data.type === 'tagExamples' && message?.type === 'statistics') {
    tagExamples = { ...data, page: pageKey(message.report) };
  } else {
    return;
  }
  vscode.setState({ message, tagExamples });
  draw();
});

function pageKey(report) {
  return `${report.scope}:${report.document}`;
}

let resizeFrame = 0;
let drawnWidth = 0;
new ResizeObserver(() => {
  cancelAnimationFrame(resizeFrame);
  resizeFrame = requestAnimationFrame(() => {
    if (Math.abs(root.clientWidth - drawnWidth) > 4) {
      draw();
    }
  });
}).observe(root);

draw();
vscode.postMessage({ type: 'ready' });

function draw() {
  if (!message) {
    return;
  }
  const focusScene = focusedScene();
  // A cell or link keeps the focus through a redraw (its lines arriving, the writer typing in the story).
  const focusKey = document.activeElement?.getAttribute?.('data-focus-key');
  drawnWidth = root.clientWidth;
  root.replaceChildren(...(message.type === 'statistics' ? page(message.report, focusScene) : [emptyPage()]).filter(Boolean));
  root.setAttribute('aria-busy', 'false');
  if (focusScene !== undefined) {
    /** @type {HTMLElement | null} */ (root.querySelector(`.scene-chart .bar[tabindex="0"]`))?.focus();
  } else if (focusKey) {
    /** @type {HTMLElement | undefined} */ ([...root.querySelectorAll('[data-focus-key]')].find((element) => element.getAttribute('data-focus-key') === focusKey))?.focus();
  }
}

function emptyPage() {
  return h(
    'section',
    { class: 'empty' },
    h('h1', {}, 'Statistics'),
    h('p', {}, 'Open a story document (a .story, plain text or Markdown file) and its statistics appear here: words, scenes, dialogue, and your writing day by day.'),
  );
}

function page(report, focusScene) {
  const format = formatters(report.locale);
  const { statistics } = report;
  const width = contentWidth();
  const reveal = (scene) => vscode.postMessage({ type: 'revealScene', scene });
  return [
    header(report, format),
    totals(report, format),
    section(
      'scenes',
      'Words per scene',
      statistics.scenes.length > 0 ? legend([['dialogue', 'Dialogue'], ['narration', 'Narration']]) : null,
      statistics.scenes.length > 0
        ? [h('div', { class: 'chart-scroll' }, sceneChart(statistics, format, width, reveal, focusScene)), scenesTable(statistics, format, reveal)]
        : h('p', { class: 'note' }, 'No scenes yet: write a paragraph and it becomes the first.'),
    ),
    statistics.cast.some((character) => character.scenesPresent > 0)
      ? section('cast', 'Who is in which scene', legend([['present', 'Present'], ['speaks', 'Speaks (darker: more lines)']]), castGrid(statistics, format, reveal))
      : null,
    statistics.cast.some((character) => character.lines > 0) ? section('lines', 'Lines per character', null, linesChart(statistics, format)) : null,
    report.dialogueTags && report.dialogueTags.book.lines > 0
      ? section(
          'tags',
          'Dialogue tags',
          legend([['said-asked', 'Said or asked'], ['other-verbs', 'Other verbs'], ['untagged', 'No tag']]),
          dialogueTags(
            report.dialogueTags,
            report.scope,
            format,
            tagExamples,
            (character, cell) => vscode.postMessage({ type: 'tagExamples', character, cell }),
            (character, cell, index) => vscode.postMessage({ type: 'revealTagExample', character, cell, index }),
          ),
        )
      : null,
    section(
      'history',
      `Your writing, the last ${report.history.length} days`,
      legend([['added', 'Added'], ['reached', 'Goal reached'], ['pasted', 'Pasted (not counted)'], ['removed', 'Removed']]),
      [
        h('div', { class: 'chart-scroll' }, historyChart(report.history, report.dailyGoal, report.today.day, format, width)),
        historyTable(report, format),
        h('p', { class: 'note' }, 'Counted in this workspace as you write: words added minus words removed. Single edits of more than 100 words (pasting or cutting a chapter) and changes from disk (a branch switch) do not count; undo takes back what it undoes.'),
      ],
    ),
  ];
}

function header(report, format) {
  const button = (label, kind, title) => h('button', { type: 'button', class: 'export', title, onclick: () => vscode.postMessage({ type: 'export', kind }) }, label);
  const manuscript = report.scope === 'manuscript';
  const subtitle = manuscript
    ? `The whole manuscript: ${format.plural(report.manuscriptFiles, 'story file')} in reading order${report.indexing ? ' (still reading some)' : ''}.`
    : 'Statistics of the story you are editing, updated as you write.';
  return h(
    'header',
    { class: 'page-header' },
    h('div', { class: 'title' }, h('h1', {}, report.document), h('p', { class: 'subtitle' }, subtitle)),
    h(
      'div',
      { class: 'actions' },
      report.manuscriptFiles > 1 || manuscript ? scopeSwitch(report, format) : null,
      h(
        'div',
        { class: 'exports', role: 'group', 'aria-label': 'Export' },
        button('Export JSON', 'json', 'Save everything on this page as JSON'),
        button('Scenes CSV', 'scenesCsv', 'Save one row per scene as CSV'),
        button('History CSV', 'historyCsv', 'Save one row per day of writing as CSV'),
      ),
    ),
  );
}

/** This file, or every story file of the workspace read as one book. */
function scopeSwitch(report, format) {
  const option = (scope, label) =>
    h('button', { type: 'button', class: 'scope', 'aria-pressed': String(report.scope === scope), onclick: () => vscode.postMessage({ type: 'scope', scope }) }, label);
  return h(
    'div',
    { class: 'scope-switch', role: 'group', 'aria-label': 'Show statistics of' },
    option('document', 'This file'),
    option('manuscript', `Manuscript (${format.plural(report.manuscriptFiles, 'file')})`),
  );
}

function totals(report, format) {
  const { statistics, today, dailyGoal } = report;
  const card = (stat, label, value, detail) =>
    h('div', { class: 'total', 'data-stat': stat }, h('dt', {}, label), h('dd', {}, h('span', { class: 'value' }, value), detail ? h('span', { class: 'detail' }, detail) : null));
  const goalCard = () => {
    const reached = dailyGoal > 0 && today.progress >= dailyGoal;
    const meter = h('span', { class: `meter${reached ? ' reached' : ''}`, role: 'presentation' }, h('span', { class: 'meter-fill' }));
    /** @type {HTMLElement} */ (meter.firstChild).style.width = `${dailyGoal > 0 ? Math.min(100, (today.progress / dailyGoal) * 100) : 0}%`;
    return h(
      'div',
      { class: 'total', 'data-stat': 'today' },
      h('dt', {}, 'Today'),
      h(
        'dd',
        {},
        h('span', { class: 'value' }, format.count(today.progress), dailyGoal > 0 ? h('span', { class: 'of-goal' }, ` / ${format.count(dailyGoal)}`) : null),
        h('span', { class: 'detail' }, dailyGoal > 0 ? (reached ? 'goal reached' : `${format.count(dailyGoal - today.progress)} to go`) : 'words written'),
        dailyGoal > 0 ? meter : null,
      ),
    );
  };
  return h(
    'dl',
    { class: 'totals' },
    card('words', 'Words', format.count(statistics.words)),
    card('scenes', 'Scenes', format.count(statistics.scenes.length)),
    card('chapters', 'Chapters', format.count(statistics.chapters), statistics.parts > 0 ? `in ${format.plural(statistics.parts, 'part')}` : null),
    card('dialogue', 'Dialogue', format.percent(statistics.dialogueShare), format.plural(statistics.dialogueWords, 'word')),
    card('reading', 'Reading time', format.duration(statistics.readingMinutes), `at ${format.count(report.readingWordsPerMinute)} words a minute`),
    goalCard(),
  );
}

function section(id, title, legendElement, content) {
  return h('section', { class: `panel-section section-${id}`, 'aria-labelledby': `heading-${id}` }, h('div', { class: 'section-heading' }, h('h2', { id: `heading-${id}` }, title), legendElement), content);
}

function legend(entries) {
  return h(
    'ul',
    { class: 'legend', 'aria-hidden': 'true' },
    entries.map(([key, label]) => h('li', {}, h('span', { class: `swatch swatch-${key}` }), label)),
  );
}

function scenesTable(statistics, format, reveal) {
  const files = statistics.scenes.some((scene) => scene.file !== undefined);
  const headings = ['#', ...(files ? ['File'] : []), 'Chapter', 'Scene', 'Words', 'Dialogue words', 'Dialogue'];
  return h(
    'details',
    { class: 'table-details' },
    h('summary', {}, 'Scenes as a table'),
    h(
      'table',
      { class: 'data-table scenes-table' },
      h('thead', {}, h('tr', {}, headings.map((label, index) => h('th', { scope: 'col', class: index === 0 || index >= headings.length - 3 ? 'number' : null }, label)))),
      h(
        'tbody',
        {},
        statistics.scenes.map((scene, index) =>
          h(
            'tr',
            { 'data-scene': index },
            h('td', { class: 'number' }, index + 1),
            files ? h('td', { class: 'file' }, scene.file ?? '') : null,
            h('td', {}, scene.chapter),
            h('td', {}, h('button', { type: 'button', class: 'link', onclick: () => reveal(index), title: 'Go to this scene' }, scene.title)),
            h('td', { class: 'number', 'data-field': 'words' }, format.count(scene.words)),
            h('td', { class: 'number', 'data-field': 'dialogueWords' }, format.count(scene.dialogueWords)),
            h('td', { class: 'number' }, format.percent(scene.dialogueShare)),
          ),
        ),
      ),
    ),
  );
}

function historyTable(report, format) {
  const days = report.history.filter(({ tally }) => tally.added || tally.removed || tally.pasted || tally.cut);
  return h(
    'details',
    { class: 'table-details' },
    h('summary', {}, days.length > 0 ? 'Days as a table' : 'No writing recorded in these days yet'),
    days.length > 0
      ? h(
          'table',
          { class: 'data-table history-table' },
          h('thead', {}, h('tr', {}, ['Day', 'Written', 'Added', 'Removed', 'Pasted', 'Cut'].map((label, index) => h('th', { scope: 'col', class: index > 0 ? 'number' : null }, label)))),
          h(
            'tbody',
            {},
            days.reverse().map(({ day, tally, progress }) =>
              h('tr', {}, h('td', {}, format.day(day)), [progress, tally.added, tally.removed, tally.pasted, tally.cut].map((count) => h('td', { class: 'number' }, format.count(count)))),
            ),
          ),
        )
      : null,
  );
}

/** The width charts may take: the page's, less its padding. */
function contentWidth() {
  const style = getComputedStyle(root);
  return Math.max(300, root.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight));
}

function focusedScene() {
  const active = document.activeElement;
  return active && active.closest?.('.scene-chart') ? Number(active.getAttribute('data-scene')) : undefined;
}
