import { extractText, type TextSegment } from '@/utils/page/extract-text';
import type { PageFacts, PageSnapshot } from '@/utils/types';
import { MAX_PAGE_CHARS } from './limits';

export interface PageRead {
  snapshot: PageSnapshot;
  segments: readonly TextSegment[];
  /** Where the snapshot's text starts in the segments' text; -1 when it is not a contiguous part of it. */
  base: number;
  /** The segments' text, when it differs from the snapshot's. */
  extractedText?: string;
}

function emptyFacts(url: string): PageFacts {
  return {
    title: null, company: null, locations: [], workMode: null, employmentType: null,
    datePosted: null, validThrough: null, salary: null, jobKey: url.split('#')[0] ?? url,
  };
}

/** The user's selection as a snapshot (the user says it is a posting), with segments to paint it. */
export function readSelection(doc: Document, url: string): PageRead | null {
  const sel = doc.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  const anchor = range.commonAncestorContainer;
  const root = anchor.nodeType === Node.ELEMENT_NODE ? (anchor as Element) : anchor.parentElement;
  if (!root) return null;
  const ex = extractText(root, { withSegments: true, maxChars: MAX_PAGE_CHARS });
  const segments = ex.segments ?? [];
  let start = -1;
  let end = -1;
  for (const s of segments) {
    if (!range.intersectsNode(s.node)) continue;
    let a = s.start;
    let b = s.start + s.length;
    if (s.node === range.startContainer) a = Math.max(a, s.start + range.startOffset - s.nodeOffset);
    if (s.node === range.endContainer) b = Math.min(b, s.start + range.endOffset - s.nodeOffset);
    if (b <= a) continue;
    if (start < 0) start = a;
    end = b;
  }
  if (start < 0) return null;
  const text = ex.text.slice(start, end);
  const blocks = ex.blocks
    .filter((b) => b.end > start && b.start < end)
    .map((b) => ({ ...b, start: Math.max(b.start, start) - start, end: Math.min(b.end, end) - start }));
  return {
    snapshot: {
      url,
      detection: { isJobPosting: true, source: 'none', board: null, score: 0, reasons: ['user selection'] },
      facts: emptyFacts(url),
      text,
      blocks,
    },
    segments,
    base: start,
  };
}
