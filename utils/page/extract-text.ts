// Visible text of a DOM subtree as blocks, by a single linear walk. It reads markup only (no innerText, no
// computed style) so a browser page and linkedom in Node give the same text for the same HTML.
import type { BlockKind, TextBlock } from '../types';
import { classifyLine } from './classify-line';
import { isSkipped } from './skip-element';
import { runSteps, type Steps } from '../steps';

/** Maps a run of `text` back to the DOM text node it came from (page side: offsets → Range for highlights). */
export interface TextSegment {
  node: Text;
  /** Offset of this run in the extracted text. */
  start: number;
  /** Offset of the run's first character inside `node.data`. */
  nodeOffset: number;
  length: number;
}

export interface ExtractedText {
  text: string;
  blocks: TextBlock[];
  segments?: TextSegment[];
}

export interface ExtractOptions {
  withSegments?: boolean;
  /** Stop after about this many characters (huge pages). */
  maxChars?: number;
}

/** Elements that start and end a block of text; everything else flows inline. */
const BLOCK_TAGS = new Set(
  ('address article aside blockquote caption center dd details dialog div dl dt fieldset figcaption figure footer ' +
    'form h1 h2 h3 h4 h5 h6 header hr legend li main nav ol p pre section summary table tbody td tfoot th thead tr ul')
    .split(' '),
);
const BOLD_TAGS = new Set(['b', 'strong']);
const HEADING_TAG_RE = /^h([1-6])$/;
const MAIN_TAG_RE = /^(main|article)$/;
/** Runs of non-collapsible text separated by single spaces: copied verbatim, so segments map 1:1 to node data. */
const RUN_RE = /[^ \t\n\r\f]+(?: [^ \t\n\r\f]+)*/g;

interface Ctx {
  kind: BlockKind;
  level?: number;
  /** Inside main/article: header/footer/aside there belong to the content. */
  main: boolean;
  block: boolean;
  bold: boolean;
  parent: Ctx | null;
}

function enterCtx(el: Element, tag: string, parent: Ctx): Ctx {
  const block = BLOCK_TAGS.has(tag);
  const role = el.getAttribute('role');
  const h = HEADING_TAG_RE.exec(tag);
  let kind = parent.kind;
  let level = parent.level;
  if (h || role === 'heading') {
    kind = 'heading';
    level = h ? Number(h[1]) : Number(el.getAttribute('aria-level')) || 2;
  } else if (tag === 'li') kind = 'item';
  else if (tag === 'dt' || tag === 'dd') kind = 'term';
  else if (tag === 'td' || tag === 'th') kind = 'cell';
  else if (block && parent.kind === 'cell') kind = 'para';
  if (kind !== 'heading') level = undefined;
  const main = parent.main || MAIN_TAG_RE.test(tag) || role === 'main';
  return { kind, level, main, block: block || !!h || role === 'heading', bold: BOLD_TAGS.has(tag), parent };
}

/**
 * Visible text of `root` (skipping scripts, styles, hidden parts, navigation and site chrome), one block per
 * heading / list item / paragraph / cell, blocks joined by '\n', whitespace collapsed within a block.
 * @example extractText(parseHtml('<h2>Requirements</h2><ul><li>Go</li></ul>').body).text // 'Requirements\nGo'
 */
export function extractText(root: Element, opts: ExtractOptions = {}): ExtractedText {
  return runSteps(extractTextSteps(root, opts));
}

/**
 * Nodes walked between two pauses of extractTextSteps: ~3–5 ms of a page's main thread here. A usual posting is read
 * without a pause; a 100k-word one (~50,000 nodes) had one 40–52 ms task without them.
 */
export const EXTRACT_STEP_NODES = 4000;

/**
 * extractText with a pause every EXTRACT_STEP_NODES nodes, where the caller may yield to the page. The DOM must not
 * change in between.
 */
export function* extractTextSteps(root: Element, opts: ExtractOptions = {}): Steps<ExtractedText> {
  const maxChars = opts.maxChars ?? Infinity;
  const parts: string[] = [];
  const blocks: TextBlock[] = [];
  const segments: TextSegment[] | undefined = opts.withSegments ? [] : undefined;
  let len = 0;
  let lineStart = -1;
  let linePart = 0;
  let lineKind: BlockKind = 'para';
  let lineLevel: number | undefined;
  let lineAllBold = true;
  let pendingSpace = false;
  let boldDepth = 0;
  let done = false;
  let ctx: Ctx = {
    kind: 'para', main: !!root.closest('main,article,[role=main]'), block: true, bold: false, parent: null,
  };

  const flush = (): void => {
    if (lineStart < 0) return;
    const line = parts.slice(linePart).join('');
    const [kind, level] = classifyLine(line, lineKind, lineLevel, lineAllBold);
    blocks.push(level ? { start: lineStart, end: len, kind, level } : { start: lineStart, end: len, kind });
    lineStart = -1;
    pendingSpace = false;
  };

  const emit = (run: string, node: Text, offset: number): void => {
    if (lineStart < 0) {
      if (len > 0) {
        parts.push('\n');
        len++;
      }
      lineStart = len;
      linePart = parts.length;
      lineKind = ctx.kind;
      lineLevel = ctx.level;
      lineAllBold = true;
    } else if (pendingSpace) {
      parts.push(' ');
      len++;
    }
    pendingSpace = false;
    parts.push(run);
    segments?.push({ node, start: len, nodeOffset: offset, length: run.length });
    len += run.length;
    if (boldDepth === 0) lineAllBold = false;
    if (len >= maxChars) done = true;
  };

  const leave = (): void => {
    if (ctx.block) flush();
    if (ctx.bold) boldDepth--;
    ctx = ctx.parent ?? ctx;
  };

  let node: Node | null = root.firstChild;
  let walked = 0;
  while (node && !done) {
    if (++walked % EXTRACT_STEP_NODES === 0) yield;
    let descend = false;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      let last = 0;
      RUN_RE.lastIndex = 0;
      for (let m = RUN_RE.exec(data); m && !done; m = RUN_RE.exec(data)) {
        if (m.index > last) pendingSpace = true;
        emit(m[0], node as Text, m.index);
        last = m.index + m[0].length;
      }
      if (last < data.length) pendingSpace = true;
    } else if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.localName;
      if (tag === 'br' || tag === 'hr') flush();
      else if (!isSkipped(el, tag, ctx.main)) {
        const next = enterCtx(el, tag, ctx);
        if (next.block) flush();
        if (el.firstChild) {
          ctx = next;
          if (next.bold) boldDepth++;
          descend = true;
        } else if (next.block) flush();
      }
    }
    if (done) break;
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node) {
      if (node.nextSibling) {
        node = node.nextSibling;
        break;
      }
      node = node.parentNode;
      if (!node || node === root) node = null;
      else leave();
    }
  }
  flush();
  const out: ExtractedText = { text: parts.join(''), blocks };
  if (segments) out.segments = segments;
  return out;
}
