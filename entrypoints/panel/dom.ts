/** Tiny DOM builder: page-derived strings only ever go in as text nodes, never as markup. */
type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) if (c) node.append(c); // append(string) creates a Text node
  return node;
}

/** Replaces an element's children with text. */
export function setText(node: Element, text: string): void {
  node.textContent = text;
}
