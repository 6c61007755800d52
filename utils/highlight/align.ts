/** How many characters of the analysed text we look for when it is not the whole extracted text. */
const PROBE_LENGTH = 160;

/**
 * Where `snapshotText` (the analysed text) starts inside `extractedText` (the text whose segments we hold), or null
 * when it is not a contiguous part of it. The page reader may analyse a subtree; our segments cover the same blocks.
 * @example alignText('b c', 'a\nb c\nd') // 2
 */
export function alignText(snapshotText: string, extractedText: string): number | null {
  if (snapshotText === extractedText) return 0;
  if (!snapshotText) return null;
  const probe = snapshotText.slice(0, PROBE_LENGTH);
  let at = extractedText.indexOf(probe);
  while (at !== -1) {
    if (extractedText.startsWith(snapshotText, at)) return at;
    at = extractedText.indexOf(probe, at + 1);
  }
  return null;
}

/**
 * Fallback when the analysed text is not a contiguous part of the extracted text: finds each highlighted term in
 * `targetText`, in order, and returns highlights with offsets into `targetText` (terms not found are dropped).
 * @example relocate([{start: 0, end: 2, kind: 'tech', label: 'Go'}], 'Go!', 'We use Go!')[0].start // 7
 */
export function relocate<H extends { start: number; end: number }>(
  highlights: readonly H[],
  sourceText: string,
  targetText: string,
): H[] {
  const out: H[] = [];
  let cursor = 0;
  for (const h of [...highlights].sort((a, b) => a.start - b.start)) {
    const term = sourceText.slice(h.start, h.end);
    if (!term) continue;
    let at = targetText.indexOf(term, cursor);
    if (at === -1) at = targetText.indexOf(term);
    if (at === -1) continue;
    out.push({ ...h, start: at, end: at + term.length });
    cursor = at + 1; // overlapping kinds (a tech inside a must) and repeats both stay findable
  }
  return out;
}
