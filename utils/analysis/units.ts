import type { TextBlock } from '../types';
import { looksLikeHeading } from './headings';

/** One line of the posting with its role: the analyser's unit of structure. Offsets into the snapshot text. */
export interface Unit {
  start: number;
  end: number;
  kind: 'heading' | 'item' | 'para';
  /** Heading level from markup (1–6); inferred headings get 3. */
  level: number;
  /** From a table cell: a row's cells come one after another. */
  cell?: boolean;
  /** A cell that only rates its row ("Required", "Preferred"): the row before it is a must or a nice. */
  rates?: 'must' | 'nice';
}

const BULLET = /^(?:[-*•·▪◦‣–—➢►✓✔]|\d{1,2}[.)]|[a-z][.)])\s+/u;
const INFERRED_LEVEL = 3;
const RATING_CELLS: ReadonlyArray<['must' | 'nice', RegExp]> = [
  ['must', /^(?:required|must(?:[- ]have)?|essential|mandatory|minimum)$/iu],
  ['nice', /^(?:preferred|nice[- ]to[- ]have|desirable|desired|optional|bonus|(?:a )?plus)$/iu],
];

/**
 * Lines of the text as headings, list items and paragraphs. Markup blocks win; lines inside a block keep its kind,
 * except that plain paragraphs get bullets ("- x", "• x", "1. x") and known section names ("Requirements:") recognised,
 * so flattened text and .txt input still have structure.
 * @example toUnits('Requirements\n- Go', [{start:0,end:15,kind:'para'}]).map(u => u.kind) // ['heading','item']
 */
export function toUnits(text: string, blocks: readonly TextBlock[]): Unit[] {
  const source: readonly TextBlock[] = blocks.length ? blocks : [{ start: 0, end: text.length, kind: 'para' }];
  const units: Unit[] = [];
  for (const b of source) {
    let lineStart = b.start;
    while (lineStart < b.end) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0 || lineEnd > b.end) lineEnd = b.end;
      const u = lineUnit(text, lineStart, lineEnd, b);
      if (u) units.push(u);
      lineStart = lineEnd + 1;
    }
  }
  return units;
}

function lineUnit(text: string, start: number, end: number, block: TextBlock): Unit | null {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (end <= start) return null;
  const line = text.slice(start, end);
  const bullet = BULLET.exec(line);
  if (block.kind === 'heading') return { start, end, kind: 'heading', level: block.level ?? INFERRED_LEVEL };
  if (block.kind === 'item' || bullet) {
    const s = bullet ? start + bullet[0].length : start;
    return s < end ? { start: s, end, kind: 'item', level: 0 } : null;
  }
  if (block.kind === 'cell') {
    const rates = RATING_CELLS.find(([, re]) => re.test(line))?.[0];
    if (rates) return { start, end, kind: 'para', level: 0, cell: true, rates };
    if (!looksLikeHeading(line)) return { start, end, kind: 'para', level: 0, cell: true };
  }
  if (looksLikeHeading(line)) return { start, end, kind: 'heading', level: INFERRED_LEVEL };
  return { start, end, kind: 'para', level: 0 };
}
