// The cheap first look run on every page: false means "certainly not a posting, stop here".
// One bounded walk over the first nodes (plus the head and the end of body, where JSON-LD usually sits): selector
// queries scan the whole tree, which costs milliseconds on big pages in linkedom and adds up in the page too.
import { ANY_BOARD_MARKER, boardFromUrl } from './boards/registry';
import { isLdScript } from './json-ld';
import { GATE_WORD_RE } from './posting-cues';

const JOB_POSTING_RE = /jobposting/i;
/** Class, id and attribute values named in the boards' DOM markers: a hint worth one real querySelector. */
let markerTokens: string[] | null = null;
const TOKEN_START = new Set(['.', '#', '=']);
const isTokenChar = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '-' || c === '_';

/** The names after `.`, `#` and `=` in a selector list, read with string ops: no regex to compile on every page. */
export function selectorTokens(selectors: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < selectors.length; i++) {
    if (!TOKEN_START.has(selectors[i]!)) continue;
    let j = i + 1;
    if (selectors[j] === '"') j++;
    const from = j;
    while (j < selectors.length && isTokenChar(selectors[j]!)) j++;
    if (j > from) out.add(selectors.slice(from, j));
  }
  return [...out];
}

function hasMarkerToken(el: Element): boolean {
  markerTokens ??= selectorTokens(ANY_BOARD_MARKER);
  const s = `${el.getAttribute('class')} ${el.getAttribute('id')}`;
  return markerTokens.some((t) => s.includes(t));
}

const MAX_NODES = 2500;
const ATTRIBUTE_DEPTH = 4;
/** Subtrees with no posting text (menus, site header and footer, graphics). */
const SKIP_TAGS = new Set(['style', 'svg', 'nav', 'header', 'footer', 'noscript', 'template', 'select', 'iframe']);
const TAIL_ELEMENTS = 30;
const MAX_CUE_CHARS = 60;
const MIN_CUES = 2;

function parseUrl(url: string | null): URL | null {
  try {
    return url ? new URL(url) : null;
  } catch {
    return null;
  }
}

function isPostingScript(el: Element): boolean {
  return isLdScript(el) && JOB_POSTING_RE.test(el.textContent ?? '');
}

/** JSON-LD JobPosting among `parent`'s last `limit` children (`children`, not sibling links: linkedom scans those). */
function scriptsSay(parent: Element | null | undefined, limit: number): boolean {
  const kids = parent?.children;
  if (!kids) return false;
  for (let i = kids.length - 1; i >= 0 && kids.length - i <= limit; i--) {
    const el = kids[i] as Element;
    if (el.localName === 'script' && isPostingScript(el)) return true;
  }
  return false;
}

/** Walks the first MAX_NODES nodes of body (page chrome skipped): posting scripts, heading-like cue words, and
 * near the top of the tree, microdata and board markers. */
function walkSays(doc: Document, body: Element): boolean {
  const cues = new Set<string>();
  let markerHint = false;
  let node: Node | null = body;
  let depth = 0;
  for (let n = 0; node && n < MAX_NODES; n++) {
    let descend = false;
    if (node.nodeType === 3) {
      // Length first: reading `data` of a long text node copies it out of the DOM in browsers.
      const s = (node as Text).length <= MAX_CUE_CHARS * 2 ? (node as Text).data : '';
      const m = s ? GATE_WORD_RE.exec(s) : null;
      if (m && s.trim().length <= MAX_CUE_CHARS) {
        cues.add(m[0].toLowerCase());
        if (cues.size >= MIN_CUES) return true;
      }
    } else if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.localName;
      if (tag === 'script') {
        if (isPostingScript(el)) return true;
      } else if (!SKIP_TAGS.has(tag)) {
        descend = true;
        // Attribute reads cost (a lot in linkedom): only near the top, where posting containers sit.
        if (depth <= ATTRIBUTE_DEPTH) {
          if (JOB_POSTING_RE.test(el.getAttribute('itemtype') ?? '')) return true;
          markerHint ||= hasMarkerToken(el);
        }
      }
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      depth++;
      continue;
    }
    while (node && node !== body && !node.nextSibling) {
      node = node.parentNode;
      depth--;
    }
    node = node && node !== body ? node.nextSibling : null;
  }
  return markerHint && !!doc.querySelector(ANY_BOARD_MARKER);
}

/**
 * Cheap check, well under 1 ms on any page: false means "certainly not a posting, stop here".
 * @example quickGate(document, location.href) // false on a news article
 */
export function quickGate(doc: Document, url: string | null): boolean {
  const u = parseUrl(url);
  if (u && boardFromUrl(u)) return true;
  if (scriptsSay(doc.head, Infinity) || scriptsSay(doc.body, TAIL_ELEMENTS)) return true;
  return !!doc.body && walkSays(doc, doc.body);
}
