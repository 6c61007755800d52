// Where the posting's text lives: a known board container, a microdata item, the page's main content, else body.
import type { Board } from './boards/board';
import { matchBoard } from './boards/registry';
import { pageUrls } from './page-urls';

const GENERIC_ROOTS = ['[itemtype*="jobposting" i]', 'main', '[role=main]'];
/** Below this much text a container is a stub (a SPA shell, an empty main) and the body is read instead. */
const MIN_ROOT_CHARS = 200;

/**
 * Whether `el` holds at least `min` characters of text (as textContent counts them), reading only as far as it takes:
 * textContent of a 100k-word page's main built a 600 KB string, tens of milliseconds in the page.
 */
export function hasTextAtLeast(el: Node, min: number): boolean {
  let n = 0;
  let node: Node | null = el.firstChild;
  while (node) {
    if (node.nodeType === 3 || node.nodeType === 4) {
      n += (node as CharacterData).length;
      if (n >= min) return true;
    }
    if (node.firstChild && node.nodeType === 1) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== el && !node.nextSibling) node = node.parentNode;
    node = node && node !== el ? node.nextSibling : null;
  }
  return n >= min;
}

function substantial(el: Element | null): el is Element {
  return !!el && hasTextAtLeast(el, MIN_ROOT_CHARS);
}

/** The posting's container for a page already matched (or not) to a board. */
export function rootFor(doc: Document, board: Board | null): Element {
  const boardRoot = board?.root ? doc.querySelector(board.root) : null;
  if (substantial(boardRoot)) return boardRoot;
  for (const sel of GENERIC_ROOTS) {
    const el = doc.querySelector(sel);
    if (substantial(el)) return el;
  }
  const articles = doc.getElementsByTagName('article');
  if (articles.length === 1 && substantial(articles[0] ?? null)) return articles[0] as Element;
  return doc.body ?? doc.documentElement;
}

/**
 * The element whose visible text is the posting: readPage reads this same element.
 * @example extractText(findPostingRoot(document, location.href)).text
 */
export function findPostingRoot(doc: Document, url: string | null): Element {
  return rootFor(doc, matchBoard(doc, pageUrls(doc, url))?.board ?? null);
}
