// Builds the page's DOM from data without ever parsing it as markup: text goes in as text nodes,
// attributes through setAttribute, events through addEventListener. Nothing here uses innerHTML.

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * An HTML element. `attributes` values that are null, undefined or false are left out; `on*` keys take
 * functions (listeners), never strings. Children are nodes, or strings and numbers shown as text.
 * @param {string} tag
 * @param {Record<string, unknown>} [attributes]
 * @param {...unknown} children
 * @returns {HTMLElement}
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  setAttributes(element, attributes);
  appendChildren(element, children);
  return element;
}

/**
 * An SVG element, built the same way.
 * @param {string} tag
 * @param {Record<string, unknown>} [attributes]
 * @param {...unknown} children
 * @returns {SVGElement}
 */
export function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG_NS, tag);
  setAttributes(element, attributes);
  appendChildren(element, children);
  return element;
}

function setAttributes(element, attributes) {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (/^on/i.test(name)) {
      // An inline handler is code from a string: only real functions become listeners.
      if (typeof value === 'function') {
        element.addEventListener(name.slice(2).toLowerCase(), value);
      }
      continue;
    }
    element.setAttribute(name, value === true ? '' : String(value));
  }
}

function appendChildren(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}
