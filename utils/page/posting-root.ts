// Where the posting's text lives: a known board container, a microdata item, the page's main content, else body.
import type { Board } from './boards/board';
import { matchBoard } from './boards/registry';
import { pageUrls } from './page-urls';

const GENERIC_ROOTS = ['[itemtype*="jobposting" i]', 'main', '[role=main]'];
/** Below this much text a container is a stub (a SPA shell, an empty main) and the body is read instead. */
const MIN_ROOT_CHARS = 200;

function substantial(el: Element | null): el is Element {
  return !!el && (el.textContent?.length ?? 0) >= MIN_ROOT_CHARS;
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
