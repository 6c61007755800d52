import type { Highlight, HighlightKind } from '../types';
import type { TextSegment } from '../page/extract-text';

/** A DOM position: a Text node and an offset inside its data. */
export interface Boundary {
  node: Text;
  offset: number;
}

/** Index of the last segment starting at or before `pos` (segments are sorted by `start`), -1 if none. */
function segmentAt(segments: readonly TextSegment[], pos: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The DOM position of text offset `pos`. A start that falls between segments (on an inserted '\n') moves forward to
 * the next segment; an end moves back to the previous segment's end.
 * @example boundaryAt(segments, 12, 'start') // { node: Text("Go and Rust"), offset: 0 }
 */
export function boundaryAt(segments: readonly TextSegment[], pos: number, side: 'start' | 'end'): Boundary | null {
  const i = segmentAt(segments, side === 'end' ? pos - 1 : pos);
  const seg = i >= 0 ? segments[i] : undefined;
  if (seg && pos - seg.start <= seg.length && (side === 'end' || pos - seg.start < seg.length))
    return { node: seg.node, offset: seg.nodeOffset + (pos - seg.start) };
  if (side === 'start') {
    const next = segments[i + 1];
    return next ? { node: next.node, offset: next.nodeOffset } : null;
  }
  return seg ? { node: seg.node, offset: seg.nodeOffset + seg.length } : null;
}

/** Ranges per kind, ready for `CSS.highlights`; offsets are into the analysed text, which starts at `base`. */
export type RangesByKind = Map<HighlightKind, Range[]>;

/**
 * Turns highlight offsets into DOM Ranges without touching the DOM. Skips highlights whose nodes left the document.
 * @example rangesFor(document, analysis.highlights, extracted.segments, 0).get('tech') // [Range, …]
 */
export function rangesFor(
  doc: Document,
  highlights: readonly Highlight[],
  segments: readonly TextSegment[],
  base: number,
  into: RangesByKind = new Map(),
  onRange?: (h: Highlight, range: Range) => void,
): RangesByKind {
  for (const h of highlights) {
    if (h.end <= h.start) continue;
    const a = boundaryAt(segments, base + h.start, 'start');
    const b = boundaryAt(segments, base + h.end, 'end');
    if (!a || !b || !a.node.isConnected || !b.node.isConnected) continue;
    const range = doc.createRange();
    try {
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
    } catch {
      continue; // the page changed the node under us
    }
    if (range.collapsed) continue;
    let list = into.get(h.kind);
    if (!list) into.set(h.kind, (list = []));
    list.push(range);
    onRange?.(h, range);
  }
  return into;
}
