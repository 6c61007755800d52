// Refines a block's kind from its own text: bullet-prefixed lines are items, short bold or "Label:" lines headings.
import type { BlockKind } from '../types';

/** '-', '•', '*', '·', '–' and friends, or "1." / "2)" numbering, followed by a space. */
export const BULLET_RE = /^(?:[-•*·–—▪◦‣●○■□►▸✓✔➢]\s*|\d{1,2}[.)]\s)/;
const FINAL_PUNCT_RE = /[.!?,;]$/;
const MAX_INFERRED_HEADING = 80;
const INFERRED_LEVEL = 4;

/**
 * Kind and level of one extracted line (paragraph lines only are refined).
 * @example classifyLine('• Go experience', 'para', undefined, false) // ['item', undefined]
 */
export function classifyLine(
  line: string, kind: BlockKind, level: number | undefined, allBold: boolean,
): [BlockKind, number | undefined] {
  if (kind !== 'para') return [kind, level];
  if (BULLET_RE.test(line)) return ['item', undefined];
  if (line.length <= MAX_INFERRED_HEADING && !FINAL_PUNCT_RE.test(line) && (allBold || line.endsWith(':'))) {
    return ['heading', INFERRED_LEVEL];
  }
  return ['para', undefined];
}
