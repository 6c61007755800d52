/**
 * Splits a snapshot's text into plain and highlighted runs, so a view can render it as text nodes only.
 */
import type { Highlight, HighlightKind } from '../types';

export interface Segment {
  text: string;
  kind: HighlightKind | null;
  label?: string;
}

/**
 * Non-overlapping runs covering the whole text; where highlights overlap, the earlier-starting one wins.
 *
 * @example
 * highlightSegments('Go and Rust', [{ start: 7, end: 11, kind: 'tech', label: 'Rust' }])
 * // [{ text: 'Go and ', kind: null }, { text: 'Rust', kind: 'tech', label: 'Rust' }]
 */
export function highlightSegments(text: string, highlights: readonly Highlight[]): Segment[] {
  const sorted = [...highlights]
    .filter((h) => h.start >= 0 && h.end <= text.length && h.end > h.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let at = 0;
  for (const h of sorted) {
    if (h.start < at) continue;
    if (h.start > at) out.push({ text: text.slice(at, h.start), kind: null });
    out.push({ text: text.slice(h.start, h.end), kind: h.kind, label: h.label });
    at = h.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), kind: null });
  return out;
}
