/** Tiny DOM builder: page-derived strings only ever go in as text nodes, never as markup. */
type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = setAttributes(document.createElement(tag), attrs);
  for (const c of children) if (c) node.append(c); // append(string) creates a Text node
  return node;
}

function setAttributes<E extends Element>(node: E, attrs: Record<string, string>): E {
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

/**
 * Replaces an element's children with text, unless it already says that: on a highlighted page any DOM change makes
 * Chrome rebuild every highlight and repaint the highlighted text (tens of ms on a long posting), even a no-op one.
 */
export function setText(node: Element, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

/** Sets an attribute only when it changes (see setText). */
export function setAttr(node: Element, name: string, value: string): void {
  if (node.getAttribute(name) !== value) node.setAttribute(name, value);
}

/** Sets a property reflected in the DOM (`hidden`, `disabled`) only when it changes (see setText). */
export function setProp<E extends Element, K extends keyof E>(node: E, key: K, value: E[K]): void {
  if (node[key] !== value) node[key] = value;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * A 12px line icon drawn with SVG paths (stroke: currentColor), for symbols that common UI fonts lack: a glyph missing
 * from the panel's font is a fallback-font search (8–24 ms the first time in a tab, measured here for "⤢").
 */
export function lineIcon(d: string): SVGSVGElement {
  const svg = setAttributes(document.createElementNS(SVG_NS, 'svg'), { viewBox: '0 0 12 12', width: '12', height: '12', 'aria-hidden': 'true' });
  const stroke = { d, fill: 'none', stroke: 'currentColor', 'stroke-width': '1.5', 'stroke-linecap': 'round' };
  svg.append(setAttributes(document.createElementNS(SVG_NS, 'path'), stroke));
  return svg;
}
