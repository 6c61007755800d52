// The cheap first look run on every page: false means "certainly not a posting, stop here".
// Bounded work only: a few selector queries and a capped sample of short heading-like elements and text.
import { ANY_BOARD_MARKER, BOARDS } from './boards/registry';
import { boardKeyFromUrl } from './boards/board';
import { jsonLdSources } from './json-ld';
import { GATE_WORD_RE } from './posting-cues';

const JOB_POSTING_RE = /jobposting/i;
const MICRODATA_SELECTOR = '[itemtype*="jobposting" i]';
const CUE_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'dt', 'p'];
const MAX_PER_TAG = 80;
const MAX_CUE_CHARS = 60;
const MAX_TEXT_NODES = 1500;
const MIN_CUES = 2;
/** NodeFilter.SHOW_TEXT (the constant is not a global in Node). */
const SHOW_TEXT = 4;

function parseUrl(url: string | null): URL | null {
  try {
    return url ? new URL(url) : null;
  } catch {
    return null;
  }
}

function cueCount(doc: Document): number {
  const cues = new Set<string>();
  const note = (s: string | null): void => {
    const m = s && s.length <= MAX_CUE_CHARS ? GATE_WORD_RE.exec(s) : null;
    if (m) cues.add(m[0].toLowerCase());
  };
  for (const tag of CUE_TAGS) {
    const els = doc.getElementsByTagName(tag);
    for (let i = 0; i < els.length && i < MAX_PER_TAG; i++) note((els[i] as Element).textContent);
    if (cues.size >= MIN_CUES) return cues.size;
  }
  // Headings made of styled divs: a capped walk over the first text nodes.
  const body = doc.body;
  if (!body) return cues.size;
  const walker = doc.createTreeWalker(body, SHOW_TEXT);
  for (let i = 0; i < MAX_TEXT_NODES && cues.size < MIN_CUES; i++) {
    const n = walker.nextNode();
    if (!n) break;
    note((n as Text).data.trim());
  }
  return cues.size;
}

/**
 * Cheap check, well under 1 ms on any page: false means "certainly not a posting, stop here".
 * @example quickGate(document, location.href) // false on a news article
 */
export function quickGate(doc: Document, url: string | null): boolean {
  const u = parseUrl(url);
  if (u && BOARDS.some((b) => boardKeyFromUrl(b, u))) return true;
  if (jsonLdSources(doc).some((s) => JOB_POSTING_RE.test(s))) return true;
  if (doc.querySelector(MICRODATA_SELECTOR) || doc.querySelector(ANY_BOARD_MARKER)) return true;
  return cueCount(doc) >= MIN_CUES;
}
