// Text heuristics, the last resort of detection: a posting has section headings (duties, requirements, offer),
// an apply action and experience phrases. A blog or news page rarely has more than one of these.
import type { TextBlock } from '../types';
import { APPLY_RE, EMPLOYMENT_RE, EXPERIENCE_RE, HEADING_CUES } from './posting-cues';

const MAX_HEADING_CHARS = 60;
const MAX_HEADING_WORDS = 7;
const MAX_LABEL_CHARS = 40;
const FINAL_PUNCT_RE = /[.!?,;]$/;
const MAX_ACTIONS = 600;
const SAMPLE_CHARS = 60_000;
const HEADING_NUMBER_RE = /^(?:\d{1,2}[.)]\s*|[-•*]\s*)/;
const ARTICLE_META = 'meta[property="article:published_time"],meta[property="og:type"][content="article" i]';
/** Titles of articles about jobs rather than of a job: how-tos, announcements, news about hiring. */
const ARTICLE_TITLE_RE =
  /\b(?:how (?:to|we|i)|tips (?:for|to|on)|(?:a|the|our) guide to|ways to|lessons|announces?|plans? to hire|to hire \d|hiring (?:wave|spree|freeze)|layoffs?)\b/i;
/** Score from which a page with a duties or requirements heading counts as a posting. */
export const HEURISTIC_THRESHOLD = 5;

export interface HeuristicResult {
  score: number;
  reasons: string[];
  /** A duties or requirements heading was found: required for a heuristic yes. */
  core: boolean;
  /** Distinct section-heading categories found (duties, needs, nice, offer). */
  categories: number;
}

function firstLine(text: string): string {
  const nl = text.indexOf('\n');
  return nl < 0 ? text : text.slice(0, nl);
}

function hasApplyAction(doc: Document): boolean {
  const els = doc.querySelectorAll('a,button,input[type=submit]');
  for (let i = 0; i < els.length && i < MAX_ACTIONS; i++) {
    const el = els[i] as Element;
    const label = (el.localName === 'input' ? el.getAttribute('value') : el.textContent) ?? '';
    if (label.length < 60 && APPLY_RE.test(label.trim())) return true;
  }
  return false;
}

/** Plain text has no buttons: a short line such as "Apply now" or "How to apply" is its apply action. */
function hasApplyLine(text: string, blocks: TextBlock[]): boolean {
  return blocks.some((b) => b.end - b.start < 60 && APPLY_RE.test(text.slice(b.start, b.end).trim()));
}

/**
 * Scores a page's extracted text as a posting; `doc` null scores plain text alone (no markup signals).
 * @example scoreHeuristics(doc, text, blocks).score // 8 for a careers page with Requirements/Benefits and Apply
 */
export function scoreHeuristics(doc: Document | null, text: string, blocks: TextBlock[]): HeuristicResult {
  const reasons: string[] = [];
  const found = new Set<string>();
  for (const b of blocks) {
    // Section labels styled as plain divs ("Requirements" alone on a line) count as headings here.
    const len = b.end - b.start;
    if (b.kind === 'heading' ? len > MAX_HEADING_CHARS : b.kind !== 'para' || len > MAX_LABEL_CHARS) continue;
    const h = text.slice(b.start, b.end).replace(HEADING_NUMBER_RE, '');
    if (b.kind === 'para' && FINAL_PUNCT_RE.test(h)) continue;
    if (h.split(' ').length > MAX_HEADING_WORDS) continue;
    for (const [cat, re] of Object.entries(HEADING_CUES)) {
      if (!found.has(cat) && re.test(h)) {
        found.add(cat);
        reasons.push(`heading: ${h}`);
      }
    }
  }
  let score = found.size * 2;
  const sample = text.slice(0, SAMPLE_CHARS);
  const signals: [boolean, number, string][] = [
    [doc ? hasApplyAction(doc) : hasApplyLine(text, blocks), 2, 'apply action'],
    [EXPERIENCE_RE.test(sample), 1, 'experience phrase'],
    [EMPLOYMENT_RE.test(sample), 1, 'employment type'],
    [!!doc?.querySelector(ARTICLE_META), -2, 'article metadata'],
    [ARTICLE_TITLE_RE.test(doc ? (doc.getElementsByTagName('h1')[0]?.textContent ?? doc.title) : firstLine(text)), -4, 'article-like title'],
  ];
  for (const [hit, points, reason] of signals) {
    if (!hit) continue;
    score += points;
    reasons.push(reason);
  }
  return { score, reasons, core: found.has('duties') || found.has('needs'), categories: found.size };
}
