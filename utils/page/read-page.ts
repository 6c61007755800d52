// STUB (owned by the page-reading helper): DOM → PageSnapshot. Keep these signatures.
import type { Detection, PageSnapshot } from '../types';
import { extractText } from './extract-text';

/** Cheap check, well under 1 ms on any page: false means "certainly not a posting, stop here". */
export function quickGate(_doc: Document, _url: string | null): boolean {
  return true;
}

/** Full page read: detection, facts from markup, and the posting's visible text. */
export function readPage(doc: Document, url: string | null): PageSnapshot {
  const { text, blocks } = extractText(doc.body ?? doc.documentElement);
  const detection: Detection = { isJobPosting: false, source: 'none', board: null, score: 0, reasons: [] };
  return {
    url,
    detection,
    facts: {
      title: null, company: null, locations: [], workMode: null, employmentType: null,
      datePosted: null, validThrough: null, salary: null, jobKey: url,
    },
    text,
    blocks,
  };
}
