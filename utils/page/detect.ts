// Is this page ONE job posting? In order of trust: JSON-LD, microdata, a known board, text heuristics.
import type { Detection, TextBlock } from '../types';
import type { BoardMatch } from './boards/registry';
import type { Json } from './json-ld';
import { HEURISTIC_THRESHOLD, scoreHeuristics } from './heuristics';
import { ldString } from './ld-values';
import { countJobLinks, LISTING_MIN_JOB_LINKS } from './listing';

/** With this many job links, even a page with posting sections is a list of jobs. */
const MANY_JOB_LINKS = 25;

export interface DetectInput {
  ldItems: Json[];
  microdataItems: Json[];
  board: BoardMatch | null;
  text: string;
  blocks: TextBlock[];
}

/** The page's h1 names the posting (a listing page's single JobPosting usually is not its h1). */
function h1Names(doc: Document, title: string | null): boolean {
  const t = title?.toLowerCase();
  if (!t) return false;
  return Array.from(doc.getElementsByTagName('h1')).some((h) => {
    const s = (h.textContent ?? '').toLowerCase().trim();
    return !!s && (s.includes(t) || t.includes(s));
  });
}

/**
 * Decides whether the page is one job posting, with reasons.
 * @example detectPosting(doc, { ldItems: [posting], microdataItems: [], board: null, text, blocks }).source // 'json-ld'
 */
export function detectPosting(doc: Document, input: DetectInput): Detection {
  const { ldItems, microdataItems, board } = input;
  const boardId = board?.board.id ?? null;
  const result = (isJobPosting: boolean, source: Detection['source'], score: number, reasons: string[]): Detection =>
    ({ isJobPosting, source, board: boardId, score, reasons });
  const items = ldItems.length ? ldItems : microdataItems;
  const source = ldItems.length ? 'json-ld' : 'microdata';
  if (items.length === 1) {
    const links = board ? 0 : countJobLinks(doc);
    if (links >= LISTING_MIN_JOB_LINKS && !h1Names(doc, ldString((items[0] as Json).title))) {
      return result(false, source, 0, [`${source} JobPosting on a page listing ${links} jobs`]);
    }
    return result(true, source, 10, [`${source} JobPosting`]);
  }
  if (items.length > 1 && !board) return result(false, source, 0, [`${items.length} JobPosting items: a listing`]);
  if (board) return result(true, 'board', 10, [`board: ${board.board.id} (${board.via})`]);
  const h = scoreHeuristics(doc, input.text, input.blocks);
  if (h.score < HEURISTIC_THRESHOLD || !h.core) return result(false, 'none', h.score, h.reasons);
  // A posting may end with a few "similar jobs"; a page of job links without a posting's sections is a listing.
  const links = countJobLinks(doc);
  if (links >= LISTING_MIN_JOB_LINKS && (h.categories < 2 || links >= MANY_JOB_LINKS)) {
    return result(false, 'none', h.score, [...h.reasons, `lists ${links} jobs`]);
  }
  return result(true, 'heuristic', h.score, h.reasons);
}

/**
 * Plain text (a pasted posting, a .txt file): the same section-heading heuristics, without markup signals.
 * @example detectText('Backend Engineer\nResponsibilities\n- Build APIs\nRequirements\n- 3+ years of Go', blocks).isJobPosting // true
 */
export function detectText(text: string, blocks: TextBlock[]): Detection {
  const h = scoreHeuristics(null, text, blocks);
  const yes = h.score >= HEURISTIC_THRESHOLD && h.core;
  return { isJobPosting: yes, source: yes ? 'heuristic' : 'none', board: null, score: h.score, reasons: h.reasons };
}
