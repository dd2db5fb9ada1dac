// Keyboard reach for charts and grids: one Tab stop per chart, arrow keys move between its bars or cells
// (a roving tabindex), Enter or Space acts on the one in focus, as a button would.

/**
 * @param {Element[]} items focusable parts in reading order
 * @param {object} options
 * @param {(item: Element) => void} [options.activate] what Enter, Space and a click do
 * @param {number} [options.columns] for a grid: items per row, so Up and Down move a row
 * @param {number} [options.initial] index that takes the Tab stop
 */
export function rovingFocus(items, { activate, columns, initial = 0 } = {}) {
  if (items.length === 0) {
    return;
  }
  let current = Math.min(Math.max(0, initial), items.length - 1);
  items.forEach((item, index) => {
    item.setAttribute('tabindex', index === current ? '0' : '-1');
    item.addEventListener('focus', () => {
      items[current].setAttribute('tabindex', '-1');
      current = index;
      item.setAttribute('tabindex', '0');
    });
    if (activate) {
      item.addEventListener('click', () => activate(item));
    }
    item.addEventListener('keydown', (event) => {
      const next = target(event.key, index, items.length, columns);
      if (next !== undefined) {
        event.preventDefault();
        /** @type {HTMLElement} */ (items[next]).focus();
      } else if (activate && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        activate(item);
      }
    });
  });
}

function target(key, index, count, columns) {
  const row = columns ?? count;
  switch (key) {
    case 'ArrowRight':
      return Math.min(count - 1, index + 1);
    case 'ArrowLeft':
      return Math.max(0, index - 1);
    case 'ArrowDown':
      return columns ? Math.min(count - 1, index + columns) : Math.min(count - 1, index + 1);
    case 'ArrowUp':
      return columns ? Math.max(0, index - columns) : Math.max(0, index - 1);
    case 'Home':
      return columns ? index - (index % row) : 0;
    case 'End':
      return columns ? Math.min(count - 1, index - (index % row) + row - 1) : count - 1;
    default:
      return undefined;
  }
}
